package org.issa.app.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.issa.app.watchlist.SubjectJson;
import org.issa.app.watchlist.Watchlist;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.error.Require;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.core.tx.Transactions;
import org.issa.matching.model.Subject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batch screenings: the rows are stored with the job, which runs on a bounded executor with the
 * submitter's view of the lists; each row's candidates are stored and raised as hits for review.
 * Progress can be followed while it runs. The job is personal data and marked so.
 */
public final class Batches {

    private static final Logger LOG = LoggerFactory.getLogger(Batches.class);
    public static final String RECORD_TYPE = "screening_batch_row";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "b.id, b.submitted_by, b.submitted_at, b.purpose, b.list_ids, b.status, b.total, "
            + "b.processed, b.hits, b.finished_at, b.error, b.m_class, b.m_tlp, b.m_rel, b.m_orig, b.m_flags";

    private final Sql sql;
    private final Screening screening;
    private final ReviewQueue queue;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final Executor executor;

    public Batches(Sql sql, Screening screening, ReviewQueue queue, AuditLog audit, Transactions tx, Clock clock, Executor executor) {
        this.sql = sql;
        this.screening = screening;
        this.queue = queue;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.executor = executor;
    }

    /** Stores the job and its rows and queues it; throws {@link RejectedExecutionException} when the queue is full (nothing stored). */
    public Batch submit(Principal who, List<ScreeningQuery> rows, List<String> listIds, String purpose, Marking requested) {
        Screening.requireScreener(who);
        String why = Require.text("purpose", purpose, 1000);
        if (rows.isEmpty() || rows.size() > BatchInput.MAX_ROWS) {
            throw new InvalidInputException("body", "a batch holds 1 to " + BatchInput.MAX_ROWS + " rows");
        }
        List<String> lists = screening.lists(who, listIds).stream().map(Watchlist::id).toList();
        List<String> named = listIds == null || listIds.isEmpty() ? List.of() : lists;
        Marking own = who.markingOfOwnRecord(requested);
        Set<Handling> flags = new HashSet<>(own.handling());
        flags.add(Handling.PERSONAL_DATA);
        Marking marking = own.withHandling(flags);
        Batch b = new Batch(UUID.randomUUID().toString(), who.username(), clock.instant(), why, named, Batch.Status.QUEUED,
                rows.size(), 0, 0, Optional.empty(), Optional.empty(), marking);
        tx.run(() -> {
            List<Object> p = new ArrayList<>(List.of(b.id(), b.submittedBy(), b.submittedAt(), why, String.join(",", named),
                    b.status().name(), b.total(), 0, 0));
            p.addAll(MarkingFilter.bind(marking));
            sql.update("INSERT INTO screening_batches (id, submitted_by, submitted_at, purpose, list_ids, status, total, processed, "
                    + "hits, " + MarkingFilter.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.toArray());
            for (int i = 0; i < rows.size(); i++) {
                sql.update("INSERT INTO screening_batch_rows (batch_id, row_no, query_json) VALUES (?, ?, ?)", b.id(), i + 1,
                        SubjectJson.write(rows.get(i).toSubject(String.valueOf(i + 1))));
            }
            audit.record(new AuditEvent(who.username(), "screening.batch.submit", "screening_batch", b.id(), why,
                    rows.size() + " rows against " + (named.isEmpty() ? "all visible lists" : named.size() + " lists")));
        });
        try {
            executor.execute(() -> run(b.id(), who, named));
        } catch (RejectedExecutionException e) {
            fail(b.id(), "not started: the batch queue is full");
            throw e;
        }
        return b;
    }

