package org.issa.passenger.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.error.Require;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.core.tx.Transactions;

/**
 * Approvals to show depersonalised PNR data in full (Art 12(3)): a supervisor records the duly reasoned request, the
 * grounds, and the approving judicial or competent authority with its reference; the DPO is notified of the approval
 * and of every use of it. The vault is read only through {@link #vaultOf}, which requires a valid approval.
 */
public final class Disclosures {

    /** The longest an approval may stay open. */
    public static final Duration MAX_VALIDITY = Duration.ofDays(90);

    private final Sql sql;
    private final Vault vault;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public Disclosures(Sql sql, AuditLog audit, Transactions tx, Clock clock, Vault vault) {
        this.vault = vault;
        this.sql = sql;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Records an approval; only supervisors, only for a booking the supervisor may read that has depersonalised versions. */
    public Disclosure approve(Principal p, String bookingId, String requestReference, String grounds, String approvingAuthority,
                              String approvalReference, Duration validity) {
        if (!p.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("only a supervisor records an approval to disclose depersonalised data");
        }
        String request = Require.text("requestReference", requestReference, 200);
        String why = Require.text("grounds", grounds, 2000);
        String authority = Require.text("approvingAuthority", approvingAuthority, 200);
        String approval = Require.text("approvalReference", approvalReference, 200);
        if (validity == null || validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new InvalidInputException("validDays", "an approval is valid for 1 to " + MAX_VALIDITY.toDays() + " days");
        }
        return tx.inTransaction(() -> {
            SqlFragment where = MarkingFilter.readableBy(p, "b").and(SqlFragment.of("b.id = ?", bookingId));
            if (sql.count("SELECT COUNT(*) FROM pnr_booking b WHERE " + where.sql(), where.paramArray()) == 0) {
                throw new NotFoundException("booking", bookingId);
            }
            if (sql.count("SELECT COUNT(*) FROM pnr_booking_version WHERE booking_id = ? AND depersonalised_at IS NOT NULL", bookingId) == 0) {
                throw new InvalidInputException("bookingId", "this booking is not depersonalised: its data are shown without an approval");
            }
            Instant now = clock.instant();
            Disclosure d = new Disclosure(UUID.randomUUID().toString(), bookingId, p.username(), now, request, why, authority, approval,
                    now.plus(validity));
            sql.update("INSERT INTO pnr_disclosure (id, booking_id, requested_by, recorded_at, request_reference, grounds, approving_authority,"
                            + " approval_reference, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", d.id(), bookingId, d.requestedBy(), now,
                    request, why, authority, approval, d.validUntil());
            String summary = "approval " + approval + " by " + authority + " for request " + request + ", valid until " + d.validUntil();
            notice(DpoNotice.APPROVED, bookingId, summary, p.username(), now);
            audit.record(AuditEvent.write(p.username(), "passenger.disclosure.approve", "pnr_booking", bookingId, summary));
            return d;
        });
    }

    /** The approvals recorded for a booking, newest first. */
    public List<Disclosure> of(String bookingId) {
        return sql.query("SELECT * FROM pnr_disclosure WHERE booking_id = ? ORDER BY recorded_at DESC", Disclosures::disclosure, bookingId);
    }

    /** The approval valid now for the booking, if any. */
    public Optional<Disclosure> valid(String bookingId) {
        Instant now = clock.instant();
        return of(bookingId).stream().filter(d -> d.validAt(now)).findFirst();
    }

    /**
     * The full content the vault keeps for a depersonalised version, under the approval valid now; the use is audited with
     * the purpose and notified to the DPO, in the caller's transaction.
     */
    public Optional<String> vaultOf(Principal p, String bookingId, String versionId, String purpose) {
        return vaultOf(p, bookingId, "VERSION", versionId, purpose);
    }

    /**
     * The full content the vault keeps for a depersonalised record of a booking ({@code VERSION}: a booking version;
     * {@code HIT}: a review hit raised on it), under the approval of the booking valid now; the use is audited with the
     * purpose and notified to the DPO, in the caller's transaction.
     */
    public Optional<String> vaultOf(Principal p, String bookingId, String subjectType, String subjectId, String purpose) {
        Disclosure d = valid(bookingId).orElseThrow(() -> new ForbiddenException(
                "this booking is depersonalised: showing it in full needs an approval recorded under Art 12(3)"));
        Optional<String> content = vault.open(subjectType, subjectId);
        if (content.isPresent()) {
            Instant now = clock.instant();
            String what = "VERSION".equals(subjectType) ? "version " : "review hit ";
            notice(DpoNotice.USED, bookingId, "depersonalised " + ("VERSION".equals(subjectType) ? what : what + subjectId + " ")
                    + "shown in full by " + p.username() + " under approval "
                    + d.approvalReference() + " (" + d.approvingAuthority() + ")", p.username(), now);
            audit.record(new AuditEvent(p.username(), "passenger.disclosure.use", "pnr_booking", bookingId, purpose,
                    what + subjectId + " shown in full under approval " + d.approvalReference()));
        }
        return content;
    }

    /** Notices for the DPO, newest first; {@code unacknowledgedOnly} for the ones not yet seen. */
    public List<DpoNotice> notices(boolean unacknowledgedOnly, int limit) {
        return sql.query("SELECT * FROM pnr_dpo_notice" + (unacknowledgedOnly ? " WHERE acknowledged_at IS NULL" : "")
                + " ORDER BY created_at DESC, id DESC FETCH FIRST " + Math.max(1, Math.min(limit, 500)) + " ROWS ONLY", Disclosures::notice);
    }

    /** The DPO acknowledges a notice (ex-post review done). */
    public void acknowledge(Principal p, String noticeId) {
        if (!p.has(Role.DPO)) {
            throw new ForbiddenException("only the data protection officer acknowledges these notices");
        }
        tx.run(() -> {
            Instant now = clock.instant();
            if (sql.update("UPDATE pnr_dpo_notice SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL",
                    p.username(), now, noticeId) == 0) {
                throw new NotFoundException("unacknowledged notice", noticeId);
            }
            audit.record(AuditEvent.write(p.username(), "passenger.dpo.acknowledge", "pnr_dpo_notice", noticeId, "notice acknowledged"));
        });
    }

    private void notice(String kind, String bookingId, String summary, String actor, Instant now) {
        sql.update("INSERT INTO pnr_dpo_notice (id, kind, subject_type, subject_id, summary, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), kind, "pnr_booking", bookingId, summary.length() > 2000 ? summary.substring(0, 2000) : summary,
                actor, now);
    }

    private static Disclosure disclosure(ResultSet rs) throws SQLException {
        return new Disclosure(rs.getString("id"), rs.getString("booking_id"), rs.getString("requested_by"), Sql.instant(rs, "recorded_at"),
                rs.getString("request_reference"), rs.getString("grounds"), rs.getString("approving_authority"),
                rs.getString("approval_reference"), Sql.instant(rs, "valid_until"));
    }

    private static DpoNotice notice(ResultSet rs) throws SQLException {
        return new DpoNotice(rs.getString("id"), rs.getString("kind"), rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getString("summary"), rs.getString("actor"), Sql.instant(rs, "created_at"),
                Optional.ofNullable(rs.getString("acknowledged_by")), Optional.ofNullable(Sql.instant(rs, "acknowledged_at")));
    }
}
