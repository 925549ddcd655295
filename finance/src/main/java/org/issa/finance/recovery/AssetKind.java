package org.issa.finance.recovery;

import java.util.Locale;
import java.util.regex.Pattern;
import org.issa.core.error.InvalidInputException;
import org.issa.finance.account.Iban;

/** What an asset is, and the identifier that designates it for that kind (checked where the kind has a check). */
public enum AssetKind {
    REAL_ESTATE("Real estate", "cadastral reference or land-register title"),
    VEHICLE("Vehicle", "vehicle identification number (VIN, ISO 3779)"),
    VESSEL("Vessel", "IMO number"),
    BANK_ACCOUNT("Bank account", "IBAN"),
    CRYPTO_ASSET("Crypto-asset", "wallet address (with the asset, e.g. BTC:bc1q…)"),
    BUSINESS("Business", "company registration number"),
    CASH("Cash", "seal or evidence bag number");

    private static final Pattern VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");
    private static final Pattern IMO = Pattern.compile("(?:IMO)?\\s*(\\d{7})");
    private static final Pattern CRYPTO = Pattern.compile("[A-Z0-9]{2,10}:[A-Za-z0-9]{20,120}");
    private static final Pattern FREE = Pattern.compile("[\\p{L}\\p{N} ./:#()-]{2,200}");

    private final String label;
    private final String identifierLabel;

    AssetKind(String label, String identifierLabel) {
        this.label = label;
        this.identifierLabel = identifierLabel;
    }

    public String label() {
        return label;
    }

    public String identifierLabel() {
        return identifierLabel;
    }

    public static AssetKind parse(String field, String text) {
        return Parse.choice(AssetKind.class, field, text);
    }

    /** The identifier in its normal form, or a 400 naming {@code field} when it is not one of this kind. */
    public String identifier(String field, String written) {
        String t = written == null ? "" : written.strip();
        if (t.isEmpty()) {
            throw new InvalidInputException(field, field + " (" + identifierLabel + ") is required");
        }
        return switch (this) {
            case BANK_ACCOUNT -> Iban.parse(field, t).value();
            case VEHICLE -> {
                String v = t.toUpperCase(Locale.ROOT).replace(" ", "");
                if (!VIN.matcher(v).matches()) {
                    throw new InvalidInputException(field, field + " must be a 17-character VIN (letters I, O and Q are not used)");
                }
                yield v;
            }
            case VESSEL -> {
                var m = IMO.matcher(t.toUpperCase(Locale.ROOT));
                if (!m.matches() || !imoCheck(m.group(1))) {
                    throw new InvalidInputException(field, field + " must be an IMO number of 7 digits whose check digit is right");
                }
                yield "IMO " + m.group(1);
            }
            case CRYPTO_ASSET -> {
                String v = t.replace(" ", "");
                int colon = v.indexOf(':');
                String norm = colon < 0 ? v : v.substring(0, colon).toUpperCase(Locale.ROOT) + v.substring(colon);
                if (!CRYPTO.matcher(norm).matches()) {
                    throw new InvalidInputException(field, field + " must be ASSET:address, e.g. BTC:bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh");
                }
                yield norm;
            }
            default -> {
                if (!FREE.matcher(t).matches()) {
                    throw new InvalidInputException(field, field + " must be 2-200 letters, digits, spaces or . / : # ( ) -");
                }
                yield t;
            }
        };
    }

    /** IMO numbers: the digits weighted 7..2, summed; the last digit of the sum is the seventh digit. */
    static boolean imoCheck(String digits) {
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += (digits.charAt(i) - '0') * (7 - i);
        }
        return sum % 10 == digits.charAt(6) - '0';
    }
}
