package org.issa.app.identity;

import java.time.Clock;
import java.util.Map;
import org.issa.core.audit.AuditLog;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts, tokens and password hashing (Argon2id; bcrypt hashes are still read). */
@Configuration(proxyBeanMethods = false)
public class IdentityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    UserDirectory userDirectory(Sql sql, PasswordEncoder encoder, AuditLog audit, Transactions tx, Clock clock) {
        return new UserDirectory(new UserStore(sql), new ApiTokenStore(sql), encoder, audit, tx, clock);
    }

    @Bean
    AccountDetailsService accountDetailsService(UserDirectory directory, Clock clock) {
        return new AccountDetailsService(directory, clock);
    }

    @Bean
    LoginThrottle loginThrottle(Clock clock) {
        return new LoginThrottle(clock);
    }

    @Bean
    AuthenticationAudit authenticationAudit(UserDirectory directory, LoginThrottle throttle) {
        return new AuthenticationAudit(directory, throttle);
    }
}
