package org.issa.app.passenger.carrier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * What is left to a carrier account: pushing messages. Used as the last rule of both filter chains, in place of
 * "authenticated", so that a carrier's token or session opens no page and no other endpoint.
 */
public final class CarrierAccess {

    /** Signed in, and not a carrier account. */
    public static final AuthorizationManager<RequestAuthorizationContext> NOT_A_CARRIER = (auth, context) -> {
        Authentication a = auth.get();
        boolean signedIn = a != null && a.isAuthenticated()
                && !(a instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
        boolean carrier = signedIn && a.getAuthorities().stream().anyMatch(g -> "ROLE_CARRIER".equals(g.getAuthority()));
        return new AuthorizationDecision(signedIn && !carrier);
    };

    private CarrierAccess() {
    }
}
