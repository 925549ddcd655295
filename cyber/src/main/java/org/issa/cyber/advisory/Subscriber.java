package org.issa.cyber.advisory;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Someone who asked for advisories by e-mail: personal data, read only with a purpose and audited. */
public record Subscriber(String id, String email, Audience audience, Set<Sector> sectors, String lang, boolean confirmed,
                         Instant createdAt, Optional<Instant> confirmedAt) {

    public Subscriber {
        sectors = Set.copyOf(sectors);
    }
}
