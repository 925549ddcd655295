package org.issa.finance.payment.search;

import java.util.List;
import org.issa.finance.payment.store.StoredPayment;

/** What a targeted search returned: its log entry, the subject's payments (at most the limit), and their direct counterparties. */
public record SearchResult(LoggedSearch search, List<StoredPayment> payments, List<Counterparty> counterparties) {
    public SearchResult {
        payments = List.copyOf(payments);
        counterparties = List.copyOf(counterparties);
    }
}
