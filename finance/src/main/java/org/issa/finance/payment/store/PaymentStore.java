package org.issa.finance.payment.store;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.DataAccessException;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.core.tx.Transactions;
import org.issa.finance.payment.Payment;
import org.issa.finance.payment.PaymentColumns;
import org.issa.finance.payment.PaymentFiles;
import org.issa.finance.payment.PaymentLedger;

/**
 * The payment store. An import is one batch: the batch is recorded LOADING, the payments are
 * written in chunks of {@value #CHUNK} (each chunk its own transaction, multi-row INSERT or
 * PostgreSQL COPY), and the batch turns STORED with its audit entry in one last transaction. Every
 * read joins the batch and keeps STORED batches the reader's clearance allows, so a half-loaded
 * batch is never seen; a batch that fails anywhere has its rows deleted and is kept FAILED with the
 * place it failed. References are unique: a payment whose reference is stored already (or repeated
 * in the file) is counted and skipped, so imports are idempotent. The audit records the import, not
 * each row.
 *
 * <p>A bulk load much larger than the store drops the secondary indexes after its first
 * {@value #DEFER_INDEXES_AFTER} rows and builds them again at the end (the unique reference index
 * stays: it is what makes imports idempotent).
 */
public final class PaymentStore implements PaymentLedger {

    static final int CHUNK = 20_000;
    static final long DEFER_INDEXES_AFTER = 500_000;
    private static final int IN_LIST = 500;
    private static final int ACCOUNT_CACHE = 2_000_000;
    private static final String[][] SECONDARY = {
        {"fin_payment_payer", "fin_payment (payer_id, paid_at)"},
        {"fin_payment_payee", "fin_payment (payee_id, paid_at)"},
        {"fin_payment_time", "fin_payment (paid_at)"}};

    private final Sql sql;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final ReentrantLock importing = new ReentrantLock();
    private final Map<String, Long> accounts = new HashMap<>();

