package org.issa.passenger.criteria;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;

/** Stores criteria, their versions and backtests. Reads of criteria take the reader and filter by marking in SQL. */
public final class CriteriaStore {

    private static final String CRITERION_COLUMNS = "id, name, owner, created_by, created_at, latest_version, active_version, retired, "
            + MarkingFilter.COLUMNS;
    private static final String VERSION_COLUMNS = "criterion_id, version, expression, justification, review_date, priority, status, "
            + "author, created_at, approved_by, approved_at, approval_note, activated_by, activated_at, retired_by, retired_at";

    private final Sql sql;

    public CriteriaStore(Sql sql) {
        this.sql = sql;
    }

    void insert(Criterion c) {
        List<Object> p = new ArrayList<>(List.of(c.id(), c.name(), c.owner(), c.createdBy(), c.createdAt(), c.latestVersion()));
        p.add(c.activeVersion().orElse(null));
        p.add(c.retired());
        p.addAll(MarkingFilter.bind(c.marking()));
        sql.update("INSERT INTO pnr_criterion (" + CRITERION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.toArray());
    }

    void insert(CriterionVersion v) {
        sql.update("INSERT INTO pnr_criterion_version (" + VERSION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                v.criterionId(), v.version(), v.expression(), v.justification(), v.reviewDate(), v.priority(), v.status().name(),
                v.author(), v.createdAt(), v.approvedBy().orElse(null), v.approvedAt().orElse(null), v.approvalNote().orElse(null),
                v.activatedBy().orElse(null), v.activatedAt().orElse(null), v.retiredBy().orElse(null), v.retiredAt().orElse(null));
    }

    /** Moves the latest version on, only if it is still {@code expectedLatest}; false when someone else edited first. */
    boolean advanceLatest(String id, int expectedLatest, int next) {
        return sql.update("UPDATE pnr_criterion SET latest_version = ? WHERE id = ? AND latest_version = ?", next, id, expectedLatest) == 1;
    }

    void setActive(String id, Optional<Integer> version, boolean retired) {
        sql.update("UPDATE pnr_criterion SET active_version = ?, retired = ? WHERE id = ?", version.orElse(null), retired, id);
    }

    /** Changes a version's status only from {@code from}; false when it was no longer in that status. */
    boolean approve(String id, int version, String by, Instant at, String note) {
        return sql.update("UPDATE pnr_criterion_version SET status = 'APPROVED', approved_by = ?, approved_at = ?, approval_note = ? "
                + "WHERE criterion_id = ? AND version = ? AND status = 'DRAFT'", by, at, note, id, version) == 1;
    }

    boolean activate(String id, int version, String by, Instant at) {
        return sql.update("UPDATE pnr_criterion_version SET status = 'ACTIVE', activated_by = ?, activated_at = ? "
                + "WHERE criterion_id = ? AND version = ? AND status = 'APPROVED'", by, at, id, version) == 1;
    }

    int retireActive(String id, String by, Instant at) {
        return sql.update("UPDATE pnr_criterion_version SET status = 'RETIRED', retired_by = ?, retired_at = ? "
                + "WHERE criterion_id = ? AND status = 'ACTIVE'", by, at, id);
    }

    int supersedePending(String id, int before) {
        return sql.update("UPDATE pnr_criterion_version SET status = 'SUPERSEDED' WHERE criterion_id = ? AND version < ? "
                + "AND status IN ('DRAFT', 'APPROVED')", id, before);
    }

    public Optional<Criterion> criterion(Principal reader, String id) {
        SqlFragment where = MarkingFilter.readableBy(reader, "c").and(SqlFragment.of("c.id = ?", id));
        return sql.queryOne("SELECT " + CRITERION_COLUMNS + " FROM pnr_criterion c WHERE " + where.sql(), CriteriaStore::criterion,
                where.paramArray());
    }

    /** Criteria the reader may see, by name then id, after the key {@code name|id} of the previous page. */
    public List<Criterion> criteria(Principal reader, String after, int limit) {
        SqlFragment where = MarkingFilter.readableBy(reader, "c");
        if (!after.isEmpty()) {
            String[] k = after.split("\\|", 2);
            if (k.length != 2) {
                throw new org.issa.core.error.InvalidInputException("cursor", "cursor is not one this server issued");
            }
            where = where.and(SqlFragment.of("(c.name > ? OR (c.name = ? AND c.id > ?))", k[0], k[0], k[1]));
        }
        return sql.query("SELECT " + CRITERION_COLUMNS + " FROM pnr_criterion c WHERE " + where.sql()
                + " ORDER BY c.name, c.id FETCH FIRST " + limit + " ROWS ONLY", CriteriaStore::criterion, where.paramArray());
    }