    private void run(String batchId, Principal who, List<String> listIds) {
        try {
            sql.update("UPDATE screening_batches SET status = ? WHERE id = ?", Batch.Status.RUNNING.name(), batchId);
            Batch b = batch(batchId).orElseThrow();
            List<Watchlist> lists = screening.lists(who, listIds);
            List<Integer> rows = sql.query("SELECT row_no FROM screening_batch_rows WHERE batch_id = ? ORDER BY row_no",
                    rs -> rs.getInt(1), batchId);
            int processed = 0;
            int hits = 0;
            for (int row : rows) {
                Subject query = SubjectJson.read(sql.queryOne("SELECT query_json FROM screening_batch_rows WHERE batch_id = ? AND row_no = ?",
                        rs -> rs.getString(1), batchId, row).orElseThrow());
                List<Candidate> found = screening.candidates(Optional.of(who), query, lists);
                String hash = SubjectJson.contentHash(query);
                for (Candidate c : found) {
                    if (queue.raise(who.username(), RECORD_TYPE, batchId + ":" + row, query.primaryName().full(), query, hash, c,
                            who.username(), b.marking())) {
                        hits++;
                    }
                }
                sql.update("UPDATE screening_batch_rows SET candidates = ?, result_json = ? WHERE batch_id = ? AND row_no = ?",
                        found.size(), JSON.writeValueAsString(found.stream().map(CandidateView::of).toList()), batchId, row);
                processed++;
                if (processed % 10 == 0 || processed == rows.size()) {
                    sql.update("UPDATE screening_batches SET processed = ?, hits = ? WHERE id = ?", processed, hits, batchId);
                }
            }
            int total = processed;
            int raised = hits;
            tx.run(() -> {
                sql.update("UPDATE screening_batches SET status = ?, processed = ?, hits = ?, finished_at = ? WHERE id = ?",
                        Batch.Status.DONE.name(), total, raised, clock.instant(), batchId);
                audit.record(AuditEvent.write("system", "screening.batch.done", "screening_batch", batchId,
                        total + " rows screened for " + who.username() + ", " + raised + " new hits"));
            });
        } catch (RuntimeException e) {
            LOG.error("batch screening {} failed", batchId, e);
            fail(batchId, "failed: " + e.getClass().getSimpleName());
        }
    }

    private void fail(String batchId, String why) {
        tx.run(() -> {
            sql.update("UPDATE screening_batches SET status = ?, error = ?, finished_at = ? WHERE id = ?", Batch.Status.FAILED.name(),
                    why, clock.instant(), batchId);
            audit.record(AuditEvent.write("system", "screening.batch.failed", "screening_batch", batchId, why));
        });
    }

    private Optional<Batch> batch(String id) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM screening_batches b WHERE b.id = ?", Batches::batch, id);
    }

    /** A job the reader may see, with its rows once screened (all of them when done, those so far while running). */
    public Batch batch(Principal reader, String id) {
        Screening.requireScreener(reader);
        SqlFragment where = MarkingFilter.readableBy(reader, "b").and(SqlFragment.of("b.id = ?", id));
        return sql.queryOne("SELECT " + COLUMNS + " FROM screening_batches b WHERE " + where.sql(), Batches::batch, where.paramArray())
                .orElseThrow(() -> new NotFoundException("batch", id));
    }

    public List<Batch.Row> rows(Principal reader, String id, int fromRow, int limit) {
        Batch b = batch(reader, id);
        return sql.query("SELECT row_no, query_json, candidates, result_json FROM screening_batch_rows WHERE batch_id = ?"
                + " AND row_no >= ? ORDER BY row_no FETCH FIRST " + limit + " ROWS ONLY", rs -> {
                    String result = rs.getString("result_json");
                    int n = rs.getInt("candidates");
                    Optional<Integer> candidates = rs.wasNull() ? Optional.empty() : Optional.of(n);
                    return new Batch.Row(rs.getInt("row_no"), SubjectJson.read(rs.getString("query_json")).primaryName().full(),
                            candidates, result == null ? List.of() : JSON.readValue(result, new TypeReference<List<CandidateView>>() {
                            }));
                }, b.id(), fromRow);
    }

    private static Batch batch(ResultSet rs) throws SQLException {
        String lists = rs.getString("list_ids");
        return new Batch(rs.getString("id"), rs.getString("submitted_by"), Sql.instant(rs, "submitted_at"), rs.getString("purpose"),
                lists.isBlank() ? List.of() : List.of(lists.split(",")), Batch.Status.valueOf(rs.getString("status")),
                rs.getInt("total"), rs.getInt("processed"), rs.getInt("hits"), Optional.ofNullable(Sql.instant(rs, "finished_at")),
                Optional.ofNullable(rs.getString("error")), MarkingFilter.read(rs));
    }
}