    public PaymentStore(Sql sql, AuditLog audit, Transactions tx, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public Sql sql() {
        return sql;
    }

    /** Imports a payment file in any supported format; the content hash is taken over its bytes as they are read. */
    public ImportReceipt importFile(PaymentImport what, PaymentColumns columns, InputStream in) {
        MessageDigest sha = sha256();
        DigestInputStream digesting = new DigestInputStream(in, sha);
        return load(what, sink -> PaymentFiles.read(digesting, what.source(), what.format(), columns, sink),
                () -> HexFormat.of().formatHex(sha.digest()));
    }

    /** Imports payments from a source that is no file (a generator); {@code contentHash} names what was generated. */
    public ImportReceipt importPayments(PaymentImport what, String contentHash, PaymentSource source) {
        return load(what, source, () -> contentHash);
    }

    /**
     * Deletes what imports interrupted by a crash left behind (batches still LOADING) and builds any
     * secondary index a bulk load did not get to build again. Run at start-up, before imports.
     */
    public int recover() {
        importing.lock();
        try {
            ensureIndexes();
            List<Long> loading = sql.query("SELECT id FROM fin_payment_batch WHERE status = ?", rs -> rs.getLong(1), PaymentBatch.LOADING);
            for (long id : loading) {
                discard(id, "the import was interrupted (the program stopped before it finished)", "system");
            }
            return loading.size();
        } finally {
            importing.unlock();
        }
    }

    private interface Hash {
        String get();
    }

    private ImportReceipt load(PaymentImport what, PaymentSource source, Hash hash) {
        importing.lock();
        try {
            long started = System.nanoTime();
            Instant now = clock.instant();
            long batchId = tx.inTransaction(() -> {
                long id = allocate("batch", 1);
                List<Object> params = new ArrayList<>(List.of(id, what.source(), what.format().name(), "", what.channel().name(),
                        PaymentBatch.LOADING, what.importer().username(), now));
                params.addAll(MarkingFilter.bind(what.marking()));
                sql.update("INSERT INTO fin_payment_batch (id, source, format, content_hash, channel, status, read_count, stored_count,"
                        + " duplicate_count, deleted_count, imported_by, started_at, " + MarkingFilter.COLUMNS + ")"
                        + " VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?, ?, ?, ?, ?, ?)", params.toArray());
                return id;
            });
            Loader loader = new Loader(batchId);
            try {
                long read = source.read(loader::add);
                loader.flush();
                loader.restoreIndexes();
                String contentHash = hash.get();
                tx.run(() -> {
                    sql.update("UPDATE fin_payment_batch SET status = ?, content_hash = ?, read_count = ?, stored_count = ?, duplicate_count = ?,"
                            + " first_paid_at = ?, last_paid_at = ?, finished_at = ? WHERE id = ?", PaymentBatch.STORED, contentHash, read,
                            loader.stored, loader.duplicates, loader.first, loader.last, clock.instant(), batchId);
                    bumpVersion();
                    audit.record(AuditEvent.write(what.importer().username(), "finance.payments.import", "payment_batch",
                            Long.toString(batchId), what.format().name().toLowerCase(java.util.Locale.ROOT) + " '" + what.source() + "' via "
                                    + what.channel().name().toLowerCase(java.util.Locale.ROOT) + ": " + read + " read, " + loader.stored
                                    + " stored, " + loader.duplicates + " already stored; sha256 " + contentHash + "; marking "
                                    + what.marking().banner()));
                });
                return new ImportReceipt(batchId, read, loader.stored, loader.duplicates, contentHash, (System.nanoTime() - started) / 1e9);
            } catch (IOException e) {
                fail(loader, what, "the file could not be read: " + e.getMessage());
                throw new InvalidInputException("payments", what.source() + ": the file could not be read: " + e.getMessage());
            } catch (RuntimeException e) {
                fail(loader, what, e.getMessage() == null ? e.toString() : e.getMessage());
                throw e;
            }
        } finally {
            importing.unlock();
        }
    }

    private void fail(Loader loader, PaymentImport what, String why) {
        loader.restoreIndexes();
        discard(loader.batchId, why, what.importer().username());
    }

    /** Deletes a batch's rows and the accounts only it brought, keeps the batch FAILED with the reason, audited. */
    private void discard(long batchId, String why, String actor) {
        String reason = why.length() > 1900 ? why.substring(0, 1899) + "…" : why;
        tx.run(() -> {
            sql.update("DELETE FROM fin_payment WHERE batch_id = ?", batchId);
            sql.update("DELETE FROM fin_payment_account WHERE batch_id = ? AND NOT EXISTS (SELECT 1 FROM fin_payment p WHERE p.payer_id"
                    + " = fin_payment_account.id) AND NOT EXISTS (SELECT 1 FROM fin_payment p WHERE p.payee_id = fin_payment_account.id)", batchId);
            sql.update("UPDATE fin_payment_batch SET status = ?, stored_count = 0, error = ?, finished_at = ? WHERE id = ?",
                    PaymentBatch.FAILED, reason, clock.instant(), batchId);
            audit.record(AuditEvent.write(actor, "finance.payments.import.failed", "payment_batch", Long.toString(batchId),
                    "nothing stored: " + reason));
        });
        synchronized (accounts) {
            accounts.clear();
        }
    }

    /** Collects payments into chunks and writes each chunk in its own transaction. */
    private final class Loader {
        final long batchId;
        final List<Payment> chunk = new ArrayList<>(CHUNK);
        final long storedAtStart;
        long stored;
        long duplicates;
        Instant first;
        Instant last;
        boolean indexesDropped;

        Loader(long batchId) {
            this.batchId = batchId;
            this.storedAtStart = sql.count("SELECT COALESCE(SUM(stored_count - deleted_count), 0) FROM fin_payment_batch WHERE status = ?",
                    PaymentBatch.STORED);
        }

        void add(Payment p) {
            if (!RowWriter.fits(p.amount())) {
                throw new InvalidInputException("amount", "payment " + p.reference() + ": the amount " + p.amount().toPlainString()
                        + " has more than 8 decimals or 30 integer digits");
            }
            chunk.add(p);
            if (chunk.size() == CHUNK) {
                flush();
            }
        }

        void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            List<Payment> rows = distinct(chunk);
            for (int attempt = 0; ; attempt++) {
                try {
                    List<Payment> write = rows;
                    Map<String, Long> created = tx.inTransaction(() -> writeChunk(write));
                    synchronized (accounts) {
                        if (accounts.size() + created.size() > ACCOUNT_CACHE) {
                            accounts.clear();
                        }
                        accounts.putAll(created);
                    }
                    break;
                } catch (DataAccessException e) {
                    if (!uniqueViolation(e) || attempt >= 3) {
                        throw e;
                    }
                    // Some references (or accounts) were stored meanwhile or earlier: the chunk was rolled back whole;
                    // leave out what is stored and write the rest.
                    synchronized (accounts) {
                        accounts.clear();
                    }
                    Set<String> stored = storedReferences(rows);
                    duplicates += stored.size();
                    rows = rows.stream().filter(p -> !stored.contains(p.reference())).toList();
                }
            }
            stored += rows.size();
            for (Payment p : rows) {
                if (first == null || p.time().isBefore(first)) {
                    first = p.time();
                }
                if (last == null || p.time().isAfter(last)) {
                    last = p.time();
                }
            }
            chunk.clear();
            if (!indexesDropped && stored >= DEFER_INDEXES_AFTER && storedAtStart < stored) {
                dropIndexes();
                indexesDropped = true;
            }
        }

        /** The chunk without references repeated within it (the repeats count as already stored). */
        private List<Payment> distinct(List<Payment> rows) {
            Set<String> seen = new HashSet<>(rows.size() * 2);
            List<Payment> out = new ArrayList<>(rows.size());
            for (Payment p : rows) {
                if (seen.add(p.reference())) {
                    out.add(p);
                } else {
                    duplicates++;
                }
            }
            return out;
        }

        private Map<String, Long> writeChunk(List<Payment> rows) {
            if (rows.isEmpty()) {
                return Map.of();
            }
            try (Connection c = sql.dataSource().getConnection()) {
                Map<String, Long> created = new HashMap<>();
                long[] payers = new long[rows.size()];
                long[] payees = new long[rows.size()];
                resolveAccounts(c, rows, payers, payees, created);
                long firstId = allocate("payment", rows.size());
                RowWriter writer = PostgresCopy.isPostgres(c) ? new PostgresCopy() : new RowWriter.Inserts();
                writer.write(c, batchId, firstId, rows, payers, payees);
                return created;
            } catch (SQLException e) {
                throw new DataAccessException("payments not stored: " + e.getMessage(), e);
            }
        }

        private void resolveAccounts(Connection c, List<Payment> rows, long[] payers, long[] payees, Map<String, Long> created)
                throws SQLException {
            Map<String, Long> known = new HashMap<>();
            Set<String> missing = new java.util.LinkedHashSet<>();
            synchronized (accounts) {
                for (Payment p : rows) {
                    for (String a : new String[] {p.payerAccount(), p.payeeAccount()}) {
                        Long id = accounts.get(a);
                        if (id != null) {
                            known.put(a, id);
                        } else {
                            missing.add(a);
                        }
                    }
                }
            }
            List<String> look = new ArrayList<>(missing);
            for (int from = 0; from < look.size(); from += IN_LIST) {
                List<String> part = look.subList(from, Math.min(look.size(), from + IN_LIST));
                try (PreparedStatement ps = c.prepareStatement("SELECT account, id FROM fin_payment_account WHERE account IN ("
                        + "?,".repeat(part.size() - 1) + "?)")) {
                    for (int i = 0; i < part.size(); i++) {
                        ps.setString(i + 1, part.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            known.put(rs.getString(1), rs.getLong(2));
                            created.put(rs.getString(1), rs.getLong(2));
                        }
                    }
                }
            }
            List<String> fresh = look.stream().filter(a -> !known.containsKey(a)).toList();
            if (!fresh.isEmpty()) {
                long next = allocate("account", fresh.size());
                for (int from = 0; from < fresh.size(); from += 100) {
                    List<String> part = fresh.subList(from, Math.min(fresh.size(), from + 100));
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO fin_payment_account (id, account, batch_id) VALUES "
                            + "(?, ?, ?),".repeat(part.size() - 1) + "(?, ?, ?)")) {
                        int k = 1;
                        for (String a : part) {
                            long id = next++;
                            ps.setLong(k++, id);
                            ps.setString(k++, a);
                            ps.setLong(k++, batchId);
                            known.put(a, id);
                            created.put(a, id);
                        }
                        ps.executeUpdate();
                    }
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                payers[i] = known.get(rows.get(i).payerAccount());
                payees[i] = known.get(rows.get(i).payeeAccount());
            }
        }

