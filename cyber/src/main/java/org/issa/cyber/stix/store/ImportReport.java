package org.issa.cyber.stix.store;

import java.util.List;
import java.util.Optional;
import org.issa.cyber.stix.Issue;

/**
 * What an import did with each object: the answer a user or a TAXII status resource needs.
 *
 * @param committed false when nothing was stored because of refused objects (and skip-invalid was off)
 */
public record ImportReport(Optional<String> bundleId, boolean committed, List<Outcome> outcomes, List<Issue> bundleIssues) {

    public ImportReport {
        outcomes = List.copyOf(outcomes);
        bundleIssues = List.copyOf(bundleIssues);
    }

    public enum Status {
        /** A new version was stored. */
        STORED,
        /** The same id, version and content was already stored: nothing added (idempotent import). */
        ALREADY_STORED,
        /** The same object came earlier in this bundle. */
        DUPLICATE,
        /** Breaks a rule: see the issues. */
        REFUSED,
        /** Valid, but not stored because other objects were refused and skip-invalid was off. */
        NOT_STORED
    }

    /**
     * @param id      the object's id as given (or {@code objects[i]})
     * @param version the producer's version text, or ""
     */
    public record Outcome(int index, String id, String version, String type, Status status, List<Issue> issues) {
        public Outcome {
            issues = List.copyOf(issues);
        }

        public boolean success() {
            return status == Status.STORED || status == Status.ALREADY_STORED || status == Status.DUPLICATE;
        }
    }

    public long count(Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public int received() {
        return outcomes.size();
    }
}
