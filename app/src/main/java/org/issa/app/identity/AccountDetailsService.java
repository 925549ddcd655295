package org.issa.app.identity;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Looks up built-in accounts for form login. */
public final class AccountDetailsService implements UserDetailsService {

    private final UserDirectory directory;
    private final Clock clock;

    public AccountDetailsService(UserDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return directory.find(username).filter(a -> a.passwordHash().isPresent())
                .map(a -> IssaUser.of(a, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
