package org.issa.app.identity;

import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/** Authenticates {@code Authorization: Bearer issa_…} personal API tokens. */
public final class ApiTokenAuthenticationProvider implements AuthenticationProvider {

    private final UserDirectory directory;
    private final Clock clock;

    public ApiTokenAuthenticationProvider(UserDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String secret = ((BearerTokenAuthenticationToken) authentication).getToken();
        UserAccount account = directory.authenticateToken(secret)
                .orElseThrow(() -> new BadCredentialsException("the API token is unknown, expired or revoked"));
        IssaUser user = IssaUser.of(account, clock.instant());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
