package org.issa.app.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.issa.core.marking.Classification;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;

/** Accounts in the {@code users} table. */
public final class UserStore {

    private static final String COLUMNS = "id, username, display_name, password_hash, agency, member_state, roles, clearance,"
            + " enabled, failed_logins, locked_until, created_at, updated_at";

    private final Sql sql;

    public UserStore(Sql sql) {
        this.sql = sql;
    }

    public Optional<UserAccount> byUsername(String username) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM users WHERE username = ?", UserStore::account, username);
    }

    public Optional<UserAccount> byId(String id) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM users WHERE id = ?", UserStore::account, id);
    }

    public List<UserAccount> all() {
        return sql.query("SELECT " + COLUMNS + " FROM users ORDER BY username", UserStore::account);
    }

    public long count() {
        return sql.count("SELECT COUNT(*) FROM users");
    }

    public void insert(UserAccount u) {
        sql.update("INSERT INTO users (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", u.id(), u.username(),
                u.displayName(), u.passwordHash().orElse(null), u.agency(), u.memberState(), roles(u.roles()),
                u.clearance().level(), u.enabled(), u.failedLogins(), u.lockedUntil().orElse(null), u.createdAt(), u.updatedAt());
    }

    public void update(UserAccount u) {
        sql.update("UPDATE users SET display_name = ?, password_hash = ?, agency = ?, member_state = ?, roles = ?, clearance = ?,"
                        + " enabled = ?, failed_logins = ?, locked_until = ?, updated_at = ? WHERE id = ?",
                u.displayName(), u.passwordHash().orElse(null), u.agency(), u.memberState(), roles(u.roles()),
                u.clearance().level(), u.enabled(), u.failedLogins(), u.lockedUntil().orElse(null), u.updatedAt(), u.id());
    }

    /** Counts a failed login and locks the account once the limit is reached; returns the new count. */
    public void recordFailure(String id, int failures, Optional<Instant> lockedUntil) {
        sql.update("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?", failures, lockedUntil.orElse(null), id);
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static UserAccount account(ResultSet rs) throws SQLException {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(",")).filter(r -> !r.isBlank()).forEach(r -> roles.add(Role.valueOf(r)));
        return new UserAccount(rs.getString("id"), rs.getString("username"), rs.getString("display_name"),
                Optional.ofNullable(rs.getString("password_hash")), rs.getString("agency"), rs.getString("member_state"),
                roles, Classification.ofLevel(rs.getInt("clearance")), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
                Optional.ofNullable(Sql.instant(rs, "locked_until")), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }
}
