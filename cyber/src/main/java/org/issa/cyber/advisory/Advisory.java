package org.issa.cyber.advisory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An advisory with all its versions, oldest first. It is public once a version is published; the
 * public sees only the latest published version, never a draft.
 */
public record Advisory(String id, String trackingId, Instant createdAt, String createdBy, int publishedVersion,
                       Optional<Instant> initialRelease, Optional<Instant> currentRelease, List<AdvisoryVersion> versions) {

    public Advisory {
        versions = List.copyOf(versions);
    }

    public boolean published() {
        return publishedVersion > 0;
    }

    /** The version being worked on (not yet published), if any. */
    public Optional<AdvisoryVersion> open() {
        return versions.stream().filter(v -> v.status().open()).reduce((a, b) -> b);
    }

    public Optional<AdvisoryVersion> latestPublished() {
        return versions.stream().filter(v -> v.status() == VersionStatus.PUBLISHED).reduce((a, b) -> b);
    }

    /** The latest version of any status: what staff see first. */
    public AdvisoryVersion latest() {
        return versions.getLast();
    }

    public List<AdvisoryVersion> publishedVersions() {
        return versions.stream().filter(v -> v.status() == VersionStatus.PUBLISHED).toList();
    }
}
