package org.issa.finance.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.marking.Marking;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.paging.Cursor;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.core.tx.Transactions;
import org.issa.finance.typology.AccountAlert;
import org.issa.finance.typology.Finding;
import org.issa.finance.typology.TypologyConfig;
import org.issa.finance.typology.TypologyScan;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The typology alerts: raised by a scan (a supervisor's act), read under the reader's marking (applied
 * in the SQL), decided by an analyst or supervisor (dismissed with a reason, or escalated with a case
 * reference). Every write and every read is audited in the same transaction.
 *
 * <p>A scan raises one alert per flagged account: an account with an OPEN alert has it refreshed
 * (new score and evidence); an account whose last alert was decided gets a new one only when its
 * score now exceeds the decided one's, so a dismissal is not undone by the next scan alone.
 */
public final class TypologyAlerts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() { };
    private static final String COLUMNS = "id, scan_id, account, account_name, score, typologies, evidence, config_version, status, raised_at,"
            + " decided_by, decided_at, reason, case_reference, " + MarkingFilter.COLUMNS;

    private final Sql sql;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public TypologyAlerts(Sql sql, AuditLog audit, Transactions tx, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Stores a scan's flagged accounts as alerts under the marking; a supervisor's act. */
    public ScanRecord raise(Principal by, TypologyConfig config, TypologyScan.Result result, Marking marking) {
        if (!by.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("running a typology scan that raises alerts needs the SUPERVISOR role");
        }
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
            sql.update("INSERT INTO fin_typology_scan (config_version, config_json, run_by, run_at, payments, accounts, flagged, raised,"
                    + " refreshed, millis) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?)", config.version(), config.toJson(), by.username(), now,
                    result.payments(), result.accounts(), result.flagged().size(), result.millis());
            long scanId = sql.queryOne("SELECT MAX(id) FROM fin_typology_scan WHERE run_by = ? AND run_at = ?", rs -> rs.getLong(1),
                    by.username(), now).orElseThrow();
            int raised = 0;
            int refreshed = 0;
            for (AccountAlert a : result.flagged()) {
                String evidence = JSON.writeValueAsString(a.findings());
                String typologies = String.join(",", a.typologies());
                if (typologies.length() > 1000) {
                    typologies = typologies.substring(0, 1000);
                }
                Optional<long[]> open = sql.queryOne("SELECT id FROM fin_typology_alert WHERE account = ? AND status = ?",
                        rs -> new long[] {rs.getLong(1)}, a.account(), StoredAlert.OPEN);
                if (open.isPresent()) {
                    sql.update("UPDATE fin_typology_alert SET scan_id = ?, score = ?, typologies = ?, evidence = ?, config_version = ?,"
                            + " raised_at = ? WHERE id = ?", scanId, a.score(), typologies, evidence, config.version(), now, open.get()[0]);
                    refreshed++;
                    continue;
                }
                double decided = sql.queryOne("SELECT COUNT(*), MAX(score) FROM fin_typology_alert WHERE account = ?",
                        rs -> rs.getLong(1) == 0 ? -1.0 : rs.getDouble(2), a.account()).orElse(-1.0);
                if (decided >= a.score()) {
                    continue;
                }
                List<Object> params = new ArrayList<>(List.of(scanId, a.account(), cut(a.name(), 300), a.score(), typologies, evidence,
                        config.version(), StoredAlert.OPEN, now));
                params.addAll(MarkingFilter.bind(marking));
                sql.update("INSERT INTO fin_typology_alert (scan_id, account, account_name, score, typologies, evidence, config_version,"
                        + " status, raised_at, " + MarkingFilter.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        params.toArray());
                raised++;
            }
            sql.update("UPDATE fin_typology_scan SET raised = ?, refreshed = ? WHERE id = ?", raised, refreshed, scanId);
            audit.record(AuditEvent.write(by.username(), "finance.alerts.scan", "typology_scan", Long.toString(scanId),
                    "configuration " + config.version() + " over " + result.payments() + " payments: " + result.flagged().size()
                            + " flagged, " + raised + " raised, " + refreshed + " refreshed; marking " + marking.banner()));
            return new ScanRecord(scanId, config.version(), by.username(), now, result.payments(), result.accounts(),
                    result.flagged().size(), raised, refreshed, result.millis());
        });
    }

    /** Alerts the reader may see, highest score first; {@code status} empty for all. Audited. */
    public Page<StoredAlert> list(Principal reader, Optional<String> status, Integer size, Optional<String> cursor) {
        requireReader(reader);
        int n = Cursor.size(size, 50);
        SqlFragment m = MarkingFilter.readableBy(reader, "");
        StringBuilder q = new StringBuilder("SELECT " + COLUMNS + " FROM fin_typology_alert WHERE " + m.sql());
        List<Object> params = new ArrayList<>(m.params());
        if (status.isPresent()) {
            q.append(" AND status = ?");
            params.add(status(status.get()));
        }
        if (cursor.isPresent()) {
            String[] k = Cursor.decode(cursor.get()).split("\\|", 2);
            try {
                double score = Double.parseDouble(k[0]);
                long id = Long.parseLong(k[1]);
                q.append(" AND (score < ? OR (score = ? AND id > ?))");
                params.addAll(List.of(score, score, id));
            } catch (RuntimeException e) {
                throw new InvalidInputException("cursor", "the cursor is not one this list gave");
            }
        }
        q.append(" ORDER BY score DESC, id LIMIT ").append(n + 1);
        return tx.inTransaction(() -> {
            List<StoredAlert> rows = sql.query(q.toString(), this::row, params.toArray());
            audit.record(new AuditEvent(reader.username(), "finance.alerts.list", "typology_alert", "-", "",
                    "status " + status.orElse("any") + ": " + Math.min(rows.size(), n) + " alerts read"));
            return Page.of(rows, n, a -> a.score() + "|" + a.id());
        });
    }

    /** One alert, if the reader may see it. Audited. */
    public Optional<StoredAlert> one(Principal reader, long id) {
        requireReader(reader);
        return tx.inTransaction(() -> {
            Optional<StoredAlert> a = fetch(reader, id);
            a.ifPresent(x -> audit.record(new AuditEvent(reader.username(), "finance.alerts.read", "typology_alert", Long.toString(id), "",
                    "account " + x.account())));
            return a;
        });
    }

    /**
     * A human decision on an OPEN alert: {@code dismiss} needs a reason, {@code escalate} a case reference
     * (and may give a reason). Analyst or supervisor; the alert must be visible to them.
     */
    public StoredAlert decide(Principal by, long id, String decision, String reason, String caseReference) {
        if (!by.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new ForbiddenException("deciding a typology alert needs the ANALYST or SUPERVISOR role");
        }
        String d = decision == null ? "" : decision.strip().toLowerCase(Locale.ROOT);
        String r = reason == null ? "" : reason.strip();
        String c = caseReference == null ? "" : caseReference.strip();
        String status = switch (d) {
            case "dismiss" -> {
                if (r.length() < 5) {
                    throw new InvalidInputException("reason", "a dismissal needs a reason (at least 5 characters)");
                }
                yield StoredAlert.DISMISSED;
            }
            case "escalate" -> {
                if (c.isEmpty()) {
                    throw new InvalidInputException("caseReference", "an escalation needs the case reference");
                }
                yield StoredAlert.ESCALATED;
            }
            default -> throw new InvalidInputException("decision", "decision must be dismiss or escalate, not '" + decision + "'");
        };
        if (r.length() > 2000 || c.length() > 100) {
            throw new InvalidInputException(r.length() > 2000 ? "reason" : "caseReference", "too long");
        }
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
            StoredAlert a = fetch(by, id).orElseThrow(() -> new NotFoundException("typology alert", Long.toString(id)));
            if (!a.status().equals(StoredAlert.OPEN)) {
                throw new ConflictException("typology alert " + id + " was already decided (" + a.status().toLowerCase(Locale.ROOT) + ")");
            }
            SqlFragment m = MarkingFilter.readableBy(by, "");
            List<Object> params = new ArrayList<>(Arrays.asList(status, by.username(), now, r.isEmpty() ? null : r, c.isEmpty() ? null : c,
                    id, StoredAlert.OPEN));
            params.addAll(m.params());
            int n = sql.update("UPDATE fin_typology_alert SET status = ?, decided_by = ?, decided_at = ?, reason = ?, case_reference = ?"
                    + " WHERE id = ? AND status = ? AND " + m.sql(), params.toArray());
            if (n != 1) {
                throw new ConflictException("typology alert " + id + " was decided meanwhile");
            }
            audit.record(AuditEvent.write(by.username(), "finance.alerts." + d, "typology_alert", Long.toString(id),
                    "account " + a.account() + (c.isEmpty() ? "" : ", case " + c) + (r.isEmpty() ? "" : ": " + r)));
            return fetch(by, id).orElseThrow();
        });
    }

    private Optional<StoredAlert> fetch(Principal reader, long id) {
        SqlFragment m = MarkingFilter.readableBy(reader, "");
        List<Object> params = new ArrayList<>(List.of(id));
        params.addAll(m.params());
        List<StoredAlert> rows = sql.query("SELECT " + COLUMNS + " FROM fin_typology_alert WHERE id = ? AND " + m.sql(), this::row,
                params.toArray());
        return rows.stream().findFirst();
    }

    private static void requireReader(Principal p) {
        if (!p.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new ForbiddenException("typology alerts are for analysts and supervisors");
        }
    }

    private static String status(String s) {
        String u = s.strip().toUpperCase(Locale.ROOT);
        if (!List.of(StoredAlert.OPEN, StoredAlert.DISMISSED, StoredAlert.ESCALATED).contains(u)) {
            throw new InvalidInputException("status", "status must be open, dismissed or escalated, not '" + s + "'");
        }
        return u;
    }

    private static String cut(String s, int n) {
        return s.length() > n ? s.substring(0, n) : s;
    }

    private StoredAlert row(ResultSet rs) throws SQLException {
        List<Finding> findings = JSON.readValue(rs.getString("evidence"), FINDINGS);
        String t = rs.getString("typologies");
        return new StoredAlert(rs.getLong("id"), rs.getLong("scan_id"), rs.getString("account"), rs.getString("account_name"),
                rs.getDouble("score"), t.isEmpty() ? List.of() : Arrays.asList(t.split(",")), findings, rs.getString("config_version"),
                rs.getString("status"), Sql.instant(rs, "raised_at"), Optional.ofNullable(rs.getString("decided_by")),
                Optional.ofNullable(Sql.instant(rs, "decided_at")), Optional.ofNullable(rs.getString("reason")),
                Optional.ofNullable(rs.getString("case_reference")), MarkingFilter.read(rs));
    }
}
