package org.issa.strategy.progress;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;

/** Stores status, updates and indicator values. Every read takes the reader and filters by marking in SQL. */
public final class ProgressStore {

    private static final String UPDATE_COLUMNS = "id, action_code, at, author, body, status_after, " + MarkingFilter.COLUMNS;
    private static final String VALUE_COLUMNS = "id, indicator_code, ref_date, amount, source, author, recorded_at, "
            + MarkingFilter.COLUMNS;

    private final Sql sql;

    public ProgressStore(Sql sql) {
        this.sql = sql;
    }

    /** The current status of every action that has one. */
    public Map<String, ActionStatus> statuses() {
        Map<String, ActionStatus> out = new HashMap<>();
        sql.query("SELECT action_code, status FROM strategy_action_status",
                rs -> Map.entry(rs.getString(1), ActionStatus.valueOf(rs.getString(2)))).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public Optional<StatusRecord> status(String actionCode) {
        return sql.queryOne("SELECT action_code, status, changed_at, changed_by FROM strategy_action_status WHERE action_code = ?",
                rs -> new StatusRecord(rs.getString(1), ActionStatus.valueOf(rs.getString(2)), Sql.instant(rs, "changed_at"),
                        rs.getString(4)), actionCode);
    }

    /** Saves the current status and appends it to the history of changes. */
    public void saveStatus(StatusRecord s) {
        sql.update("INSERT INTO strategy_status_change (id, action_code, status, at, changed_by) VALUES (?, ?, ?, ?, ?)",
                java.util.UUID.randomUUID().toString(), s.actionCode(), s.status().name(), s.changedAt(), s.changedBy());
        int updated = sql.update("UPDATE strategy_action_status SET status = ?, changed_at = ?, changed_by = ? WHERE action_code = ?",
                s.status().name(), s.changedAt(), s.changedBy(), s.actionCode());
        if (updated == 0) {
            sql.update("INSERT INTO strategy_action_status (action_code, status, changed_at, changed_by) VALUES (?, ?, ?, ?)",
                    s.actionCode(), s.status().name(), s.changedAt(), s.changedBy());
        }
    }

    /** Where each action stood just before {@code until}: the last change before it, per action. */
    public Map<String, ActionStatus> statusesBefore(Instant until) {
        Map<String, ActionStatus> out = new HashMap<>();
        sql.query("SELECT action_code, status FROM strategy_status_change WHERE at < ? ORDER BY at, id",
                rs -> Map.entry(rs.getString(1), ActionStatus.valueOf(rs.getString(2))), until)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public void insert(ProgressUpdate u) {
        List<Object> p = new ArrayList<>(List.of(u.id(), u.actionCode(), u.at(), u.author(), u.body()));
        p.add(u.statusAfter().map(Enum::name).orElse(null));
        p.addAll(MarkingFilter.bind(u.marking()));
        sql.update("INSERT INTO strategy_progress_update (" + UPDATE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.toArray());
    }

    public void insert(IndicatorValue v) {
        List<Object> p = new ArrayList<>(List.of(v.id(), v.indicatorCode(), v.date(), v.value(), v.source(), v.author(),
                v.recordedAt()));
        p.addAll(MarkingFilter.bind(v.marking()));
        sql.update("INSERT INTO strategy_indicator_value (" + VALUE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.toArray());
    }

    /**
     * Updates the reader may see, newest first. Paged by (at, id): {@code after} is the key of the
     * last row of the previous page.
     */
    public List<ProgressUpdate> updates(Principal reader, UpdateQuery q, Optional<String> after, int limit) {
        SqlFragment where = MarkingFilter.readableBy(reader, "u");
        if (q.scope().isPresent()) {
            where = where.and(SqlFragment.of("(u.action_code = ? OR u.action_code LIKE ?)", q.scope().get(),
                    q.scope().get() + ".%"));
        }
        if (q.from().isPresent()) {
            where = where.and(SqlFragment.of("u.at >= ?", q.from().get()));
        }
        if (q.to().isPresent()) {
            where = where.and(SqlFragment.of("u.at < ?", q.to().get()));
        }
        if (q.text().isPresent()) {
            where = where.and(SqlFragment.of("LOWER(u.body) LIKE ? ESCAPE '!' AND u.m_flags NOT LIKE '%PERSONAL_DATA%'",
                    "%" + likeLiteral(q.text().get().toLowerCase(java.util.Locale.ROOT)) + "%"));
        }
        if (after.isPresent()) {
            where = where.and(afterKey(after.get()));
        }
        return sql.query("SELECT " + UPDATE_COLUMNS + " FROM strategy_progress_update u WHERE " + where.sql()
                + " ORDER BY u.at DESC, u.id DESC FETCH FIRST " + limit + " ROWS ONLY", ProgressStore::update, where.paramArray());
    }

    private static SqlFragment afterKey(String key) {
        String[] parts = key.split("\\|", 2);
        try {
            Instant at = Instant.parse(parts[0]);
            return SqlFragment.of("(u.at < ? OR (u.at = ? AND u.id < ?))", at, at, parts[1]);
        } catch (RuntimeException e) {
            throw new org.issa.core.error.InvalidInputException("cursor", "cursor is not one this server issued");
        }
    }

    /** A user's text as a LIKE literal: its wildcards and the escape character escaped with '!'. */
    static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The paging key of an update, for {@link #updates}' {@code after}. */
    public static String keyOf(ProgressUpdate u) {
        return u.at() + "|" + u.id();
    }

    public Optional<ProgressUpdate> update(Principal reader, String id) {
        SqlFragment where = MarkingFilter.readableBy(reader, "u").and(SqlFragment.of("u.id = ?", id));
        return sql.queryOne("SELECT " + UPDATE_COLUMNS + " FROM strategy_progress_update u WHERE " + where.sql(),
                ProgressStore::update, where.paramArray());
    }

    public long countUpdates(Principal reader) {
        SqlFragment where = MarkingFilter.readableBy(reader, "u");
        return sql.count("SELECT COUNT(*) FROM strategy_progress_update u WHERE " + where.sql(), where.paramArray());
    }

    /** Values of indicators whose code starts with {@code prefix} (an objective or action code), oldest first. */
    public List<IndicatorValue> values(Principal reader, String prefix, Optional<LocalDate> from, Optional<LocalDate> to) {
        SqlFragment where = MarkingFilter.readableBy(reader, "v")
                .and(SqlFragment.of("(v.indicator_code LIKE ? OR v.indicator_code LIKE ?)", prefix + ".%", prefix + "-%"));
        if (from.isPresent()) {
            where = where.and(SqlFragment.of("v.ref_date >= ?", from.get()));
        }
        if (to.isPresent()) {
            where = where.and(SqlFragment.of("v.ref_date < ?", to.get()));
        }
        return sql.query("SELECT " + VALUE_COLUMNS + " FROM strategy_indicator_value v WHERE " + where.sql()
                + " ORDER BY v.ref_date, v.recorded_at, v.id", ProgressStore::value, where.paramArray());
    }

    private static ProgressUpdate update(ResultSet rs) throws SQLException {
        String status = rs.getString("status_after");
        return new ProgressUpdate(rs.getString("id"), rs.getString("action_code"), Sql.instant(rs, "at"),
                rs.getString("author"), rs.getString("body"),
                status == null ? Optional.empty() : Optional.of(ActionStatus.valueOf(status)), MarkingFilter.read(rs));
    }

    private static IndicatorValue value(ResultSet rs) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount").stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
        return new IndicatorValue(rs.getString("id"), rs.getString("indicator_code"),
                rs.getObject("ref_date", LocalDate.class), amount, rs.getString("source"), rs.getString("author"),
                Sql.instant(rs, "recorded_at"), MarkingFilter.read(rs));
    }
}
