package org.issa.app.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.issa.core.sql.Sql;

/** API tokens in the {@code api_tokens} table, found by the SHA-256 of the token. */
public final class ApiTokenStore {

    private static final String COLUMNS = "id, user_id, name, prefix, created_at, expires_at, last_used_at, revoked_at";

    private final Sql sql;

    public ApiTokenStore(Sql sql) {
        this.sql = sql;
    }

    public void insert(ApiToken t, String tokenHash) {
        sql.update("INSERT INTO api_tokens (id, user_id, name, token_hash, prefix, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                t.id(), t.userId(), t.name(), tokenHash, t.prefix(), t.createdAt(), t.expiresAt());
    }

    public Optional<ApiToken> byHash(String tokenHash) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM api_tokens WHERE token_hash = ?", ApiTokenStore::token, tokenHash);
    }

    public Optional<ApiToken> byId(String id) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM api_tokens WHERE id = ?", ApiTokenStore::token, id);
    }

    public List<ApiToken> ofUser(String userId) {
        return sql.query("SELECT " + COLUMNS + " FROM api_tokens WHERE user_id = ? ORDER BY created_at DESC", ApiTokenStore::token,
                userId);
    }

    public List<ApiToken> all() {
        return sql.query("SELECT " + COLUMNS + " FROM api_tokens ORDER BY created_at DESC", ApiTokenStore::token);
    }

    public void revoke(String id, Instant at) {
        sql.update("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", at, id);
    }

    public void touch(String id, Instant at) {
        sql.update("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", at, id);
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getString("id"), rs.getString("user_id"), rs.getString("name"), rs.getString("prefix"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "expires_at"), Optional.ofNullable(Sql.instant(rs, "last_used_at")),
                Optional.ofNullable(Sql.instant(rs, "revoked_at")));
    }
}
