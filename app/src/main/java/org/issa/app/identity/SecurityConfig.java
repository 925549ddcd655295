package org.issa.app.identity;

import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Two filter chains. The API ({@code /api/**}, {@code /actuator/**}) is stateless and takes
 * bearer tokens: ISSA's own API tokens always, and JWTs from an OIDC provider when one is
 * configured. The web UI uses form login with a session, CSRF protection and strict headers.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** TAXII 2.1 ({@code /taxii2/**}): stateless HTTP Basic with API tokens or passwords; see TaxiiSecurity. */
    @Bean
    @Order(0)
    SecurityFilterChain taxiiChain(HttpSecurity http, UserDirectory directory, AccountDetailsService accounts,
                                   org.springframework.security.crypto.password.PasswordEncoder encoder, Clock clock) throws Exception {
        return org.issa.app.cyber.taxii.TaxiiSecurity.chain(http, directory, accounts, encoder, clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, UserDirectory directory, Clock clock, OidcTokens oidc)
            throws Exception {
        AuthenticationManager tokens = new ProviderManager(new ApiTokenAuthenticationProvider(directory, clock));
        AuthenticationManager jwts = oidc.decoder().<AuthenticationManager>map(decoder -> {
            JwtAuthenticationProvider p = new JwtAuthenticationProvider(decoder);
            p.setJwtAuthenticationConverter(new JwtPrincipalConverter());
            return new ProviderManager(p);
        }).orElse(auth -> {
            throw new BadCredentialsException("only ISSA API tokens are accepted here (no OIDC provider is configured)");
        });
        BearerTokenResolver bearer = new DefaultBearerTokenResolver();
        AuthenticationManagerResolver<HttpServletRequest> resolver = request -> {
            String token = bearer.resolve(request);
            return token != null && token.startsWith(UserDirectory.TOKEN_PREFIX) ? tokens : jwts;
        };
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole("ADMIN", "AUDITOR")
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/audit/**").hasAnyRole("DPO", "AUDITOR")
                        .requestMatchers("/api/v1/watchlists/**").hasAnyRole("ANALYST", "SUPERVISOR", "DPO", "AUDITOR")
                        .requestMatchers("/api/v1/screening/hits/**").hasAnyRole("ANALYST", "SUPERVISOR", "DPO")
                        .requestMatchers("/api/v1/screening/**").hasAnyRole("ANALYST", "SUPERVISOR")
                        // CERT network (STIX): analysts, supervisors, partners; collections and sharing groups also admins
                        .requestMatchers("/api/v1/cyber/stix/collections/**", "/api/v1/cyber/stix/sharing-groups/**")
                        .hasAnyRole("ANALYST", "SUPERVISOR", "PARTNER", "ADMIN")
                        .requestMatchers("/api/v1/cyber/stix/**").hasAnyRole("ANALYST", "SUPERVISOR", "PARTNER")
                        // cyber reports: businesses and partner CERTs submit and follow their own (PARTNER); staff may file too
                        .requestMatchers("/api/v1/cyber/reports/**", "/api/v1/cyber/reports").hasAnyRole("PARTNER", "ANALYST", "SUPERVISOR")
                        // cyber: EISAS advisories and illegal-content referrals
                        .requestMatchers("/api/v1/cyber/advisories/**").hasAnyRole("ANALYST", "SUPERVISOR")
                        .requestMatchers("/api/v1/cyber/referrals/**", "/api/v1/cyber/providers/**").hasAnyRole("ANALYST", "SUPERVISOR", "AUDITOR")
                        .requestMatchers("/api/v1/cyber/taxii/**").hasAnyRole("SUPERVISOR", "ADMIN") // TAXII peers
                        .requestMatchers("/api/v1/cyber/statistics/**").hasAnyRole("ANALYST", "SUPERVISOR", "DPO") // cyber dashboard
                        // investigation: entity store and link analysis (imports and merges: analysts and supervisors, checked in the domain)
                        .requestMatchers("/api/v1/investigation/entities/**", "/api/v1/investigation/network/**")
                        .hasAnyRole("ANALYST", "SUPERVISOR", "PARTNER")
                        // passenger (PIU): carriers push messages and read nothing; analysts' views; the DPO's notices
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/passenger/messages").hasAnyRole("CARRIER", "SUPERVISOR")
                        // passenger review: the DPO view (processing log, Art 20 statistics) for the DPO and auditors; the register of
                        // competent authorities and the transfers register also for auditors
                        .requestMatchers("/api/v1/passenger/oversight/**").hasAnyRole("DPO", "AUDITOR")
                        // passenger criteria (pnr-rules): auditors read them too; the services check each action's role
                        .requestMatchers("/api/v1/passenger/criteria", "/api/v1/passenger/criteria/**")
                        .hasAnyRole("ANALYST", "SUPERVISOR", "DPO", "AUDITOR")
                        .requestMatchers("/api/v1/passenger/authorities/**", "/api/v1/passenger/authorities", "/api/v1/passenger/transfers/**",
                                "/api/v1/passenger/transfers").hasAnyRole("ANALYST", "SUPERVISOR", "DPO", "AUDITOR")
                        .requestMatchers("/api/v1/passenger/dpo/**").hasRole("DPO")
                        .requestMatchers("/api/v1/passenger/**").hasAnyRole("ANALYST", "SUPERVISOR", "DPO")
                        .anyRequest().access(org.issa.app.passenger.carrier.CarrierAccess.NOT_A_CARRIER))
                .oauth2ResourceServer(o -> o.authenticationManagerResolver(resolver)
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable()) // no cookies are honoured on this chain, so there is no ambient credential to forge
                .requestCache(r -> r.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/audit/**").hasAnyRole("DPO", "AUDITOR")
                        .requestMatchers("/screening/lists/**").hasAnyRole("ANALYST", "SUPERVISOR", "DPO", "AUDITOR")
                        .requestMatchers("/screening/review/**", "/screening/hits/**").hasAnyRole("ANALYST", "SUPERVISOR", "DPO")
                        .requestMatchers("/screening/**").hasAnyRole("ANALYST", "SUPERVISOR")
                        .requestMatchers("/cyber").hasAnyRole("ANALYST", "SUPERVISOR", "PARTNER", "DPO", "AUDITOR") // cyber landing page
                        .requestMatchers("/cyber/stix/**").hasAnyRole("ANALYST", "SUPERVISOR", "PARTNER") // CERT network
                        // cyber reports: only the public form, its receipt and the status page need no account
                        .requestMatchers("/cyber/report", "/cyber/report/received", "/cyber/report/status").permitAll()
                        .requestMatchers("/cyber/reports/**", "/cyber/incidents/**", "/cyber/investigations/**", "/cyber/outbox")
                        .hasAnyRole("ANALYST", "SUPERVISOR", "DPO")
                        .requestMatchers("/cyber/rules/**", "/cyber/rules").hasAnyRole("ANALYST", "SUPERVISOR", "DPO", "AUDITOR")
                        // cyber: public advisories, feed, subscriptions and CSAF distribution; the staff desks
                        .requestMatchers("/public/advisories", "/public/advisories/**", "/public/subscriptions",
                                "/public/subscriptions/**", "/.well-known/csaf", "/.well-known/csaf/**").permitAll()
                        .requestMatchers("/cyber/advisories/**").hasAnyRole("ANALYST", "SUPERVISOR")
                        .requestMatchers("/cyber/subscribers/**").hasAnyRole("SUPERVISOR", "DPO")
                        .requestMatchers("/cyber/referrals/**", "/cyber/providers/**").hasAnyRole("ANALYST", "SUPERVISOR", "AUDITOR")
                        .requestMatchers("/cyber/taxii/**").hasAnyRole("ANALYST", "SUPERVISOR", "PARTNER", "ADMIN") // TAXII (peers: supervisors)
                        .requestMatchers("/cyber/dashboard", "/cyber/dashboard.csv").hasAnyRole("ANALYST", "SUPERVISOR", "DPO") // cyber dashboard
                        .requestMatchers("/cyber/sharing", "/cyber/sharing/**").hasAnyRole("ANALYST", "SUPERVISOR", "ADMIN") // sharing groups, collections
                        // investigation: graph explorer and entity pages
                        .requestMatchers("/investigation/network/**", "/investigation/entities/**", "/investigation/explorer").hasAnyRole("ANALYST", "SUPERVISOR", "PARTNER")
                        .requestMatchers("/passenger/dpo", "/passenger/dpo/**").hasAnyRole("DPO", "AUDITOR") // passenger review: DPO view
                        .requestMatchers("/passenger/criteria", "/passenger/criteria/**").hasAnyRole("ANALYST", "SUPERVISOR", "DPO", "AUDITOR")
                        .requestMatchers("/passenger/authorities", "/passenger/authorities/**", "/passenger/transfers", "/passenger/transfers/**")
                        .hasAnyRole("ANALYST", "SUPERVISOR", "DPO", "AUDITOR")
                        .requestMatchers("/passenger/**").hasAnyRole("ANALYST", "SUPERVISOR", "DPO") // passenger (PIU) pages
                        .anyRequest().access(org.issa.app.passenger.carrier.CarrierAccess.NOT_A_CARRIER))
                .formLogin(f -> f.loginPage("/login").permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()))
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /**
     * The OIDC token decoder, when configured: a JWK set URI, or a fixed RSA public key (base64
     * X.509), or else the issuer's discovery document, fetched on first use.
     */
    /** The configured OIDC decoder, or none: built-in accounts only. */
    public record OidcTokens(Optional<JwtDecoder> decoder) {
    }

    @Bean
    OidcTokens oidcTokens(@Value("${issa.auth.oidc.issuer-uri:}") String issuer,
                                    @Value("${issa.auth.oidc.jwk-set-uri:}") String jwkSetUri,
                                    @Value("${issa.auth.oidc.public-key:}") String publicKey) throws Exception {
        NimbusJwtDecoder decoder;
        if (!jwkSetUri.isBlank()) {
            decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        } else if (!publicKey.isBlank()) {
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey.strip())));
            decoder = NimbusJwtDecoder.withPublicKey(key).build();
        } else if (!issuer.isBlank()) {
            return new OidcTokens(Optional.of(new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer))));
        } else {
            return new OidcTokens(Optional.empty());
        }
        decoder.setJwtValidator(issuer.isBlank() ? JwtValidators.createDefault()
                : new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer)));
        return new OidcTokens(Optional.of(decoder));
    }
}