        private Set<String> storedReferences(List<Payment> rows) {
            Set<String> out = new HashSet<>();
            for (int from = 0; from < rows.size(); from += IN_LIST) {
                List<Payment> part = rows.subList(from, Math.min(rows.size(), from + IN_LIST));
                out.addAll(sql.query("SELECT reference FROM fin_payment WHERE reference IN (" + "?,".repeat(part.size() - 1) + "?)",
                        rs -> rs.getString(1), part.stream().map(Payment::reference).toArray()));
            }
            return out;
        }

        void restoreIndexes() {
            if (indexesDropped) {
                ensureIndexes();
                indexesDropped = false;
            }
        }
    }

    private void dropIndexes() {
        for (String[] index : SECONDARY) {
            sql.update("DROP INDEX IF EXISTS " + index[0]);
        }
    }

    private void ensureIndexes() {
        for (String[] index : SECONDARY) {
            sql.update("CREATE INDEX IF NOT EXISTS " + index[0] + " ON " + index[1]);
        }
    }

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Hands out {@code n} consecutive values of a counter, in the caller's transaction; returns the first. */
    long allocate(String counter, int n) {
        sql.update("UPDATE fin_payment_counter SET next_value = next_value + ? WHERE name = ?", n, counter);
        return sql.count("SELECT next_value FROM fin_payment_counter WHERE name = ?", counter) - n;
    }

    /** Raises the ledger's version, in the caller's transaction (after payments are added or deleted). */
    public void bumpVersion() {
        sql.update("UPDATE fin_payment_counter SET next_value = next_value + 1 WHERE name = 'version'");
    }

    @Override
    public long version() {
        return sql.count("SELECT next_value FROM fin_payment_counter WHERE name = 'version'");
    }

    /** The visible-rows predicate for a payment alias {@code p} joined to its batch {@code b}: stored batches the reader may read. */
    public static SqlFragment visible(Principal reader) {
        return SqlFragment.of("b.status = 'STORED'").and(MarkingFilter.readableBy(reader, "b"));
    }

    /** The SELECT of stored payments with their accounts and batch marking; append WHERE/ORDER. */
    public static final String SELECT = "SELECT p.id, p.batch_id, p.reference, pa.account AS payer_account, p.payer_name,"
            + " pe.account AS payee_account, p.payee_name, p.amount, p.currency, p.paid_at, p.purpose,"
            + " b.m_class, b.m_tlp, b.m_rel, b.m_orig, b.m_flags"
            + " FROM fin_payment p JOIN fin_payment_batch b ON b.id = p.batch_id"
            + " JOIN fin_payment_account pa ON pa.id = p.payer_id JOIN fin_payment_account pe ON pe.id = p.payee_id";

    /** Reads a row of {@link #SELECT}. */
    public static StoredPayment row(ResultSet rs) throws SQLException {
        Payment p = new Payment(rs.getString("reference"), rs.getString("payer_account"), rs.getString("payer_name"),
                rs.getString("payee_account"), rs.getString("payee_name"), rs.getBigDecimal("amount").stripTrailingZeros(),
                rs.getString("currency"), Sql.instant(rs, "paid_at"), rs.getString("purpose"));
        return new StoredPayment(rs.getLong("id"), rs.getLong("batch_id"), p, MarkingFilter.read(rs));
    }

    @Override
    public long forEachVisible(Principal reader, Consumer<Payment> sink) {
        long[] n = {0};
        forEachStored(reader, SqlFragment.of("1 = 1"), s -> {
            sink.accept(s.payment());
            n[0]++;
        });
        return n[0];
    }

    /** Streams the stored payments the reader may see that match {@code where}, in time order (then by reference). */
    public void forEachStored(Principal reader, SqlFragment where, Consumer<StoredPayment> sink) {
        SqlFragment q = visible(reader).and(where);
        tx.run(() -> {
            try (Connection c = sql.dataSource().getConnection();
                 PreparedStatement ps = c.prepareStatement(SELECT + " WHERE " + q.sql() + " ORDER BY p.paid_at, p.reference")) {
                ps.setFetchSize(5_000);
                Object[] params = q.paramArray();
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(row(rs));
                    }
                }
            } catch (SQLException e) {
                throw new DataAccessException("payments could not be read: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Streams a stored batch's payments in time order, for the system's own hand-offs (the entity store): no user read,
     * so no marking filter; what is handed on carries the batch's marking.
     */
    public void forEachInBatch(long batchId, Consumer<StoredPayment> sink) {
        tx.run(() -> {
            try (Connection c = sql.dataSource().getConnection();
                 PreparedStatement ps = c.prepareStatement(SELECT + " WHERE p.batch_id = ? AND b.status = 'STORED' ORDER BY p.paid_at, p.reference")) {
                ps.setFetchSize(5_000);
                ps.setLong(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(row(rs));
                    }
                }
            } catch (SQLException e) {
                throw new DataAccessException("payments could not be read: " + e.getMessage(), e);
            }
        });
    }

    /** Records how many of a batch's payments were handed to the entity store. */
    public void published(long batchId, long count) {
        sql.update("UPDATE fin_payment_batch SET published_count = ? WHERE id = ?", count, batchId);
    }

    /** The imports the reader may see, newest first (failed ones included, with their error). */
    public List<PaymentBatch> batches(Principal reader, int limit) {
        SqlFragment m = MarkingFilter.readableBy(reader, "b");
        List<Object> params = new ArrayList<>(m.params());
        params.add(Math.max(1, Math.min(limit, 500)));
        return sql.query("SELECT b.* FROM fin_payment_batch b WHERE " + m.sql() + " ORDER BY b.id DESC FETCH FIRST ? ROWS ONLY",
                PaymentStore::batch, params.toArray());
    }

    public Optional<PaymentBatch> batch(Principal reader, long id) {
        SqlFragment m = MarkingFilter.readableBy(reader, "b");
        List<Object> params = new ArrayList<>(List.of(id));
        params.addAll(m.params());
        return sql.queryOne("SELECT b.* FROM fin_payment_batch b WHERE b.id = ? AND " + m.sql(), PaymentStore::batch, params.toArray());
    }

    static PaymentBatch batch(ResultSet rs) throws SQLException {
        return new PaymentBatch(rs.getLong("id"), rs.getString("source"), rs.getString("format"), rs.getString("content_hash"),
                rs.getString("channel"), rs.getString("status"), rs.getLong("read_count"), rs.getLong("stored_count"),
                rs.getLong("duplicate_count"), rs.getLong("deleted_count"), Optional.ofNullable(Sql.instant(rs, "first_paid_at")),
                Optional.ofNullable(Sql.instant(rs, "last_paid_at")), rs.getString("imported_by"), Sql.instant(rs, "started_at"),
                Optional.ofNullable(Sql.instant(rs, "finished_at")), Optional.ofNullable(rs.getString("error")), rs.getLong("published_count"),
                MarkingFilter.read(rs));
    }

    /** Counts the stored payments the reader may see. */
    public long countVisible(Principal reader) {
        SqlFragment q = visible(reader);
        return sql.count("SELECT COUNT(*) FROM fin_payment p JOIN fin_payment_batch b ON b.id = p.batch_id WHERE " + q.sql(), q.paramArray());
    }

    /** Stored payments per status, for the import page's summary. */
    public Map<String, Long> totals(Principal reader) {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("payments", countVisible(reader));
        out.put("accounts", sql.count("SELECT COUNT(*) FROM fin_payment_account"));
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
