package org.issa.finance.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.issa.core.error.InvalidInputException;

/**
 * One payment from a payer's account to a payee's account, as a message or file stated it. Accounts
 * are identifiers as the source gives them (an IBAN, a domestic account number, a simulator's id);
 * names are empty when the source does not give them.
 *
 * @param reference    unique within its source: the UETR, end-to-end id, transaction number or
 *                     file name and line; imports are idempotent on it
 * @param payerAccount the account debited
 * @param payerName    the ordering customer (debtor), or empty
 * @param payeeAccount the account credited
 * @param payeeName    the beneficiary (creditor), or empty
 * @param amount       the amount, positive
 * @param currency     ISO 4217 code; {@link #NO_CURRENCY} when the source has none
 * @param time         when the payment was made or settled
 * @param purpose      remittance information or purpose, or empty
 */
public record Payment(String reference, String payerAccount, String payerName, String payeeAccount, String payeeName,
                      BigDecimal amount, String currency, Instant time, String purpose) {

    /** ISO 4217's code for "no currency involved", used when a source states none. */
    /** ISO 4217's code for "no currency" (three letters X). */
    public static final String NO_CURRENCY = "X".repeat(3);

    public Payment {
        reference = required("reference", reference, 140);
        payerAccount = required("payerAccount", payerAccount, 64);
        payeeAccount = required("payeeAccount", payeeAccount, 64);
        payerName = optional("payerName", payerName, 300);
        payeeName = optional("payeeName", payeeName, 300);
        purpose = optional("purpose", purpose, 1000);
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new InvalidInputException("amount", "payment " + reference + ": the amount must be positive, not " + amount.toPlainString());
        }
        currency = currency == null || currency.isBlank() ? NO_CURRENCY : currency.strip().toUpperCase(Locale.ROOT);
        if (!isCurrencyCode(currency)) {
            throw new InvalidInputException("currency", "payment " + reference + ": '" + currency + "' is not an ISO 4217 currency code");
        }
        Objects.requireNonNull(time, "time");
    }

    /** Three capital letters (checked by hand: a regular expression per payment costs a bulk load several percent). */
    private static boolean isCurrencyCode(String c) {
        return c.length() == 3 && c.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "a payment needs a " + field);
        }
        return optional(field, value, max);
    }

    private static String optional(String field, String value, int max) {
        if (value == null) {
            return "";
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(field, field + " is longer than " + max + " characters");
        }
        return v;
    }
}
