package org.issa.app.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Classification;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Who am I, my API tokens, and (administrators) accounts and everyone's tokens. */
@RestController
public class AccountApi {

    private final UserDirectory directory;

    public AccountApi(UserDirectory directory) {
        this.directory = directory;
    }

    public record MeView(String username, String agency, String memberState, Set<Role> roles, String clearance) {
    }

    public record UserView(String username, String displayName, String agency, String memberState, Set<Role> roles,
                           String clearance, boolean enabled, boolean locked, Instant createdAt) {
        static UserView of(UserAccount u) {
            return new UserView(u.username(), u.displayName(), u.agency(), u.memberState(), u.roles(), u.clearance().name(),
                    u.enabled(), u.lockedAt(Instant.now()), u.createdAt());
        }
    }

    public record TokenView(String id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                            Instant revokedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id(), t.name(), t.prefix(), t.createdAt(), t.expiresAt(), t.lastUsedAt().orElse(null),
                    t.revokedAt().orElse(null));
        }
    }

    public record NewTokenView(TokenView token, String secret) {
    }

    public record TokenInput(@NotBlank @Size(max = 100) String name, @Min(1) @Max(UserDirectory.MAX_TOKEN_DAYS) int days) {
    }

    public record UserInput(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String displayName,
                            @NotBlank @Size(max = 128) String password, @NotBlank @Size(max = 64) String agency,
                            @NotBlank @Size(min = 2, max = 2) String memberState, @NotEmpty @Size(max = 6) List<String> roles,
                            @Size(max = 40) String clearance) {
    }

    public record UserChange(@Size(max = 200) String displayName, @Size(max = 64) String agency,
                             @Size(min = 2, max = 2) String memberState, @Size(max = 6) List<String> roles,
                             @Size(max = 40) String clearance, Boolean enabled) {
    }

    public record PasswordInput(@Size(max = 128) String currentPassword, @NotBlank @Size(max = 128) String newPassword) {
    }

    @GetMapping("/api/v1/me")
    MeView me(Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return new MeView(p.username(), p.agency(), p.memberState(), p.roles(), p.clearance().name());
    }

    @GetMapping("/api/v1/me/tokens")
    List<TokenView> myTokens(Authentication auth) {
        return directory.tokensOf(CurrentUser.of(auth)).stream().map(TokenView::of).toList();
    }

    @PostMapping("/api/v1/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    NewTokenView issue(@Valid @RequestBody TokenInput in, Authentication auth) {
        IssuedToken t = directory.issueToken(CurrentUser.of(auth), in.name(), in.days());
        return new NewTokenView(TokenView.of(t.token()), t.secret());
    }

    @DeleteMapping("/api/v1/me/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeMine(@PathVariable String id, Authentication auth) {
        directory.revokeToken(CurrentUser.of(auth), id);
    }

    @PostMapping("/api/v1/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeMyPassword(@Valid @RequestBody PasswordInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        directory.changePassword(p, p.username(), Optional.ofNullable(in.currentPassword()), in.newPassword());
    }

    @GetMapping("/api/v1/admin/users")
    List<UserView> users(Authentication auth) {
        return directory.list(CurrentUser.of(auth)).stream().map(UserView::of).toList();
    }

    @GetMapping("/api/v1/admin/users/{username}")
    UserView user(@PathVariable String username, Authentication auth) {
        return UserView.of(directory.get(CurrentUser.of(auth), username));
    }

    @PostMapping("/api/v1/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@Valid @RequestBody UserInput in, Authentication auth) {
        return UserView.of(directory.create(CurrentUser.of(auth), new NewAccount(in.username(), in.displayName(), in.password(),
                in.agency(), in.memberState(), roles(in.roles()), clearance(in.clearance()))));
    }

    @PatchMapping("/api/v1/admin/users/{username}")
    UserView change(@PathVariable String username, @Valid @RequestBody UserChange in, Authentication auth) {
        return UserView.of(directory.update(CurrentUser.of(auth), username, Optional.ofNullable(in.displayName()),
                Optional.ofNullable(in.agency()), Optional.ofNullable(in.memberState()),
                Optional.ofNullable(in.roles()).map(AccountApi::roles),
                Optional.ofNullable(in.clearance()).map(AccountApi::clearance), Optional.ofNullable(in.enabled())));
    }

    @PostMapping("/api/v1/admin/users/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setPassword(@PathVariable String username, @Valid @RequestBody PasswordInput in, Authentication auth) {
        directory.changePassword(CurrentUser.of(auth), username, Optional.empty(), in.newPassword());
    }

    @GetMapping("/api/v1/admin/tokens")
    List<TokenView> allTokens(Authentication auth) {
        return directory.allTokens(CurrentUser.of(auth)).stream().map(TokenView::of).toList();
    }

    @DeleteMapping("/api/v1/admin/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String id, Authentication auth) {
        directory.revokeToken(CurrentUser.of(auth), id);
    }

    static Set<Role> roles(List<String> names) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String n : names) {
            try {
                roles.add(Role.valueOf(n.trim().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("roles", "unknown role '" + n + "'; expected ADMIN, ANALYST, SUPERVISOR, DPO, AUDITOR or PARTNER");
            }
        }
        return roles;
    }

    static Classification clearance(String text) {
        if (text == null || text.isBlank()) {
            return Classification.UNCLASSIFIED;
        }
        try {
            return Classification.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("clearance", e.getMessage());
        }
    }
}
