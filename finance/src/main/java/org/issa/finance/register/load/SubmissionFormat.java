package org.issa.finance.register.load;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** The formats a bank's submission may come in. */
public enum SubmissionFormat {
    /** CSV, one row per account-party pair, with a column mapping ({@link RegisterColumns}). */
    CSV,
    /** The account blocks ({@code Acct}) of ISO 20022 account reports and statements (camt.052, camt.053, camt.054). */
    ISO20022;

    public static SubmissionFormat parse(String written) {
        String f = written == null ? "" : written.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "", "csv" -> CSV;
            case "iso20022", "camt", "camt052", "camt053", "camt054", "camt.052", "camt.053", "camt.054", "xml" -> ISO20022;
            default -> throw new InvalidInputException("format", "format '" + written + "' is not csv or iso20022");
        };
    }
}