    public static String keyOf(Criterion c) {
        return c.name() + "|" + c.id();
    }

    /** The versions of a criterion, newest first (the caller has checked the criterion is readable). */
    public List<CriterionVersion> versions(String criterionId) {
        return sql.query("SELECT " + VERSION_COLUMNS + " FROM pnr_criterion_version WHERE criterion_id = ? ORDER BY version DESC",
                CriteriaStore::version, criterionId);
    }

    public Optional<CriterionVersion> version(String criterionId, int version) {
        return sql.queryOne("SELECT " + VERSION_COLUMNS + " FROM pnr_criterion_version WHERE criterion_id = ? AND version = ?",
                CriteriaStore::version, criterionId, version);
    }

    /** Every version in force, with its criterion, for the evaluator (which runs for the system, not for a reader). */
    public List<ActiveCriterion> active() {
        return sql.query("SELECT c.id, c.name, c.owner, c.created_by, c.created_at, c.latest_version, c.active_version, c.retired, "
                        + "c.m_class, c.m_tlp, c.m_rel, c.m_orig, c.m_flags, v.criterion_id, v.version, v.expression, v.justification, "
                        + "v.review_date, v.priority, v.status, v.author, v.created_at, v.approved_by, v.approved_at, v.approval_note, "
                        + "v.activated_by, v.activated_at, v.retired_by, v.retired_at FROM pnr_criterion c "
                        + "JOIN pnr_criterion_version v ON v.criterion_id = c.id AND v.version = c.active_version "
                        + "WHERE v.status = 'ACTIVE' ORDER BY v.priority, c.name, c.id",
                rs -> new ActiveCriterion(criterion(rs), version(rs, 14)));
    }

    void insert(BacktestRecord b) {
        sql.update("INSERT INTO pnr_criterion_backtest (id, criterion_id, version, period_from, period_to, bookings, passengers, hits, "
                        + "undecided, seconds, per_day, run_by, run_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                b.id(), b.criterionId(), b.version(), b.from(), b.to(), b.bookings(), b.passengers(), b.hits(), b.undecided(),
                b.seconds(), b.perDayJson(), b.runBy(), b.runAt());
    }

    public List<BacktestRecord> backtests(String criterionId, int limit) {
        return sql.query("SELECT id, criterion_id, version, period_from, period_to, bookings, passengers, hits, undecided, seconds, "
                        + "per_day, run_by, run_at FROM pnr_criterion_backtest WHERE criterion_id = ? ORDER BY run_at DESC, id DESC "
                        + "FETCH FIRST " + limit + " ROWS ONLY",
                rs -> new BacktestRecord(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getDouble(10),
                        rs.getString(11), rs.getString(12), Sql.instant(rs, "run_at")), criterionId);
    }

    private static Criterion criterion(ResultSet rs) throws SQLException {
        int active = rs.getInt("active_version");
        Optional<Integer> activeVersion = rs.wasNull() ? Optional.empty() : Optional.of(active);
        return new Criterion(rs.getString("id"), rs.getString("name"), rs.getString("owner"), rs.getString("created_by"),
                Sql.instant(rs, "created_at"), rs.getInt("latest_version"), activeVersion, rs.getBoolean("retired"),
                MarkingFilter.read(rs));
    }

    private static CriterionVersion version(ResultSet rs) throws SQLException {
        return version(rs, 1);
    }

    /** Reads the version columns starting at column {@code i} (in {@link #VERSION_COLUMNS} order). */
    private static CriterionVersion version(ResultSet rs, int i) throws SQLException {
        return new CriterionVersion(rs.getString(i), rs.getInt(i + 1), rs.getString(i + 2), rs.getString(i + 3),
                rs.getObject(i + 4, LocalDate.class), rs.getInt(i + 5), VersionStatus.valueOf(rs.getString(i + 6)), rs.getString(i + 7),
                instant(rs, i + 8), Optional.ofNullable(rs.getString(i + 9)), Optional.ofNullable(instant(rs, i + 10)),
                Optional.ofNullable(rs.getString(i + 11)), Optional.ofNullable(rs.getString(i + 12)),
                Optional.ofNullable(instant(rs, i + 13)), Optional.ofNullable(rs.getString(i + 14)),
                Optional.ofNullable(instant(rs, i + 15)));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        java.time.OffsetDateTime t = rs.getObject(column, java.time.OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** A version in force and its criterion. */
    public record ActiveCriterion(Criterion criterion, CriterionVersion version) {
    }
}
