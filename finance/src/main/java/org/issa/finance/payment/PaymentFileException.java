package org.issa.finance.payment;

import org.issa.core.error.InvalidInputException;

/** A payment file that cannot be read: names the source, the line or element, and the problem. */
public class PaymentFileException extends InvalidInputException {

    public PaymentFileException(String source, String where, String problem) {
        super("payments", source + (where.isEmpty() ? "" : ", " + where) + ": " + problem);
    }
}
