package org.issa.finance.register;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** The part a person or company plays for an account or box (AMLD5 Art. 32a(3)). */
public enum PartyRole {
    /** The account holder. */
    HOLDER,
    /** A beneficial owner of the account holder. */
    BENEFICIAL_OWNER,
    /** A person purporting to act on behalf of the holder (proxy, authorised signatory). */
    PROXY,
    /** The lessee of a safe-deposit box. */
    LESSEE;

    /** Parses a role as written; empty means the holder (or the lessee of a box). */
    public static PartyRole parse(String field, String written, AccountKind kind) {
        String r = written == null ? "" : written.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (r) {
            case "" -> kind == AccountKind.SAFE_DEPOSIT_BOX ? LESSEE : HOLDER;
            case "HOLDER", "OWNER", "OWNR", "ACCOUNT_HOLDER" -> HOLDER;
            case "BENEFICIAL_OWNER", "BO", "UBO" -> BENEFICIAL_OWNER;
            case "PROXY", "AGENT", "SIGNATORY", "ACTING_ON_BEHALF", "REPRESENTATIVE" -> PROXY;
            case "LESSEE", "TENANT" -> LESSEE;
            default -> throw new InvalidInputException(field, field + " '" + written
                    + "' is not a role (holder, beneficial_owner, proxy, lessee)");
        };
    }

    /** The words shown to users. */
    public String label() {
        return switch (this) {
            case HOLDER -> "holder";
            case BENEFICIAL_OWNER -> "beneficial owner";
            case PROXY -> "acting on behalf";
            case LESSEE -> "lessee";
        };
    }
}
