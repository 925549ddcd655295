package org.issa.investigation.merge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A confirmed merge: who put which entity (and those already merged into it) under which canonical entity, when and why.
 *
 * @param members the entities whose canonical id the merge changed
 */
public record MergeRecord(String id, String canonicalId, String mergedId, String reason, String mergedBy, Instant mergedAt,
                          Optional<String> undoneBy, Optional<Instant> undoneAt, List<String> members) {

    public MergeRecord {
        members = List.copyOf(members);
    }

    public boolean active() {
        return undoneAt.isEmpty();
    }
}
