package org.issa.app.web;

import java.util.Optional;
import java.util.Set;
import org.issa.core.security.Role;

/**
 * What every page's frame needs: title, who is signed in, the CSRF token for forms, the active
 * section, and a one-time message after a form was sent.
 */
public record Page(String title, String section, Optional<String> username, String displayName, Set<Role> roles,
                   String agency, String memberState, String clearance, String csrfParameter, String csrfToken,
                   Optional<String> notice, Optional<String> error) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    public boolean signedIn() {
        return username.isPresent();
    }
}
