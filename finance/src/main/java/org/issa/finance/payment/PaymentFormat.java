package org.issa.finance.payment;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** The payment formats ISSA reads. */
public enum PaymentFormat {
    /** CSV with a header row and a {@link PaymentColumns} mapping. */
    CSV,
    /** ISO 20022 pacs.008 FIToFICustomerCreditTransfer. */
    PACS008,
    /** ISO 20022 camt.053 BankToCustomerStatement. */
    CAMT053,
    /** SWIFT MT103 single customer credit transfer. */
    MT103,
    /** goAML XML report (UNODC), transactions with their parties. */
    GOAML;

    /** Parses a format name as the CLI and API write it ({@code csv}, {@code pacs008}, …). */
    public static PaymentFormat parse(String name) {
        if (name != null) {
            String n = name.strip().toUpperCase(Locale.ROOT).replace(".", "").replace("-", "").replace("_", "");
            for (PaymentFormat f : values()) {
                if (f.name().equals(n)) {
                    return f;
                }
            }
        }
        throw new InvalidInputException("format", "unknown payment format '" + name + "' (csv, pacs008, camt053, mt103, goaml)");
    }
}
