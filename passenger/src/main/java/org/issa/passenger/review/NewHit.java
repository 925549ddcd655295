package org.issa.passenger.review;

import java.util.List;

/** What the assessment raises: the source of the hit, its priority and explanation; the passenger and flight come beside it. */
public record NewHit(HitSource source, String sourceId, String sourceName, int sourceVersion, String entryId, String entryName,
                     double score, Priority priority, String explanation, List<String> details) {

    public NewHit {
        details = details == null ? List.of() : List.copyOf(details);
        entryId = entryId == null ? "" : entryId;
        entryName = entryName == null ? "" : entryName;
    }
}
