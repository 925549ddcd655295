package org.issa.app.identity;

import org.issa.core.error.ForbiddenException;
import org.issa.core.security.Principal;
import org.springframework.security.core.Authentication;

/** The core principal behind a Spring authentication. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Principal of(Authentication auth) {
        if (auth != null && auth.getPrincipal() instanceof IssaUser u) {
            return u.principal();
        }
        throw new ForbiddenException("not signed in");
    }

    public static IssaUser user(Authentication auth) {
        if (auth != null && auth.getPrincipal() instanceof IssaUser u) {
            return u;
        }
        throw new ForbiddenException("not signed in");
    }
}
