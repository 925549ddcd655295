package org.issa.investigation.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One running time limit of one record.
 *
 * @param recordType {@code exchange} or {@code warrant}
 * @param recordId   the record's id
 * @param reference  the record's reference, as shown to users
 * @param name       which limit, e.g. {@code decision} or {@code answer}
 * @param title      a short description free of personal data, for boards and lists
 * @param startedAt  when the limit started to run
 * @param dueAt      when it expires
 * @param basis      the legal basis in words, e.g. "FD 2002/584/JHA Art. 17(3): 60 days after arrest"
 */
public record Deadline(String recordType, String recordId, String reference, String name, String title, Instant startedAt, Instant dueAt,
                       String basis) {

    public Deadline {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** The whole length of the limit. */
    public Duration length() {
        return Duration.between(startedAt, dueAt);
    }

    /** Time left at {@code now}; negative once expired. */
    public Duration remaining(Instant now) {
        return Duration.between(now, dueAt);
    }

    public boolean expired(Instant now) {
        return now.isAfter(dueAt);
    }
}
