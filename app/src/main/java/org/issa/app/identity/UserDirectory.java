package org.issa.app.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.error.Require;
import org.issa.core.marking.Classification;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts and tokens: opening and changing accounts (administrators), personal API tokens, and
 * the login outcome that locks an account after repeated failures. Every change is audited.
 */
public final class UserDirectory {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final int MAX_TOKEN_DAYS = 365;
    public static final String TOKEN_PREFIX = "issa_";

    private final UserStore users;
    private final ApiTokenStore tokens;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public UserDirectory(UserStore users, ApiTokenStore tokens, PasswordEncoder encoder, AuditLog audit, Transactions tx,
                         Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.encoder = encoder;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public Optional<UserAccount> find(String username) {
        return users.byUsername(username);
    }

    public long count() {
        return users.count();
    }

    /** All accounts, for an administrator; the read of this personal data is audited. */
    public List<UserAccount> list(Principal admin) {
        requireAdmin(admin);
        return tx.inTransaction(() -> {
            audit.recordRead(admin.username(), "users", "*", "user administration");
            return users.all();
        });
    }

    public UserAccount get(Principal admin, String username) {
        requireAdmin(admin);
        UserAccount u = users.byUsername(username).orElseThrow(() -> new NotFoundException("user", username));
        audit.recordRead(admin.username(), "user", u.username(), "user administration");
        return u;
    }

    public UserAccount create(Principal admin, NewAccount n) {
        requireAdmin(admin);
        return tx.inTransaction(() -> createAccount(admin.username(), n));
    }

    /** Opens an account without an administrator: first start and demo data. */
    public UserAccount bootstrap(NewAccount n) {
        return tx.inTransaction(() -> createAccount("system", n));
    }

    private UserAccount createAccount(String actor, NewAccount n) {
        Principal shape = validate(n.username(), n.agency(), n.memberState(), n.roles(), n.clearance());
        String name = Require.text("displayName", n.displayName(), 200);
        PasswordPolicy.check(n.username(), n.password());
        if (users.byUsername(n.username()).isPresent()) {
            throw new ConflictException("a user named " + n.username() + " already exists");
        }
        Instant now = clock.instant();
        UserAccount u = new UserAccount(UUID.randomUUID().toString(), shape.username(), name,
                Optional.of(encoder.encode(n.password())), shape.agency(), shape.memberState(), shape.roles(), shape.clearance(),
                true, 0, Optional.empty(), now, now);
        users.insert(u);
        audit.record(AuditEvent.write(actor, "user.create", "user", u.username(), describe(u)));
        return u;
    }

    /** Changes an account's attributes; a field left empty is kept. */
    public UserAccount update(Principal admin, String username, Optional<String> displayName, Optional<String> agency,
                              Optional<String> memberState, Optional<Set<Role>> roles, Optional<Classification> clearance,
                              Optional<Boolean> enabled) {
        requireAdmin(admin);
        return tx.inTransaction(() -> {
            UserAccount u = users.byUsername(username).orElseThrow(() -> new NotFoundException("user", username));
            if (u.username().equals(admin.username()) && (enabled.isPresent() && !enabled.get()
                    || roles.isPresent() && !roles.get().contains(Role.ADMIN))) {
                throw new InvalidInputException("roles", "you cannot disable your own account or remove your own ADMIN role");
            }
            Principal shape = validate(u.username(), agency.orElse(u.agency()), memberState.orElse(u.memberState()),
                    roles.orElse(u.roles()), clearance.orElse(u.clearance()));
            UserAccount changed = new UserAccount(u.id(), u.username(),
                    displayName.map(d -> Require.text("displayName", d, 200)).orElse(u.displayName()), u.passwordHash(),
                    shape.agency(), shape.memberState(), shape.roles(), shape.clearance(), enabled.orElse(u.enabled()),
                    enabled.orElse(false) ? 0 : u.failedLogins(), enabled.orElse(false) ? Optional.empty() : u.lockedUntil(),
                    u.createdAt(), clock.instant());
            users.update(changed);
            audit.record(AuditEvent.write(admin.username(), "user.update", "user", u.username(), describe(changed)));
            return changed;
        });
    }

    /** Sets a password: an administrator for anyone, a user for themself with the current password. */
    public void changePassword(Principal actor, String username, Optional<String> currentPassword, String newPassword) {
        tx.run(() -> {
            UserAccount u = users.byUsername(username).orElseThrow(() -> new NotFoundException("user", username));
            boolean self = actor.username().equals(username);
            if (!self && !actor.has(Role.ADMIN)) {
                throw new ForbiddenException("only an administrator may set another user's password");
            }
            // Changing one's own password always asks for the current one, administrators included.
            if (self && !currentPassword.flatMap(c -> u.passwordHash().map(h -> encoder.matches(c, h))).orElse(false)) {
                throw new InvalidInputException("currentPassword", "the current password is not correct");
            }
            PasswordPolicy.check(username, newPassword);
            users.update(new UserAccount(u.id(), u.username(), u.displayName(), Optional.of(encoder.encode(newPassword)),
                    u.agency(), u.memberState(), u.roles(), u.clearance(), u.enabled(), 0, Optional.empty(), u.createdAt(),
                    clock.instant()));
            audit.record(AuditEvent.write(actor.username(), "user.password.change", "user", username, ""));
        });
    }

    /** Counts a failed login; the fifth in a row locks the account for fifteen minutes. */
    public void loginFailed(String username, String remoteAddress) {
        tx.run(() -> {
            Optional<UserAccount> u = users.byUsername(username);
            String detail = "from " + remoteAddress;
            if (u.isPresent()) {
                int failures = u.get().failedLogins() + 1;
                Optional<Instant> lock = failures >= MAX_FAILURES ? Optional.of(clock.instant().plus(LOCK)) : u.get().lockedUntil();
                users.recordFailure(u.get().id(), failures, lock);
                if (failures == MAX_FAILURES) {
                    detail += "; account locked until " + lock.orElseThrow();
                }
            }
            audit.record(AuditEvent.write(u.isPresent() ? username : "anonymous", "auth.login.failure", "user",
                    u.isPresent() ? username : "", detail));
        });
    }

    public void loginSucceeded(String username, String remoteAddress) {
        tx.run(() -> users.byUsername(username).ifPresent(u -> {
            if (u.failedLogins() > 0 || u.lockedUntil().isPresent()) {
                users.recordFailure(u.id(), 0, Optional.empty());
            }
            audit.record(AuditEvent.write(username, "auth.login.success", "user", username, "from " + remoteAddress));
        }));
    }

    public IssuedToken issueToken(Principal owner, String name, int days) {
        String label = Require.text("name", name, 100);
        if (days < 1 || days > MAX_TOKEN_DAYS) {
            throw new InvalidInputException("days", "a token must expire within 1 to " + MAX_TOKEN_DAYS + " days");
        }
        return tx.inTransaction(() -> {
            UserAccount u = users.byUsername(owner.username())
                    .orElseThrow(() -> new ForbiddenException("only built-in accounts can hold API tokens"));
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Instant now = clock.instant();
            ApiToken t = new ApiToken(UUID.randomUUID().toString(), u.id(), label, secret.substring(0, 10), now,
                    now.plus(Duration.ofDays(days)), Optional.empty(), Optional.empty());
            tokens.insert(t, hash(secret));
            audit.record(AuditEvent.write(owner.username(), "token.create", "api_token", t.id(),
                    "'" + label + "', expires " + t.expiresAt()));
            return new IssuedToken(t, secret);
        });
    }

    public List<ApiToken> tokensOf(Principal owner) {
        return users.byUsername(owner.username()).map(u -> tokens.ofUser(u.id())).orElse(List.of());
    }

    public List<ApiToken> allTokens(Principal admin) {
        requireAdmin(admin);
        return tokens.all();
    }

    /** Revokes a token: its owner or an administrator. */
    public void revokeToken(Principal actor, String tokenId) {
        tx.run(() -> {
            ApiToken t = tokens.byId(tokenId).orElseThrow(() -> new NotFoundException("token", tokenId));
            boolean own = users.byId(t.userId()).map(u -> u.username().equals(actor.username())).orElse(false);
            if (!own && !actor.has(Role.ADMIN)) {
                throw new NotFoundException("token", tokenId);
            }
            tokens.revoke(t.id(), clock.instant());
            audit.record(AuditEvent.write(actor.username(), "token.revoke", "api_token", t.id(), "'" + t.name() + "'"));
        });
    }

    /** The account behind a presented token, if the token is known, active and its account usable. */
    public Optional<UserAccount> authenticateToken(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.byHash(hash(secret)).filter(t -> t.activeAt(now)).flatMap(t -> {
            Optional<UserAccount> u = users.byId(t.userId()).filter(a -> a.enabled() && !a.lockedAt(now));
            if (u.isPresent() && t.lastUsedAt().map(last -> last.isBefore(now.minusSeconds(60))).orElse(true)) {
                tokens.touch(t.id(), now);
            }
            return u;
        });
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Principal validate(String username, String agency, String memberState, Set<Role> roles,
                                      Classification clearance) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "at least one role is required");
        }
        try {
            return new Principal(username, agency, memberState, roles, clearance);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            String field = m.startsWith("username") ? "username" : m.startsWith("agency") ? "agency" : "memberState";
            throw new InvalidInputException(field, m);
        }
    }

    private static String describe(UserAccount u) {
        return "roles " + u.roles() + ", agency " + u.agency() + ", state " + u.memberState() + ", clearance "
                + u.clearance().name() + (u.enabled() ? "" : ", disabled");
    }

    private static void requireAdmin(Principal p) {
        if (!p.has(Role.ADMIN)) {
            throw new ForbiddenException("only an administrator may manage accounts");
        }
    }
}
