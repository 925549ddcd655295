package org.issa.app.cyber.taxii;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.issa.app.identity.AccountDetailsService;
import org.issa.app.identity.IssaUser;
import org.issa.app.identity.UserAccount;
import org.issa.app.identity.UserDirectory;
import org.issa.cyber.taxii.TaxiiException;
import org.issa.cyber.taxii.TaxiiMedia;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The security of {@code /taxii2/**}: HTTP Basic, as TAXII 2.1 requires servers to support, where
 * the password is the account's ISSA API token (recommended for machine clients) or its password
 * (failures count toward the account lock). Stateless: no session and no cookie is honoured, so
 * there is no ambient credential to forge and CSRF protection has nothing to protect. 401 carries
 * {@code WWW-Authenticate: Basic}; 401 and 403 bodies are TAXII error messages.
 */
public final class TaxiiSecurity {

    private TaxiiSecurity() {
    }

    public static SecurityFilterChain chain(HttpSecurity http, UserDirectory directory, AccountDetailsService accounts,
                                            PasswordEncoder encoder, Clock clock) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(new Basic(directory, passwords, clock));
        http.securityMatcher("/taxii2/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole("ANALYST", "SUPERVISOR", "PARTNER"))
                .authenticationManager(manager)
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized()))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(c -> c.disable()) // stateless Basic only: a browser's session cookie is never honoured here
                .requestCache(r -> r.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable());
        return http.build();
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ISSA TAXII\", charset=\"UTF-8\"");
            write(response, new TaxiiException(401, "Unauthorized", "authenticate with HTTP Basic: your user name and an ISSA API "
                    + "token (or your password)" + (e.getMessage() == null ? "" : "; " + e.getMessage())));
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, new TaxiiException(403, "Forbidden",
                "your roles do not admit TAXII (ANALYST, SUPERVISOR or PARTNER needed)"));
    }

    private static void write(HttpServletResponse response, TaxiiException e) throws IOException {
        response.setStatus(e.status());
        response.setContentType(TaxiiMedia.TAXII);
        response.getOutputStream().write(e.toJson().getBytes(StandardCharsets.UTF_8));
    }

    /** Basic credentials: an API token of that very account, or the account's password. */
    private record Basic(UserDirectory directory, DaoAuthenticationProvider passwords, Clock clock) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) throws AuthenticationException {
            String username = authentication.getName();
            String secret = String.valueOf(authentication.getCredentials());
            if (secret.startsWith(UserDirectory.TOKEN_PREFIX)) {
                UserAccount account = directory.authenticateToken(secret).filter(a -> a.username().equals(username))
                        .orElseThrow(() -> new BadCredentialsException("the API token is unknown, expired, revoked or not this user's"));
                IssaUser user = IssaUser.of(account, clock.instant());
                return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            }
            try {
                return passwords.authenticate(authentication);
            } catch (BadCredentialsException e) {
                String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
                directory.loginFailed(username.length() > 64 ? username.substring(0, 64) : username, address + " (TAXII Basic)");
                throw e;
            }
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
