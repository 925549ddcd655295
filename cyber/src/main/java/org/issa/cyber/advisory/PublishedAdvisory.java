package org.issa.cyber.advisory;

import java.time.Instant;
import java.util.List;

/**
 * What the public sees of an advisory: its latest published version and the history of published
 * versions (CSAF revision history), with the CSAF document exactly as it is served.
 */
public record PublishedAdvisory(String id, String trackingId, int version, AdvisoryContent content, Instant initialRelease,
                                Instant currentRelease, List<Revision> revisions, String csafJson) {

    public PublishedAdvisory {
        revisions = List.copyOf(revisions);
    }

    /** One line of the revision history. */
    public record Revision(int number, Instant date, String summary) {
    }
}
