package org.issa.app.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.issa.core.marking.Classification;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;

/** A built-in account as stored. The password hash never leaves the identity package. */
public record UserAccount(String id, String username, String displayName, Optional<String> passwordHash, String agency,
                          String memberState, Set<Role> roles, Classification clearance, boolean enabled,
                          int failedLogins, Optional<Instant> lockedUntil, Instant createdAt, Instant updatedAt) {

    public Principal principal() {
        return new Principal(username, agency, memberState, roles, clearance);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }
}
