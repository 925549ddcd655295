package org.issa.cyber.advisory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.issa.core.sql.Sql;

/** Subscribers over JDBC. Confirmation tokens are stored as SHA-256 hashes only. */
public final class SubscriberStore {

    private static final String COLUMNS = "id, email, audience, sectors, lang, status, created_at, confirmed_at";

    private final Sql sql;

    public SubscriberStore(Sql sql) {
        this.sql = sql;
    }

    public void insert(Subscriber s, String confirmHash, String unsubscribeToken) {
        sql.update("INSERT INTO cyber_subscriber (id, email, audience, sectors, lang, status, confirm_hash, unsubscribe_token, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)", s.id(), s.email(), s.audience().name(),
                AdvisoryStore.sectorColumn(s.sectors()), s.lang(), confirmHash, unsubscribeToken, s.createdAt());
    }

    /** The pending subscriber with this confirmation hash, made at or after {@code notBefore}. */
    public Optional<Subscriber> pendingByConfirmHash(String hash, Instant notBefore) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM cyber_subscriber WHERE confirm_hash = ? AND status = 'PENDING' AND created_at >= ?",
                SubscriberStore::subscriber, hash, notBefore);
    }

    public Optional<Subscriber> byUnsubscribeToken(String token) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM cyber_subscriber WHERE unsubscribe_token = ?", SubscriberStore::subscriber, token);
    }

    public Optional<String> unsubscribeToken(String id) {
        return sql.queryOne("SELECT unsubscribe_token FROM cyber_subscriber WHERE id = ?", rs -> rs.getString(1), id);
    }

    public void confirm(String id, Instant at) {
        sql.update("UPDATE cyber_subscriber SET status = 'CONFIRMED', confirmed_at = ? WHERE id = ?", at, id);
    }

    /** Other rows of the same address: a newer confirmed subscription replaces them. */
    public List<String> othersWithEmail(String email, String keepId) {
        return sql.query("SELECT id FROM cyber_subscriber WHERE email = ? AND id <> ?", rs -> rs.getString(1), email, keepId);
    }

    public int delete(String id) {
        return sql.update("DELETE FROM cyber_subscriber WHERE id = ?", id);
    }

    public List<Subscriber> confirmed() {
        return sql.query("SELECT " + COLUMNS + " FROM cyber_subscriber WHERE status = 'CONFIRMED' ORDER BY created_at, id",
                SubscriberStore::subscriber);
    }

    public List<Subscriber> all(int limit) {
        return sql.query("SELECT " + COLUMNS + " FROM cyber_subscriber ORDER BY created_at DESC, id DESC FETCH FIRST " + limit
                + " ROWS ONLY", SubscriberStore::subscriber);
    }

    public List<String> pendingCreatedBefore(Instant horizon) {
        return sql.query("SELECT id FROM cyber_subscriber WHERE status = 'PENDING' AND created_at < ?", rs -> rs.getString(1), horizon);
    }

    public long count(boolean confirmed) {
        return sql.count("SELECT COUNT(*) FROM cyber_subscriber WHERE status = ?", confirmed ? "CONFIRMED" : "PENDING");
    }

    private static Subscriber subscriber(ResultSet rs) throws SQLException {
        return new Subscriber(rs.getString("id"), rs.getString("email"), Audience.valueOf(rs.getString("audience")),
                AdvisoryStore.sectors(rs.getString("sectors")), rs.getString("lang"), "CONFIRMED".equals(rs.getString("status")),
                Sql.instant(rs, "created_at"), Optional.ofNullable(Sql.instant(rs, "confirmed_at")));
    }
}
