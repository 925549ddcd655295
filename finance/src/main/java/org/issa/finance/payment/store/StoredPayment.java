package org.issa.finance.payment.store;

import org.issa.core.marking.Marking;
import org.issa.finance.payment.Payment;

/** A payment as stored: its id, its batch, the payment, and the marking of its batch. */
public record StoredPayment(long id, long batchId, Payment payment, Marking marking) {
}
