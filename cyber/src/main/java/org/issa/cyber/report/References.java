package org.issa.cyber.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Report references and status secrets in Crockford's Base32 (no I, L, O, U: nothing to confuse
 * when read out or typed). A reference ({@code CR-7K3M-Q9TD-WX2P}, 60 random bits) names the report;
 * the secret (16 characters, 80 random bits) proves the reporter's right to see its status. Only the
 * secret's hash is stored.
 */
public final class References {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private References() {
    }

    public static String newReference() {
        return "CR-" + groups(12);
    }

    public static String newSecret() {
        return groups(16);
    }

    private static String groups(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        return b.toString();
    }

    /** A typed reference in canonical form, forgiving case, spaces and look-alike letters; empty when it cannot be one. */
    public static Optional<String> reference(String typed) {
        String s = canonical(typed);
        if (s.length() == 14 && s.startsWith("CR")) {
            s = s.substring(2);
        }
        if (s.length() != 12) {
            return Optional.empty();
        }
        return Optional.of("CR-" + s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8));
    }

    /** A typed secret in canonical form (16 characters, grouped by four), or empty. */
    public static Optional<String> secret(String typed) {
        String s = canonical(typed);
        if (s.length() != 16) {
            return Optional.empty();
        }
        return Optional.of(s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12) + "-" + s.substring(12));
    }

    private static String canonical(String typed) {
        if (typed == null || typed.length() > 64) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            char d = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(d) >= 0) {
                b.append(d);
            } else if (c != '-' && c != ' ') {
                return "";
            }
        }
        return b.toString();
    }

    public static String hash(String reference, String secret) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((reference + ":" + secret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in constant time. */
    public static boolean matches(String reference, String secret, String storedHash) {
        return MessageDigest.isEqual(hash(reference, secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
