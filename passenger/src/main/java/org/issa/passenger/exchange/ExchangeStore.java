package org.issa.passenger.exchange;

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

/** Requests and third-country transfers over JDBC, filtered by marking in every query that returns rows. */
public final class ExchangeStore {

    private static final String REQUEST_COLUMNS = "id, requester_kind, requester, requester_state, their_reference, channel_reference,"
            + " legal_basis, offence, reasoning, data_requested, depersonalised_data, urgency, received_by, received_at, due_at, status,"
            + " answered_by, answered_at, answer, approval_reference, " + MarkingFilter.COLUMNS;
    private static final String TRANSFER_COLUMNS = "id, country, recipient, case_reference, purpose, data_transferred,"
            + " necessary_for_purposes, recipient_competent, request_duly_reasoned, chapter_v_basis, chapter_v_reference,"
            + " onward_transfer_agreed, from_other_member_state, origin_state, origin_consent_reference, urgent_without_consent,"
            + " urgency_justification, depersonalised_data, approval_reference, transferred_by, transferred_at, dpo_acknowledged_by,"
            + " dpo_acknowledged_at, " + MarkingFilter.COLUMNS;

    private final Sql sql;

    public ExchangeStore(Sql sql) {
        this.sql = sql;
    }

    public void insert(InformationRequest r) {
        List<Object> v = new ArrayList<>(Arrays.asList(r.id(), r.requesterKind(), r.requester(), r.requesterState(), r.theirReference(),
                r.channelReference(), r.legalBasis(), r.offence(), r.reasoning(), r.dataRequested(), r.depersonalisedData(), r.urgency(),
                r.receivedBy(), r.receivedAt(), r.dueAt(), r.status(), r.receivedAt().toString().substring(0, 7)));
        v.addAll(MarkingFilter.bind(r.marking()));
        sql.update("INSERT INTO exchange_requests (id, requester_kind, requester, requester_state, their_reference, channel_reference,"
                + " legal_basis, offence, reasoning, data_requested, depersonalised_data, urgency, received_by, received_at, due_at, status,"
                + " stat_month, " + MarkingFilter.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                v.toArray());
    }

    /** Records the answer or refusal of an open request; false when it was no longer open. */
    public boolean close(String id, RequestStatus status, String by, Instant at, String answer, String approvalReference) {
        return sql.update("UPDATE exchange_requests SET status = ?, answered_by = ?, answered_at = ?, answer = ?, approval_reference = ?"
                + " WHERE id = ? AND status = 'RECEIVED'", status, by, at, answer, approvalReference, id) == 1;
    }

    public Optional<InformationRequest> request(Principal reader, String id) {
        SqlFragment where = MarkingFilter.readableBy(reader, "").and(SqlFragment.of("id = ?", id));
        return sql.queryOne("SELECT " + REQUEST_COLUMNS + " FROM exchange_requests WHERE " + where.sql(), ExchangeStore::request,
                where.paramArray());
    }

    /** Requests the reader may see: open ones first by due time, then answered ones newest first; optionally only overdue ones. */
    public List<InformationRequest> requests(Principal reader, Optional<RequestStatus> status, Optional<Instant> overdueAt, int limit) {
        SqlFragment where = MarkingFilter.readableBy(reader, "");
        if (status.isPresent()) {
            where = where.and(SqlFragment.of("status = ?", status.get().name()));
        }
        if (overdueAt.isPresent()) {
            where = where.and(SqlFragment.of("status = 'RECEIVED' AND due_at < ?", overdueAt.get()));
        }
        return sql.query("SELECT " + REQUEST_COLUMNS + " FROM exchange_requests WHERE " + where.sql()
                + " ORDER BY CASE WHEN status = 'RECEIVED' THEN 0 ELSE 1 END, due_at, id FETCH FIRST " + limit + " ROWS ONLY",
                ExchangeStore::request, where.paramArray());
    }

