package org.issa.passenger.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.sql.Sql;
import org.issa.passenger.criteria.CriteriaModel;
import org.issa.passenger.retention.Depersonalisation;
import org.issa.passenger.retention.Retention;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Review hits follow the retention of the PNR they were raised on (Art 12(2)-(4)); the retention job calls this in the
 * transaction of each message it depersonalises or deletes.
 *
 * <ul>
 * <li><b>Depersonalised</b> with the message: the passenger's name (and its search key), the matched entry's name (it
 * names the passenger as much as the passenger's own), the match evidence (names, dates of birth, documents compared),
 * in a criterion's explanation the values of the fields whose PNR items Art 12(2) masks (forms of payment, number of
 * travellers, traveller type), and the reviewers' free-text notes are replaced by {@link Depersonalisation#MASK}; the
 * full values move to the vault ({@code pnr_vault}, subject type {@code HIT}), which opens only under an Art 12(3)
 * approval of the booking ({@link ReviewDesk#hitInFull}). Kept: list, version, entry id, criterion and version, score,
 * priority, flight, route, dates, status, who decided and when.</li>
 * <li><b>Deleted</b> with the message: all of the above is erased (vault included), the record locator and entry id
 * too, and the passenger reference is replaced in hits, cases and assessments by a random token, the same for one
 * passenger on one flight: the Article 20 statistics (counts of passengers, hits, referrals by month and carrier) and
 * the DPO's record of who decided what and when survive without personal data.</li>
 * <li>Hits and assessments that came <b>without a stored PNR</b> (posted as JSON) follow the same periods counted from
 * when they were raised; there is no booking to approve their disclosure against, so their full values are not vaulted.</li>
 * </ul>
 */
public final class HitRetention implements Retention.Follower {

    /** What an erased text reads as. */
    public static final String ERASED = "(erased with the PNR at the end of retention, Art 12(4))";
    public static final String VAULT_TYPE = "HIT";

    /** Criteria fields whose PNR items Art 12(2) masks: (a) number of travellers and traveller type, (c) payment. */
    static final Set<String> MASKED_FIELDS = Set.of("booking.payment_forms", "booking.paid_cash", "booking.travellers",
            "passenger.co_travellers", "passenger.type", "passenger.with_infant");
    private static final List<Pattern> MASKED_VALUES = maskedValues();
    private static final Pattern FEATURE = Pattern.compile("^([^:]{1,80}): .*?( \\([-+0-9., ]+\\))?$");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** No stored message: none named, or one that is not (or no longer) in the store. */
    private static final String WITHOUT_PNR = "(h.pnr_message_id IS NULL OR NOT EXISTS (SELECT 1 FROM pnr_message m WHERE m.id = h.pnr_message_id))";

    private final Sql sql;
    private final org.issa.passenger.retention.Vault vault;
    private final AuditLog audit;

    public HitRetention(Sql sql, AuditLog audit, org.issa.passenger.retention.Vault vault) {
        this.vault = vault;
        this.sql = sql;
        this.audit = audit;
    }

    private record Row(String id, String source, String passengerName, String entryName, String explanation, String details,
                       String reviewNote, String decisionReason, String nameKey, String referralReason) {
    }

    @Override
    public int depersonalised(String messageId, Instant now) {
        List<Row> rows = rows("h.pnr_message_id = ? AND h.masked_at IS NULL", messageId);
        for (Row r : rows) {
            vault.seal(VAULT_TYPE, r.id(), vaultJson(r), now);
            mask(r, now);
        }
        if (!rows.isEmpty()) {
            audit.record(AuditEvent.write(Retention.ACTOR, "passenger.hit.depersonalise", "pnr_message", messageId, rows.size()
                    + " review hits depersonalised with their PNR message (Art 12(2)); full values sealed for Art 12(3) approvals"));
        }
        return rows.size();
    }

    @Override
    public int deleted(String messageId, Instant now) {
        List<String> hits = sql.query("SELECT id FROM review_hits WHERE pnr_message_id = ? AND erased_at IS NULL", rs -> rs.getString(1),
                messageId);
        List<String[]> subjects = sql.query("SELECT DISTINCT flight_key, passenger_ref FROM review_hits WHERE pnr_message_id = ?"
                + " AND erased_at IS NULL UNION SELECT DISTINCT flight_key, passenger_ref FROM passenger_assessments WHERE pnr_message_id = ?"
                + " AND erased_at IS NULL", rs -> new String[] {rs.getString(1), rs.getString(2)}, messageId, messageId);
        int n = erase(hits, subjects, now);
        if (n > 0) {
            audit.record(AuditEvent.write(Retention.ACTOR, "passenger.hit.erase", "pnr_message", messageId, hits.size()
                    + " review hits and " + subjects.size() + " assessed passengers erased with their PNR message (Art 12(4));"
                    + " counts for the Art 20 statistics kept without personal data"));
        }
        return hits.size();
    }

    @Override
    public int[] sweep(Instant maskingCutoff, Instant deletionCutoff, Instant now) {
        List<String> due = sql.query("SELECT h.id FROM review_hits h WHERE " + WITHOUT_PNR + " AND h.erased_at IS NULL AND h.raised_at < ?",
                rs -> rs.getString(1), deletionCutoff);
        List<String[]> subjects = sql.query("SELECT DISTINCT h.flight_key, h.passenger_ref FROM review_hits h WHERE " + WITHOUT_PNR
                + " AND h.erased_at IS NULL AND h.raised_at < ? UNION SELECT DISTINCT h.flight_key, h.passenger_ref FROM passenger_assessments h"
                + " WHERE " + WITHOUT_PNR + " AND h.erased_at IS NULL AND h.first_assessed_at < ?", rs -> new String[] {rs.getString(1),
                rs.getString(2)}, deletionCutoff, deletionCutoff);
        erase(due, subjects, now);
        List<Row> toMask = rows(WITHOUT_PNR + " AND h.masked_at IS NULL AND h.raised_at < ?", maskingCutoff);
        toMask.forEach(r -> mask(r, now));
        if (!due.isEmpty() || !subjects.isEmpty()) {
            audit.record(AuditEvent.write(Retention.ACTOR, "passenger.hit.erase", "passenger_hit", "without-pnr", due.size()
                    + " review hits and " + subjects.size() + " assessed passengers without a stored PNR erased at the end of retention"
                    + " (Art 12(4))"));
        }
        if (!toMask.isEmpty()) {
            audit.record(AuditEvent.write(Retention.ACTOR, "passenger.hit.depersonalise", "passenger_hit", "without-pnr", toMask.size()
                    + " review hits without a stored PNR depersonalised after the masking period (Art 12(2))"));
        }
        return new int[] {toMask.size(), due.size()};
    }

    /** The values the vault kept for a masked hit, laid over the masked hit. */
    static ReviewHit unsealed(ReviewHit masked, String vault) {
        JsonNode n = JSON.readTree(vault);
        String details = n.path("details").asString("");
        return new ReviewHit(masked.id(), masked.caseId(), masked.source(), masked.sourceId(), masked.sourceName(), masked.sourceVersion(),
                masked.entryId(), n.path("entryName").asString(""), masked.score(), masked.priority(), n.path("explanation").asString(""),
                details.isEmpty() ? List.of() : List.of(details.split("\n")), masked.flightKey(), masked.flightLabel(), masked.carrier(),
                masked.direction(), masked.flightTime(), masked.passengerRef(), n.path("passengerName").asString(""), masked.bookingRef(),
                masked.status(), masked.raisedAt(), masked.reviewedBy(), masked.reviewedAt(), text(n, "reviewNote"), masked.decidedBy(),
                masked.decidedAt(), text(n, "decisionReason"), masked.marking(), masked.pnrBookingId(), ReviewHit.Data.FULL);
    }

    private static Optional<String> text(JsonNode n, String field) {
        return n.hasNonNull(field) ? Optional.of(n.get(field).asString()) : Optional.empty();
    }

    private List<Row> rows(String where, Object... params) {
        return sql.query("SELECT h.id, h.source, h.passenger_name, h.entry_name, h.explanation, h.details, h.review_note, h.decision_reason,"
                + " h.name_key, r.reason FROM review_hits h LEFT JOIN review_referrals r ON r.hit_id = h.id WHERE " + where,
                rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)), params);
    }

    private void mask(Row r, Instant now) {
        boolean list = HitSource.WATCHLIST.name().equals(r.source());
        String explanation = list ? Depersonalisation.MASK : maskValues(r.explanation());
        List<String> details = new ArrayList<>();
        for (String line : r.details().isEmpty() ? List.<String>of() : List.of(r.details().split("\n"))) {
            details.add(list ? maskEvidence(line, r.entryName()) : maskValues(line));
        }
        sql.update("UPDATE review_hits SET passenger_name = ?, entry_name = ?, explanation = ?, details = ?, name_key = '',"
                + " review_note = CASE WHEN review_note IS NULL THEN NULL ELSE ? END,"
                + " decision_reason = CASE WHEN decision_reason IS NULL THEN NULL ELSE ? END, masked_at = ? WHERE id = ?",
                Depersonalisation.MASK, list ? Depersonalisation.MASK : r.entryName(), explanation, String.join("\n", details),
                Depersonalisation.MASK, Depersonalisation.MASK, now, r.id());
        sql.update("UPDATE review_referrals SET reason = ? WHERE hit_id = ?", Depersonalisation.MASK, r.id());
    }

    private int erase(List<String> hits, List<String[]> subjects, Instant now) {
        for (String[] s : new LinkedHashSet<>(subjects.stream().map(a -> a[0] + "\u0000" + a[1]).toList()).stream()
                .map(k -> k.split("\u0000", 2)).toList()) {
            String token = "erased-" + UUID.randomUUID();
            sql.update("UPDATE review_hits SET passenger_ref = ? WHERE flight_key = ? AND passenger_ref = ?", token, s[0], s[1]);
            sql.update("UPDATE review_cases SET passenger_ref = ?, closing_note = CASE WHEN closing_note IS NULL THEN NULL ELSE ? END"
                    + " WHERE flight_key = ? AND passenger_ref = ?", token, ERASED, s[0], s[1]);
            sql.update("UPDATE passenger_assessments SET passenger_ref = ?, booking_ref = '', erased_at = ? WHERE flight_key = ?"
                    + " AND passenger_ref = ?", token, now, s[0], s[1]);
        }
        for (String id : hits) {
            sql.update("DELETE FROM pnr_vault WHERE subject_type = ? AND subject_id = ?", VAULT_TYPE, id);
            sql.update("UPDATE review_hits SET passenger_name = '', entry_id = ?, entry_name = '', explanation = ?, details = '',"
                    + " booking_ref = '', name_key = '', review_note = CASE WHEN review_note IS NULL THEN NULL ELSE ? END,"
                    + " decision_reason = CASE WHEN decision_reason IS NULL THEN NULL ELSE ? END,"
                    + " masked_at = COALESCE(masked_at, ?), erased_at = ? WHERE id = ?", "erased-" + id, ERASED, ERASED, ERASED, now, now, id);
            sql.update("UPDATE review_referrals SET reason = ? WHERE hit_id = ?", ERASED, id);
        }
        return hits.size() + subjects.size();
    }

    private static String vaultJson(Row r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("passengerName", r.passengerName());
        n.put("entryName", r.entryName());
        n.put("explanation", r.explanation());
        n.put("details", r.details());
        n.put("nameKey", r.nameKey());
        if (r.reviewNote() != null) {
            n.put("reviewNote", r.reviewNote());
        }
        if (r.decisionReason() != null) {
            n.put("decisionReason", r.decisionReason());
        }
        if (r.referralReason() != null) {
            n.put("referralReason", r.referralReason());
        }
        return n.toString();
    }

    /** A feature line of a list match keeps its name and score, not the values compared: "name: *** (0.93, +0.50)". */
    static String maskEvidence(String line, String entryName) {
        if (line.startsWith("list ")) {
            return entryName.isEmpty() ? line : line.replace("(" + entryName + ")", "(" + Depersonalisation.MASK + ")");
        }
        Matcher m = FEATURE.matcher(line);
        if (!m.matches()) {
            return Depersonalisation.MASK;
        }
        return m.group(1) + ": " + Depersonalisation.MASK + (m.group(2) == null ? "" : m.group(2));
    }

    /** A criterion's explanation keeps every value except those of fields whose PNR items are masked. */
    static String maskValues(String text) {
        String out = text;
        for (Pattern p : MASKED_VALUES) {
            out = p.matcher(out).replaceAll(mr -> Matcher.quoteReplacement(mr.group(1) + Depersonalisation.MASK));
        }
        return out;
    }

    private static List<Pattern> maskedValues() {
        List<Pattern> out = new ArrayList<>();
        for (String f : MASKED_FIELDS) {
            String label = CriteriaModel.MODEL.field(f).orElseThrow(() -> new IllegalStateException("no criteria field " + f)).label();
            // "Label = value" up to the next value ("; ", ", Other label = "), a closing bracket or the final full stop.
            out.add(Pattern.compile("(" + Pattern.quote(label) + " = )(.*?)(?=; |, [^;=]{1,80} = |\\)|\\.$|$)"));
        }
        return List.copyOf(out);
    }
}
