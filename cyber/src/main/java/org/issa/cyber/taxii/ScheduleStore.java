package org.issa.cyber.taxii;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.issa.core.sql.Sql;

/** The schedule columns of the peers table (V4_4), and the claim that keeps two nodes from running one peer at once. */
public final class ScheduleStore {

    private static final String COLUMNS = "id, sync_minutes, schedule_by, next_sync_at, sync_failures, last_sync_at, last_sync_ok, "
            + "sync_claimed_by";

    private final Sql sql;

    public ScheduleStore(Sql sql) {
        this.sql = sql;
    }

    public Optional<PeerSchedule> find(String peerId) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM cyber_taxii_peer WHERE id = ?", ScheduleStore::schedule, peerId);
    }

    public List<PeerSchedule> all() {
        return sql.query("SELECT " + COLUMNS + " FROM cyber_taxii_peer ORDER BY name", ScheduleStore::schedule);
    }

    /** The enabled peers due at {@code now} and not claimed by a run still in its time, the longest waiting first. */
    public List<String> due(Instant now) {
        return sql.query("SELECT id FROM cyber_taxii_peer WHERE sync_minutes IS NOT NULL AND enabled = TRUE AND next_sync_at <= ? "
                + "AND (sync_claimed_until IS NULL OR sync_claimed_until < ?) ORDER BY next_sync_at, id", rs -> rs.getString(1), now, now);
    }

    /** Sets or clears the interval; the failures start again from zero. */
    void setInterval(String peerId, Optional<Integer> minutes, String by, Optional<Instant> nextDue) {
        sql.update("UPDATE cyber_taxii_peer SET sync_minutes = ?, schedule_by = ?, next_sync_at = ?, sync_failures = 0 WHERE id = ?",
                minutes.orElse(null), by, nextDue.orElse(null), peerId);
    }

    /**
     * Claims the peer's scheduled run for {@code token} until {@code until}, if it is still due, enabled
     * and not claimed by a run still in its time: one conditional UPDATE, so of two nodes (or threads)
     * exactly one gets it.
     */
    boolean claim(String peerId, String token, Instant now, Instant until) {
        return sql.update("UPDATE cyber_taxii_peer SET sync_claimed_by = ?, sync_claimed_until = ? WHERE id = ? AND sync_minutes IS NOT NULL "
                + "AND enabled = TRUE AND next_sync_at <= ? AND (sync_claimed_until IS NULL OR sync_claimed_until < ?)",
                token, until, peerId, now, now) == 1;
    }

    /** Claims the peer for a sync started by hand: whenever no run still in its time holds it, due or not. */
    boolean claimNow(String peerId, String token, Instant now, Instant until) {
        return sql.update("UPDATE cyber_taxii_peer SET sync_claimed_by = ?, sync_claimed_until = ? WHERE id = ? "
                + "AND (sync_claimed_until IS NULL OR sync_claimed_until < ?)", token, until, peerId, now) == 1;
    }

    /** Lets a claim go without touching the schedule (after a sync started by hand). */
    void unclaim(String peerId, String token) {
        sql.update("UPDATE cyber_taxii_peer SET sync_claimed_by = NULL, sync_claimed_until = NULL WHERE id = ? AND sync_claimed_by = ?",
                peerId, token);
    }

    /** Records a finished run and lets the claim go (only the claim's holder may); false when the claim was no longer held. */
    boolean release(String peerId, String token, Instant finished, boolean ok, int failures, Optional<Instant> nextDue) {
        return sql.update("UPDATE cyber_taxii_peer SET last_sync_at = ?, last_sync_ok = ?, sync_failures = ?, next_sync_at = ?, "
                + "sync_claimed_by = NULL, sync_claimed_until = NULL WHERE id = ? AND sync_claimed_by = ?",
                finished, ok, failures, nextDue.orElse(null), peerId, token) == 1;
    }

    private static PeerSchedule schedule(ResultSet rs) throws SQLException {
        int minutes = rs.getInt("sync_minutes");
        Optional<Integer> m = rs.wasNull() ? Optional.empty() : Optional.of(minutes);
        boolean ok = rs.getBoolean("last_sync_ok");
        Optional<Boolean> lastOk = rs.wasNull() ? Optional.empty() : Optional.of(ok);
        return new PeerSchedule(rs.getString("id"), m, Optional.ofNullable(rs.getString("schedule_by")),
                Optional.ofNullable(Sql.instant(rs, "next_sync_at")), rs.getInt("sync_failures"),
                Optional.ofNullable(Sql.instant(rs, "last_sync_at")), lastOk, Optional.ofNullable(rs.getString("sync_claimed_by")));
    }
}
