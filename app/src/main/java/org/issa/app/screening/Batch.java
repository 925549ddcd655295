package org.issa.app.screening;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.issa.core.marking.Marking;

/** A batch screening job: who sent it and why, against which lists, and how far it has come. */
public record Batch(String id, String submittedBy, Instant submittedAt, String purpose, List<String> listIds, Status status,
                    int total, int processed, int hits, Optional<Instant> finishedAt, Optional<String> error, Marking marking) {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    /** One screened row: its number, the name screened, and (once screened) its candidates. */
    public record Row(int row, String name, Optional<Integer> candidates, List<CandidateView> results) {
    }
}
