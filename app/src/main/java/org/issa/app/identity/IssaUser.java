package org.issa.app.identity;

import java.util.Collection;
import java.util.List;
import org.issa.core.security.Principal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated user as Spring Security holds it, whatever the way in (form, API token, OIDC). */
public final class IssaUser implements UserDetails {

    private final Principal principal;
    private final String displayName;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;

    public IssaUser(Principal principal, String displayName, String passwordHash, boolean enabled, boolean locked) {
        this.principal = principal;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    public static IssaUser of(UserAccount a, java.time.Instant now) {
        return new IssaUser(a.principal(), a.displayName(), a.passwordHash().orElse(""), a.enabled(), a.lockedAt(now));
    }

    public Principal principal() {
        return principal;
    }

    public String displayName() {
        return displayName;
    }

    public static List<GrantedAuthority> authorities(Principal p) {
        return p.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(principal);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return principal.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "IssaUser[" + principal.username() + "]";
    }
}
