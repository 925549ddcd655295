package org.issa.cyber.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;

/** Providers, referrals and their history over JDBC; referral reads filter by marking in SQL. */
public final class ReferralStore {

    private static final String PROVIDER_COLUMNS = "id, name, country, contact_email, contact_url, notes, created_at, created_by";
    private static final String COLUMNS = "r.id, r.reference, r.provider_id, p.name AS provider_name, r.url, r.category, "
            + "r.content_type, r.legal_provision, r.member_state, r.explanation, r.due_hours, r.status, r.created_by, r.created_at, "
            + "r.approved_by, r.approval_reason, r.sent_at, r.acknowledged_at, r.resolved_at, r.decisions, r.response_note, "
            + "r.m_class, r.m_tlp, r.m_rel, r.m_orig, r.m_flags";
    private static final String FROM = " FROM cyber_referral r JOIN cyber_hosting_provider p ON p.id = r.provider_id";

    private final Sql sql;

    public ReferralStore(Sql sql) {
        this.sql = sql;
    }

    public void insert(HostingProvider p) {
        sql.update("INSERT INTO cyber_hosting_provider (" + PROVIDER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", p.id(), p.name(),
                p.country(), p.contactEmail(), p.contactUrl(), p.notes(), p.createdAt(), p.createdBy());
    }

    public void update(HostingProvider p) {
        sql.update("UPDATE cyber_hosting_provider SET name = ?, country = ?, contact_email = ?, contact_url = ?, notes = ? WHERE id = ?",
                p.name(), p.country(), p.contactEmail(), p.contactUrl(), p.notes(), p.id());
    }

    public List<HostingProvider> providers() {
        return sql.query("SELECT " + PROVIDER_COLUMNS + " FROM cyber_hosting_provider ORDER BY name", ReferralStore::provider);
    }

    public Optional<HostingProvider> provider(String id) {
        return sql.queryOne("SELECT " + PROVIDER_COLUMNS + " FROM cyber_hosting_provider WHERE id = ?", ReferralStore::provider, id);
    }

    public boolean providerNameTaken(String name, String exceptId) {
        return sql.count("SELECT COUNT(*) FROM cyber_hosting_provider WHERE LOWER(name) = LOWER(?) AND id <> ?", name, exceptId) > 0;
    }

    public long countReferences(String prefix) {
        return sql.count("SELECT COUNT(*) FROM cyber_referral WHERE reference LIKE ?", prefix + "%");
    }

    public void insert(Referral r) {
        List<Object> p = new ArrayList<>(Arrays.asList(r.id(), r.reference(), r.providerId(), r.url(), r.category(), r.contentType(),
                r.legalProvision(), r.memberState(), r.explanation(), r.dueHours(), r.status().name(), r.createdBy(), r.createdAt(),
                String.join(",", r.decisions()), r.responseNote()));
        p.addAll(MarkingFilter.bind(r.marking()));
        sql.update("INSERT INTO cyber_referral (id, reference, provider_id, url, category, content_type, legal_provision, member_state,"
                + " explanation, due_hours, status, created_by, created_at, decisions, response_note, " + MarkingFilter.COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.toArray());
    }

    /** Saves the workflow fields; fails (false) when the status changed since {@code expected} was read. */
    public boolean updateWorkflow(Referral r, ReferralStatus expected) {
        return sql.update("UPDATE cyber_referral SET status = ?, approved_by = ?, approval_reason = ?, sent_at = ?, acknowledged_at = ?,"
                        + " resolved_at = ?, decisions = ?, response_note = ? WHERE id = ? AND status = ?", r.status().name(),
                r.approvedBy().orElse(null), r.approvalReason().orElse(null), r.sentAt().orElse(null), r.acknowledgedAt().orElse(null),
                r.resolvedAt().orElse(null), String.join(",", r.decisions()), r.responseNote(), r.id(), expected.name()) == 1;
    }

    public void insert(ReferralEvent e) {
        long seq = sql.count("SELECT COUNT(*) FROM cyber_referral_event WHERE referral_id = ?", e.referralId()) + 1;
        sql.update("INSERT INTO cyber_referral_event (id, referral_id, seq, at, actor, from_status, to_status, note)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", e.id(), e.referralId(), seq, e.at(), e.actor(), e.from().name(), e.to().name(),
                e.note());
    }

    public List<ReferralEvent> events(String referralId) {
        return sql.query("SELECT id, referral_id, at, actor, from_status, to_status, note FROM cyber_referral_event WHERE referral_id = ?"
                        + " ORDER BY seq", rs -> new ReferralEvent(rs.getString(1), rs.getString(2), Sql.instant(rs, "at"),
                        rs.getString(4), ReferralStatus.valueOf(rs.getString(5)), ReferralStatus.valueOf(rs.getString(6)), rs.getString(7)),
                referralId);
    }

    public Optional<Referral> find(Principal reader, String id) {
        SqlFragment where = MarkingFilter.readableBy(reader, "r").and(SqlFragment.of("r.id = ?", id));
        return sql.queryOne("SELECT " + COLUMNS + FROM + " WHERE " + where.sql(), ReferralStore::referral, where.paramArray());
    }

    /** Referrals the reader may see, newest first, optionally of some statuses and one provider. */
    public List<Referral> list(Principal reader, List<ReferralStatus> statuses, Optional<String> providerId, int limit) {
        SqlFragment where = MarkingFilter.readableBy(reader, "r");
        if (!statuses.isEmpty()) {
            String marks = String.join(", ", java.util.Collections.nCopies(statuses.size(), "?"));
            where = where.and(new SqlFragment("r.status IN (" + marks + ")", statuses.stream().map(s -> (Object) s.name()).toList()));
        }
        if (providerId.isPresent()) {
            where = where.and(SqlFragment.of("r.provider_id = ?", providerId.get()));
        }
        return sql.query("SELECT " + COLUMNS + FROM + " WHERE " + where.sql() + " ORDER BY r.created_at DESC, r.id DESC FETCH FIRST "
                + limit + " ROWS ONLY", ReferralStore::referral, where.paramArray());
    }

    private static HostingProvider provider(ResultSet rs) throws SQLException {
        return new HostingProvider(rs.getString("id"), rs.getString("name"), rs.getString("country"), rs.getString("contact_email"),
                rs.getString("contact_url"), rs.getString("notes"), Sql.instant(rs, "created_at"), rs.getString("created_by"));
    }

    private static Referral referral(ResultSet rs) throws SQLException {
        String decisions = rs.getString("decisions");
        return new Referral(rs.getString("id"), rs.getString("reference"), rs.getString("provider_id"), rs.getString("provider_name"),
                rs.getString("url"), rs.getString("category"), rs.getString("content_type"), rs.getString("legal_provision"),
                rs.getString("member_state"), rs.getString("explanation"), rs.getInt("due_hours"),
                ReferralStatus.valueOf(rs.getString("status")), rs.getString("created_by"), Sql.instant(rs, "created_at"),
                Optional.ofNullable(rs.getString("approved_by")), Optional.ofNullable(rs.getString("approval_reason")),
                Optional.ofNullable(Sql.instant(rs, "sent_at")), Optional.ofNullable(Sql.instant(rs, "acknowledged_at")),
                Optional.ofNullable(Sql.instant(rs, "resolved_at")),
                decisions == null || decisions.isBlank() ? List.of() : List.of(decisions.split(",")), rs.getString("response_note"),
                MarkingFilter.read(rs));
    }

    static Instant now(java.time.Clock c) {
        return c.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
