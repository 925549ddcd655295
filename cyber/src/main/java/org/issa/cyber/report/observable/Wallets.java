package org.issa.cyber.report.observable;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Crypto-currency addresses, checked so that a typo is not taken for a wallet: Bitcoin legacy
 * addresses by their Base58Check checksum (version 0 or 5), Bitcoin SegWit addresses by their
 * Bech32/Bech32m checksum (BIP 173, BIP 350), Ethereum addresses by form (0x and 40 hex digits,
 * stored in lower case).
 */
public final class Wallets {

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    private Wallets() {
    }

    public static Optional<String> bitcoin(String raw) {
        String s = raw.strip();
        if (s.length() >= 14 && s.length() <= 90 && s.regionMatches(true, 0, "bc1", 0, 3)) {
            return bech32(s);
        }
        return base58Check(s);
    }

    public static Optional<String> ethereum(String raw) {
        String s = raw.strip();
        if (s.length() == 42 && (s.startsWith("0x") || s.startsWith("0X"))
                && s.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return Optional.of("0x" + s.substring(2).toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    private static Optional<String> base58Check(String s) {
        if (s.length() < 26 || s.length() > 35 || (s.charAt(0) != '1' && s.charAt(0) != '3')) {
            return Optional.empty();
        }
        BigInteger n = BigInteger.ZERO;
        for (char c : s.toCharArray()) {
            int d = BASE58.indexOf(c);
            if (d < 0) {
                return Optional.empty();
            }
            n = n.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(d));
        }
        byte[] body = n.toByteArray();
        int leadingZeros = 0;
        while (leadingZeros < s.length() && s.charAt(leadingZeros) == '1') {
            leadingZeros++;
        }
        int start = body.length > 1 && body[0] == 0 ? 1 : 0;
        byte[] bytes = new byte[leadingZeros + body.length - start];
        System.arraycopy(body, start, bytes, leadingZeros, body.length - start);
        if (bytes.length != 25 || (bytes[0] != 0 && bytes[0] != 5)) {
            return Optional.empty();
        }
        byte[] check = sha256(sha256(Arrays.copyOf(bytes, 21)));
        return Arrays.equals(Arrays.copyOf(check, 4), Arrays.copyOfRange(bytes, 21, 25)) ? Optional.of(s) : Optional.empty();
    }

    private static Optional<String> bech32(String raw) {
        if (!raw.equals(raw.toLowerCase(Locale.ROOT)) && !raw.equals(raw.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String s = raw.toLowerCase(Locale.ROOT);
        int sep = s.lastIndexOf('1');
        if (sep != 2 || s.length() - sep - 1 < 6) {
            return Optional.empty();
        }
        int[] values = new int[s.length() - sep - 1];
        for (int i = 0; i < values.length; i++) {
            int d = BECH32.indexOf(s.charAt(sep + 1 + i));
            if (d < 0) {
                return Optional.empty();
            }
            values[i] = d;
        }
        int chk = polymod(values);
        boolean witnessV0 = values[0] == 0;
        return (witnessV0 && chk == 1) || (!witnessV0 && chk == 0x2bc830a3) ? Optional.of(s) : Optional.empty();
    }

    /** BIP 173's checksum over the expanded human-readable part "bc" and the data. */
    private static int polymod(int[] data) {
        int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
        int chk = 1;
        int[] hrp = {3, 3, 0, 2, 3}; // "bc": high bits 3, 3; separator 0; low bits 2, 3
        for (int[] part : new int[][]{hrp, data}) {
            for (int v : part) {
                int top = chk >>> 25;
                chk = (chk & 0x1ffffff) << 5 ^ v;
                for (int i = 0; i < 5; i++) {
                    if ((top >>> i & 1) == 1) {
                        chk ^= gen[i];
                    }
                }
            }
        }
        return chk;
    }

    private static byte[] sha256(byte[] in) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(in);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