    public void insert(ThirdCountryTransfer t) {
        TransferRequest q = t.request();
        List<Object> v = new ArrayList<>(Arrays.asList(t.id(), q.country(), q.recipient(), q.caseReference(), q.purpose(),
                q.dataTransferred(), q.necessaryForPurposes(), q.recipientCompetent(), q.requestDulyReasoned(), q.chapterVBasis(),
                q.chapterVReference(), q.onwardTransferAgreed(), q.fromOtherMemberState(), q.originState(), q.originConsentReference(),
                q.urgentWithoutConsent(), q.urgencyJustification(), q.depersonalisedData(), q.approvalReference(), t.transferredBy(),
                t.transferredAt(), t.transferredAt().toString().substring(0, 7)));
        v.addAll(MarkingFilter.bind(t.marking()));
        sql.update("INSERT INTO third_country_transfers (id, country, recipient, case_reference, purpose, data_transferred,"
                + " necessary_for_purposes, recipient_competent, request_duly_reasoned, chapter_v_basis, chapter_v_reference,"
                + " onward_transfer_agreed, from_other_member_state, origin_state, origin_consent_reference, urgent_without_consent,"
                + " urgency_justification, depersonalised_data, approval_reference, transferred_by, transferred_at, stat_month, "
                + MarkingFilter.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                v.toArray());
    }

    public boolean acknowledge(String id, String by, Instant at) {
        return sql.update("UPDATE third_country_transfers SET dpo_acknowledged_by = ?, dpo_acknowledged_at = ? WHERE id = ?"
                + " AND dpo_acknowledged_by IS NULL", by, at, id) == 1;
    }

    public Optional<ThirdCountryTransfer> transfer(Principal reader, String id) {
        SqlFragment where = MarkingFilter.readableBy(reader, "").and(SqlFragment.of("id = ?", id));
        return sql.queryOne("SELECT " + TRANSFER_COLUMNS + " FROM third_country_transfers WHERE " + where.sql(), ExchangeStore::transfer,
                where.paramArray());
    }

    public List<ThirdCountryTransfer> transfers(Principal reader, boolean unacknowledgedOnly, int limit) {
        SqlFragment where = MarkingFilter.readableBy(reader, "");
        if (unacknowledgedOnly) {
            where = where.and(SqlFragment.of("dpo_acknowledged_by IS NULL"));
        }
        return sql.query("SELECT " + TRANSFER_COLUMNS + " FROM third_country_transfers WHERE " + where.sql()
                + " ORDER BY transferred_at DESC, id FETCH FIRST " + limit + " ROWS ONLY", ExchangeStore::transfer, where.paramArray());
    }

    private static InformationRequest request(ResultSet rs) throws SQLException {
        return new InformationRequest(rs.getString("id"), RequesterKind.valueOf(rs.getString("requester_kind")), rs.getString("requester"),
                rs.getString("requester_state"), rs.getString("their_reference"), rs.getString("channel_reference"),
                rs.getString("legal_basis"), rs.getString("offence"), rs.getString("reasoning"), rs.getString("data_requested"),
                rs.getBoolean("depersonalised_data"), Urgency.valueOf(rs.getString("urgency")), rs.getString("received_by"),
                Sql.instant(rs, "received_at"), Sql.instant(rs, "due_at"), RequestStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("answered_by")), Optional.ofNullable(Sql.instant(rs, "answered_at")),
                Optional.ofNullable(rs.getString("answer")), Optional.ofNullable(rs.getString("approval_reference")),
                MarkingFilter.read(rs));
    }

    private static ThirdCountryTransfer transfer(ResultSet rs) throws SQLException {
        TransferRequest q = new TransferRequest(rs.getString("country"), rs.getString("recipient"), rs.getString("case_reference"),
                rs.getString("purpose"), rs.getString("data_transferred"), rs.getBoolean("necessary_for_purposes"),
                rs.getBoolean("recipient_competent"), rs.getBoolean("request_duly_reasoned"),
                ChapterVBasis.valueOf(rs.getString("chapter_v_basis")), rs.getString("chapter_v_reference"),
                rs.getBoolean("onward_transfer_agreed"), rs.getBoolean("from_other_member_state"), rs.getString("origin_state"),
                rs.getString("origin_consent_reference"), rs.getBoolean("urgent_without_consent"), rs.getString("urgency_justification"),
                rs.getBoolean("depersonalised_data"), rs.getString("approval_reference"));
        return new ThirdCountryTransfer(rs.getString("id"), q, rs.getString("transferred_by"), Sql.instant(rs, "transferred_at"),
                Optional.ofNullable(rs.getString("dpo_acknowledged_by")), Optional.ofNullable(Sql.instant(rs, "dpo_acknowledged_at")),
                MarkingFilter.read(rs));
    }

}
