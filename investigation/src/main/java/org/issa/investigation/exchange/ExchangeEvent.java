package org.issa.investigation.exchange;

import java.time.Instant;

/** One step in a request's history: a status change, a reason, or a deadline alert. */
public record ExchangeEvent(String id, String requestId, int seq, Instant at, String actor, ExchangeStatus from, ExchangeStatus to,
                            String note) {
}
