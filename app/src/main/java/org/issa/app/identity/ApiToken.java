package org.issa.app.identity;

import java.time.Instant;
import java.util.Optional;

/** A personal API token as stored: only its hash and a short prefix to recognise it by. */
public record ApiToken(String id, String userId, String name, String prefix, Instant createdAt, Instant expiresAt,
                       Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt.isEmpty() && now.isBefore(expiresAt);
    }
}
