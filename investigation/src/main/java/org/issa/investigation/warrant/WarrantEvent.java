package org.issa.investigation.warrant;

import java.time.Instant;

/**
 * A recorded step: what happened ({@code occurredAt}, for a new surrender date the agreed date) and
 * when and by whom it was recorded. The note carries reasons and, for a refusal, the ground's code first.
 */
public record WarrantEvent(String id, String warrantId, int seq, WarrantEventKind kind, Instant occurredAt, Instant recordedAt,
                           String actor, String note) {
}
