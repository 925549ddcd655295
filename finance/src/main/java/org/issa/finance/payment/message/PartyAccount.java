package org.issa.finance.payment.message;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.issa.core.error.InvalidInputException;
import org.issa.finance.account.Iban;

/**
 * The account identifier used for a party whose message gives a name but no account (a cash
 * payer, an ordering customer without an account line, a statement counterparty known only by
 * name): {@code name:} followed by the name normalised (upper case, accents and punctuation
 * dropped, dots and apostrophes removed, other punctuation and spaces collapsed to one space), so that the same name in any message maps to the same placeholder.
 * Two different people with one name share a placeholder; analysts see the {@code name:} prefix
 * and know it is not a bank account. A party with neither name nor account in a message that
 * allows it gets {@link #unidentified(String)}, which never links two payments.
 */
public final class PartyAccount {

    /** The prefix of a placeholder derived from a party's name. */
    public static final String NAME_PREFIX = "name:";
    /** The prefix of a placeholder for a party the message does not identify at all. */
    public static final String UNIDENTIFIED_PREFIX = "unidentified:";

    private static final int MAX = 64;

    private PartyAccount() {
    }

    /**
     * An IBAN as a message writes it, checked (country, length, mod-97) and in electronic form.
     *
     * @throws org.issa.core.error.InvalidInputException naming the IBAN and why it is not valid
     */
    public static String iban(String written) {
        try {
            return Iban.parse("iban", written).value();
        } catch (InvalidInputException e) {
            throw new InvalidInputException("iban", "IBAN '" + (written.length() > 40 ? written.substring(0, 40) + "…" : written)
                + "' is not valid: " + e.getMessage());
        }
    }

    /** The account as given, or the placeholder for the name when the account is empty; empty when both are. */
    public static String of(String account, String name) {
        if (account != null && !account.isBlank()) {
            return fit(account.strip());
        }
        if (name == null || name.isBlank()) {
            return "";
        }
        return fromName(name);
    }

    /** The stable placeholder for a party known by this name. */
    public static String fromName(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
            .toUpperCase(Locale.ROOT).replaceAll("[.'’]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (folded.isEmpty()) {
            folded = name.strip();
        }
        return fit(NAME_PREFIX + folded);
    }

    /** A placeholder for a counterparty the message leaves unidentified, unique to the payment's reference. */
    public static String unidentified(String reference) {
        return fit(UNIDENTIFIED_PREFIX + reference);
    }

    /** Keeps identifiers within the 64 characters a payment's account takes: long ones end in a digest. */
    static String fit(String id) {
        if (id.length() <= MAX) {
            return id;
        }
        return id.substring(0, MAX - 13) + "#" + digest(id).substring(0, 12);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
