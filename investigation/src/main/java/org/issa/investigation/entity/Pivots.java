package org.issa.investigation.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The identifier-like properties that link entities across datasets when two of them share a
 * value (FtM's "pivot" types): phones, e-mails, IBANs and account numbers, identity and
 * registration numbers, addresses. Each value is normalised so that formatting does not hide a
 * match: {@code +33 6 12-34-56-78} and {@code 0033612345678} are the same phone.
 */
public final class Pivots {

    /** Property name → kind of identifier. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("phone", "phone"), Map.entry("number", "phone"), Map.entry("callerNumber", "phone"),
            Map.entry("receiverNumber", "phone"),
            Map.entry("email", "email"),
            Map.entry("iban", "iban"), Map.entry("accountNumber", "account"),
            Map.entry("passportNumber", "passport"), Map.entry("idNumber", "id"),
            Map.entry("registrationNumber", "registration"), Map.entry("taxNumber", "tax"), Map.entry("vatCode", "vat"),
            Map.entry("leiCode", "lei"), Map.entry("swiftBic", "bic"), Map.entry("imoNumber", "imo"), Map.entry("mmsi", "mmsi"),
            Map.entry("publicKey", "wallet"),
            Map.entry("full", "address"), Map.entry("address", "address"));

    private Pivots() {
    }

    /** The kind of identifier a property holds, if it is one. */
    public static Optional<String> kind(String property) {
        return Optional.ofNullable(KINDS.get(property));
    }

    /** A human name for the kind: "phone number", "IBAN"… */
    public static String describe(String kind) {
        return switch (kind) {
            case "phone" -> "phone number";
            case "email" -> "e-mail address";
            case "iban" -> "IBAN";
            case "account" -> "account number";
            case "passport" -> "passport number";
            case "id" -> "identity number";
            case "registration" -> "registration number";
            case "tax" -> "tax number";
            case "vat" -> "VAT number";
            case "lei" -> "LEI";
            case "bic" -> "BIC";
            case "imo" -> "IMO number";
            case "mmsi" -> "MMSI";
            case "wallet" -> "wallet key";
            case "address" -> "address";
            default -> kind;
        };
    }

    /** The pivot key {@code kind:normalised} of a property value, or empty when it is no identifier or too short to link. */
    public static Optional<String> key(String property, String value) {
        return kind(property).flatMap(k -> normalise(k, value).map(n -> k + ":" + n));
    }

    static Optional<String> normalise(String kind, String value) {
        String v = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        String n = switch (kind) {
            case "phone" -> {
                String digits = v.replaceAll("[^0-9]", "");
                yield digits.startsWith("00") ? digits.substring(2) : digits;
            }
            case "email" -> v.toLowerCase(Locale.ROOT);
            case "address" -> v.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            default -> v.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        };
        if (n.length() < 5 || n.length() > 250) {
            return Optional.empty();
        }
        return Optional.of(n);
    }
}
