package org.issa.app.screening;

import java.time.Instant;
import java.util.Optional;
import org.issa.core.marking.Marking;
import org.issa.matching.compare.Explanation;
import org.issa.matching.model.Subject;

/**
 * A candidate raised for review: the screened record (a kept subject, a batch row) as it was
 * screened, the list entry as it was found, score and explanation, and the reviewer's decision.
 * Its marking is the record's; readers must also be allowed the list and the entry.
 *
 * @param raisedFor the user answerable for the screened record: may not decide the hit
 */
public record Hit(String id, String recordType, String recordId, String recordName, Subject query, String queryHash,
                  String listId, String listName, int listVersion, String entryId, String entryRow, String entryHash,
                  Subject entry, double score, Explanation explanation, HitStatus status, Instant raisedAt,
                  String raisedFor, Optional<String> decidedBy, Optional<Instant> decidedAt, Optional<String> reason,
                  Marking marking) {

    public String entryName() {
        return entry.primaryName().full();
    }

    public int percent() {
        return (int) Math.round(score * 100);
    }
}
