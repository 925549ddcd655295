package org.issa.cyber.taxii;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.issa.core.marking.Classification;
import org.issa.core.sql.Sql;
import org.issa.cyber.tlp.TlpVersion;

/** The peers table and their sync history (V4_3). */
public final class PeerStore {

    private static final String COLUMNS = "id, name, api_root, pull_collection, push_collection, pull_into, push_from, username, secret_ref, "
            + "organisation, member_state, clearance, tlp_version, enabled, pulled_until, pushed_until";

    private final Sql sql;

    public PeerStore(Sql sql) {
        this.sql = sql;
    }

    public List<Peer> all() {
        return sql.query("SELECT " + COLUMNS + " FROM cyber_taxii_peer ORDER BY name", PeerStore::peer);
    }

    public Optional<Peer> find(String id) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM cyber_taxii_peer WHERE id = ?", PeerStore::peer, id);
    }

    public boolean nameTaken(String name, String exceptId) {
        return sql.count("SELECT COUNT(*) FROM cyber_taxii_peer WHERE name = ? AND id <> ?", name, exceptId) > 0;
    }

    void insert(Peer p, String actor, Instant now) {
        sql.update("INSERT INTO cyber_taxii_peer (" + COLUMNS + ", created_by, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.id(), p.name(), p.apiRoot().toString(), p.pullCollection().orElse(null), p.pushCollection().orElse(null),
                p.pullInto().orElse(null), p.pushFrom().orElse(null), p.username(), p.secretRef(), p.organisation(), p.memberState(),
                p.clearance().name(), p.tlpVersion().name(), p.enabled(), p.pulledUntil().orElse(null), p.pushedUntil().orElse(null), actor,
                now, now);
    }

    void update(Peer p, Instant now) {
        sql.update("UPDATE cyber_taxii_peer SET name = ?, api_root = ?, pull_collection = ?, push_collection = ?, pull_into = ?, push_from = ?, "
                        + "username = ?, secret_ref = ?, organisation = ?, member_state = ?, clearance = ?, tlp_version = ?, enabled = ?, "
                        + "pulled_until = ?, pushed_until = ?, updated_at = ? WHERE id = ?",
                p.name(), p.apiRoot().toString(), p.pullCollection().orElse(null), p.pushCollection().orElse(null),
                p.pullInto().orElse(null), p.pushFrom().orElse(null), p.username(), p.secretRef(), p.organisation(), p.memberState(),
                p.clearance().name(), p.tlpVersion().name(), p.enabled(), p.pulledUntil().orElse(null), p.pushedUntil().orElse(null), now,
                p.id());
    }

    void recordSync(SyncRecord r) {
        sql.update("INSERT INTO cyber_taxii_sync (peer_id, direction, actor, started_at, finished_at, ok, received, stored, unchanged, "
                        + "failed, withheld, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.peerId(), r.direction(), r.actor(), r.startedAt(), r.finishedAt(), r.ok(), r.received(), r.stored(), r.unchanged(),
                r.failed(), r.withheld(), r.message().length() > 2000 ? r.message().substring(0, 1999) + "…" : r.message());
    }

    /** The latest syncs of a peer (all peers when {@code peerId} is empty), newest first. */
    public List<SyncRecord> history(Optional<String> peerId, int limit) {
        String where = peerId.isPresent() ? " WHERE peer_id = ?" : "";
        Object[] params = peerId.isPresent() ? new Object[] {peerId.get()} : new Object[0];
        return sql.query("SELECT seq, peer_id, direction, actor, started_at, finished_at, ok, received, stored, unchanged, failed, "
                + "withheld, message FROM cyber_taxii_sync" + where + " ORDER BY seq DESC FETCH FIRST " + Math.max(1, Math.min(limit, 500))
                + " ROWS ONLY", rs -> new SyncRecord(rs.getLong("seq"), rs.getString("peer_id"),
                SyncRecord.Direction.valueOf(rs.getString("direction")), rs.getString("actor"), Sql.instant(rs, "started_at"),
                Sql.instant(rs, "finished_at"), rs.getBoolean("ok"), rs.getInt("received"), rs.getInt("stored"), rs.getInt("unchanged"),
                rs.getInt("failed"), rs.getInt("withheld"), rs.getString("message")), params);
    }

    private static Peer peer(ResultSet rs) throws SQLException {
        return new Peer(rs.getString("id"), rs.getString("name"), URI.create(rs.getString("api_root")),
                Optional.ofNullable(rs.getString("pull_collection")), Optional.ofNullable(rs.getString("push_collection")),
                Optional.ofNullable(rs.getString("pull_into")), Optional.ofNullable(rs.getString("push_from")), rs.getString("username"), rs.getString("secret_ref"),
                rs.getString("organisation"), rs.getString("member_state"), Classification.valueOf(rs.getString("clearance")),
                TlpVersion.valueOf(rs.getString("tlp_version")), rs.getBoolean("enabled"), Optional.ofNullable(rs.getString("pulled_until")),
                Optional.ofNullable(Sql.instant(rs, "pushed_until")));
    }
}
