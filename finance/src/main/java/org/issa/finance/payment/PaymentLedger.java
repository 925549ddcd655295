package org.issa.finance.payment;

import java.util.function.Consumer;
import org.issa.core.security.Principal;

/**
 * The payments the node keeps, read back for analysis (tracing, typology scans, freezing checks):
 * implemented by the payment store, used by the follow-the-money engine's wiring. Markings are
 * applied in the query, so a reader gets only the payments its clearance allows.
 */
public interface PaymentLedger {

    /**
     * Hands every payment the reader may see to the sink, in time order (then by reference).
     *
     * @return the number handed
     */
    long forEachVisible(Principal reader, Consumer<Payment> sink);

    /**
     * A number that changes whenever payments are added or deleted, so that a caller may keep an
     * analysis snapshot until it does.
     */
    long version();
}
