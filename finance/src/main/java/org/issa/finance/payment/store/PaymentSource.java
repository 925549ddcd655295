package org.issa.finance.payment.store;

import java.io.IOException;
import java.util.function.Consumer;
import org.issa.finance.payment.Payment;

/** Payments to import, handed to a sink one by one (a file being read, a generator). */
@FunctionalInterface
public interface PaymentSource {

    /** Hands every payment to the sink; returns how many. */
    long read(Consumer<Payment> sink) throws IOException;
}
