package org.issa.finance.register;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** What a register entry is: the account kinds of AMLD5 Art. 32a and Directive (EU) 2024/1640 Art. 16, and safe-deposit boxes. */
public enum AccountKind {
    /** A bank or payment account identified by IBAN. */
    PAYMENT_ACCOUNT,
    /** A virtual IBAN: routes to an underlying account, which the entry names. */
    VIRTUAL_IBAN,
    /** A securities account. */
    SECURITIES_ACCOUNT,
    /** A crypto-asset account held with a crypto-asset service provider. */
    CRYPTO_ASSET_ACCOUNT,
    /** A safe-deposit box: its identifier is the box reference, its opening and closing dates the lease period. */
    SAFE_DEPOSIT_BOX;

    /** Whether the identifier must be a valid IBAN. */
    public boolean needsIban() {
        return this == PAYMENT_ACCOUNT || this == VIRTUAL_IBAN;
    }

    /** Parses a kind as written: the name or a short form (payment, virtual, securities, crypto, box); empty means a payment account. */
    public static AccountKind parse(String field, String written) {
        String k = written == null ? "" : written.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (k) {
            case "", "PAYMENT", "PAYMENT_ACCOUNT", "BANK", "BANK_ACCOUNT", "CACC", "SVGS" -> PAYMENT_ACCOUNT;
            case "VIRTUAL", "VIRTUAL_IBAN", "VIBAN" -> VIRTUAL_IBAN;
            case "SECURITIES", "SECURITIES_ACCOUNT" -> SECURITIES_ACCOUNT;
            case "CRYPTO", "CRYPTO_ASSET", "CRYPTO_ASSET_ACCOUNT" -> CRYPTO_ASSET_ACCOUNT;
            case "BOX", "SAFE_DEPOSIT_BOX", "SAFE_DEPOSIT" -> SAFE_DEPOSIT_BOX;
            default -> throw new InvalidInputException(field, field + " '" + written
                    + "' is not an account kind (payment, virtual_iban, securities, crypto, safe_deposit_box)");
        };
    }
}
