package org.issa.app.web;

import java.util.Optional;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;

/**
 * What every page's frame needs: title, who is signed in, the CSRF token for forms, the active
 * section, and a one-time message after a form was sent.
 */
public record Page(String title, String section, Optional<Principal> user, String displayName, String csrfParameter,
                   String csrfToken, Optional<String> notice, Optional<String> error) {

    public boolean has(Role role) {
        return user.map(p -> p.has(role)).orElse(false);
    }

    public boolean hasAny(Role... wanted) {
        return user.map(p -> p.hasAny(wanted)).orElse(false);
    }

    public boolean signedIn() {
        return user.isPresent();
    }

    public String agency() {
        return user.map(Principal::agency).orElse("");
    }

    public String memberState() {
        return user.map(Principal::memberState).orElse("");
    }

    public String clearance() {
        return user.map(p -> p.clearance().label()).orElse("");
    }

    /** The same frame showing an error message. */
    public Page withError(String message) {
        return new Page(title, section, user, displayName, csrfParameter, csrfToken, Optional.empty(), Optional.of(message));
    }
}
