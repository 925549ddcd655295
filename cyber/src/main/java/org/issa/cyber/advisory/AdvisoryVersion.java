package org.issa.cyber.advisory;

import java.time.Instant;
import java.util.Optional;

/**
 * One version of an advisory and its way through the four-eyes workflow. {@code versionNumber} is the
 * CSAF document version it was published as; {@code changeSummary} its line in the revision history.
 */
public record AdvisoryVersion(String advisoryId, int revision, VersionStatus status, AdvisoryContent content,
                              String changeSummary, String author, Instant createdAt, Instant updatedAt,
                              Optional<Instant> submittedAt, Optional<String> decidedBy, Optional<Instant> decidedAt,
                              Optional<String> decisionReason, Optional<String> publishedBy, Optional<Instant> publishedAt,
                              Optional<Integer> versionNumber) {
}
