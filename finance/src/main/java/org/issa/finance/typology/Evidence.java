package org.issa.finance.typology;

import java.math.BigDecimal;
import java.time.Instant;
import org.issa.finance.flow.PaymentGraph;
import org.issa.finance.flow.Units;

/** One payment offered as evidence for a finding. */
public record Evidence(String reference, String payer, String payee, BigDecimal amount, String currency, Instant time) {

    static Evidence of(PaymentGraph g, int p) {
        return new Evidence(g.reference(p), g.account(g.payer(p)), g.account(g.payee(p)), Units.amount(g.units(p)),
                g.currency(g.currencyOf(p)), g.instant(p));
    }
}
