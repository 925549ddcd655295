package org.issa.cyber.advisory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.issa.core.marking.Marking;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import tools.jackson.databind.json.JsonMapper;

/**
 * Advisories and their versions over JDBC. Staff reads take the reader and filter by marking in SQL;
 * public reads return only published advisories marked TLP:CLEAR, so a draft can never leave here.
 */
public final class AdvisoryStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VERSION_COLUMNS = "advisory_id, revision, status, content_json, change_summary, author, "
            + "created_at, updated_at, submitted_at, decided_by, decided_at, decision_reason, published_by, published_at, "
            + "version_number";
    private static final String PUBLIC_WHERE = "a.published_version > 0 AND a.m_tlp = 'CLEAR' AND a.m_class = 0";

    private final Sql sql;

    public AdvisoryStore(Sql sql) {
        this.sql = sql;
    }

    public void insertAdvisory(String id, String trackingId, Instant createdAt, String createdBy, Marking marking) {
        List<Object> p = new ArrayList<>(List.of(id, trackingId, createdAt, createdBy));
        p.addAll(MarkingFilter.bind(marking));
        sql.update("INSERT INTO cyber_advisory (id, tracking_id, created_at, created_by, published_version, "
                + MarkingFilter.COLUMNS + ") VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?)", p.toArray());
    }

    /** How many tracking ids with this prefix exist: the next number is one more. */
    public long countTrackingIds(String prefix) {
        return sql.count("SELECT COUNT(*) FROM cyber_advisory WHERE tracking_id LIKE ?", prefix + "%");
    }

    public void insertVersion(AdvisoryVersion v) {
        sql.update("INSERT INTO cyber_advisory_version (" + VERSION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values(v).toArray());
    }

    /** Saves a version's changes; {@code expected} is the status it had when read, so that concurrent changes fail. */
    public boolean updateVersion(AdvisoryVersion v, VersionStatus expected) {
        List<Object> p = values(v);
        Object id = p.remove(0);
        Object revision = p.remove(0);
        p.add(id);
        p.add(revision);
        p.add(expected.name());
        return sql.update("UPDATE cyber_advisory_version SET status = ?, content_json = ?, change_summary = ?, author = ?, "
                + "created_at = ?, updated_at = ?, submitted_at = ?, decided_by = ?, decided_at = ?, decision_reason = ?, "
                + "published_by = ?, published_at = ?, version_number = ? WHERE advisory_id = ? AND revision = ? AND status = ?",
                p.toArray()) == 1;
    }

    private static List<Object> values(AdvisoryVersion v) {
        return new ArrayList<>(Arrays.asList(v.advisoryId(), v.revision(), v.status().name(), json(v.content()), v.changeSummary(),
                v.author(), v.createdAt(), v.updatedAt(), v.submittedAt().orElse(null), v.decidedBy().orElse(null),
                v.decidedAt().orElse(null), v.decisionReason().orElse(null), v.publishedBy().orElse(null),
                v.publishedAt().orElse(null), v.versionNumber().orElse(null)));
    }

    /** Records the published state of an advisory: the public copy, the CSAF document and the release dates. */
    public void markPublished(String id, int version, Instant initialRelease, Instant currentRelease, AdvisoryContent c,
                              String csafJson) {
        sql.update("UPDATE cyber_advisory SET published_version = ?, initial_release = ?, current_release = ?, title = ?, "
                        + "audience = ?, sectors = ?, lang = ?, csaf_json = ? WHERE id = ?",
                version, initialRelease, currentRelease, c.title(), c.audience().name(), sectorColumn(c.sectors()), c.lang(),
                csafJson, id);
    }

    public Optional<Advisory> find(Principal reader, String id) {
        SqlFragment where = MarkingFilter.readableBy(reader, "a").and(SqlFragment.of("a.id = ?", id));
        long visible = sql.count("SELECT COUNT(*) FROM cyber_advisory a WHERE " + where.sql(), where.paramArray());
        return visible == 0 ? Optional.empty() : Optional.of(load(id));
    }

    /** Advisories the reader may see, newest first; {@code status} filters on the latest version's status. */
    public List<Advisory> list(Principal reader, Optional<VersionStatus> status, int limit) {
        SqlFragment where = MarkingFilter.readableBy(reader, "a");
        if (status.isPresent()) {
            where = where.and(SqlFragment.of("EXISTS (SELECT 1 FROM cyber_advisory_version v WHERE v.advisory_id = a.id AND v.status = ?"
                    + " AND v.revision = (SELECT MAX(w.revision) FROM cyber_advisory_version w WHERE w.advisory_id = a.id))",
                    status.get().name()));
        }
        List<String> ids = sql.query("SELECT a.id FROM cyber_advisory a WHERE " + where.sql()
                + " ORDER BY a.created_at DESC, a.id DESC FETCH FIRST " + limit + " ROWS ONLY", rs -> rs.getString(1), where.paramArray());
        return ids.stream().map(this::load).toList();
    }

    private Advisory load(String id) {
        List<AdvisoryVersion> versions = sql.query("SELECT " + VERSION_COLUMNS + " FROM cyber_advisory_version WHERE advisory_id = ?"
                + " ORDER BY revision", AdvisoryStore::version, id);
        return sql.queryOne("SELECT id, tracking_id, created_at, created_by, published_version, initial_release, current_release"
                        + " FROM cyber_advisory WHERE id = ?",
                rs -> new Advisory(rs.getString(1), rs.getString(2), Sql.instant(rs, "created_at"), rs.getString(4), rs.getInt(5),
                        Optional.ofNullable(Sql.instant(rs, "initial_release")), Optional.ofNullable(Sql.instant(rs, "current_release")),
                        versions), id).orElseThrow();
    }

    /** A published advisory by tracking id (case-insensitive), for the public. */
    public Optional<PublishedAdvisory> published(String trackingId) {
        return sql.queryOne("SELECT a.id FROM cyber_advisory a WHERE " + PUBLIC_WHERE + " AND UPPER(a.tracking_id) = UPPER(?)",
                rs -> rs.getString(1), trackingId).map(this::publishedById);
    }

    /** Published advisories, latest release first, optionally for one audience and one sector. */
    public List<PublishedAdvisory> published(Optional<Audience> audience, Optional<Sector> sector, int limit) {
        SqlFragment where = SqlFragment.of(PUBLIC_WHERE);
        if (audience.isPresent() && audience.get() != Audience.BOTH) {
            where = where.and(SqlFragment.of("a.audience IN (?, 'BOTH')", audience.get().name()));
        }
        if (sector.isPresent()) {
            where = where.and(SqlFragment.of("a.sectors LIKE ?", "%," + sector.get().name() + ",%"));
        }
        return sql.query("SELECT a.id FROM cyber_advisory a WHERE " + where.sql()
                        + " ORDER BY a.current_release DESC, a.id DESC FETCH FIRST " + limit + " ROWS ONLY",
                rs -> rs.getString(1), where.paramArray()).stream().map(this::publishedById).toList();
    }

    private PublishedAdvisory publishedById(String id) {
        List<AdvisoryVersion> versions = sql.query("SELECT " + VERSION_COLUMNS + " FROM cyber_advisory_version WHERE advisory_id = ?"
                + " AND status = 'PUBLISHED' ORDER BY version_number", AdvisoryStore::version, id);
        List<PublishedAdvisory.Revision> revisions = versions.stream()
                .map(v -> new PublishedAdvisory.Revision(v.versionNumber().orElseThrow(), v.publishedAt().orElseThrow(), v.changeSummary()))
                .toList();
        AdvisoryContent content = versions.getLast().content();
        return sql.queryOne("SELECT id, tracking_id, published_version, initial_release, current_release, csaf_json FROM cyber_advisory"
                        + " WHERE id = ?",
                rs -> new PublishedAdvisory(rs.getString(1), rs.getString(2), rs.getInt(3), content, Sql.instant(rs, "initial_release"),
                        Sql.instant(rs, "current_release"), revisions, rs.getString(6)), id).orElseThrow();
    }

    private static AdvisoryVersion version(ResultSet rs) throws SQLException {
        Object number = rs.getObject("version_number");
        return new AdvisoryVersion(rs.getString("advisory_id"), rs.getInt("revision"), VersionStatus.valueOf(rs.getString("status")),
                content(rs.getString("content_json")), rs.getString("change_summary"), rs.getString("author"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), Optional.ofNullable(Sql.instant(rs, "submitted_at")),
                Optional.ofNullable(rs.getString("decided_by")), Optional.ofNullable(Sql.instant(rs, "decided_at")),
                Optional.ofNullable(rs.getString("decision_reason")), Optional.ofNullable(rs.getString("published_by")),
                Optional.ofNullable(Sql.instant(rs, "published_at")),
                number == null ? Optional.empty() : Optional.of(((Number) number).intValue()));
    }

    static String json(AdvisoryContent c) {
        return JSON.writeValueAsString(c);
    }

    static AdvisoryContent content(String json) {
        return JSON.readValue(json, AdvisoryContent.class);
    }

    /** Sectors as ",A,B," so that LIKE '%,A,%' finds one. */
    static String sectorColumn(Set<Sector> sectors) {
        return "," + sectors.stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + ",";
    }

    static Set<Sector> sectors(String column) {
        EnumSet<Sector> out = EnumSet.noneOf(Sector.class);
        for (String s : column.split(",")) {
            if (!s.isBlank()) {
                out.add(Sector.valueOf(s));
            }
        }
        return out;
    }
}
