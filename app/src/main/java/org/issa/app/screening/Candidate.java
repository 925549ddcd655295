package org.issa.app.screening;

import org.issa.matching.compare.Explanation;
import org.issa.matching.model.Subject;

/** A list entry found for a query: which list and version, which entry (and its stored row), the score and why. */
public record Candidate(String listId, String listName, int listVersion, String entryId, String entryRow, String entryHash,
                        Subject entry, double score, Explanation explanation) {

    public String entryName() {
        return entry.primaryName().full();
    }

    /** The score as a whole percentage, for score bars. */
    public int percent() {
        return (int) Math.round(score * 100);
    }
}
