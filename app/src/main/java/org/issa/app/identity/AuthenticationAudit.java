package org.issa.app.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Turns form-login outcomes into account locks, address throttling and audit entries. */
public final class AuthenticationAudit {

    private final UserDirectory directory;
    private final LoginThrottle throttle;

    public AuthenticationAudit(UserDirectory directory, LoginThrottle throttle) {
        this.directory = directory;
        this.throttle = throttle;
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            String name = String.valueOf(event.getAuthentication().getPrincipal());
            throttle.failed(details.getRemoteAddress());
            directory.loginFailed(name.length() > 64 ? name.substring(0, 64) : name, details.getRemoteAddress());
        }
    }

    @EventListener
    public void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            throttle.succeeded(details.getRemoteAddress());
            directory.loginSucceeded(event.getAuthentication().getName(), details.getRemoteAddress());
        }
    }
}
