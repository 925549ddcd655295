package org.issa.finance.payment.store;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Marking;
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
 * The payment store, in segments. An import is one batch: the batch is recorded LOADING, the payments are written in
 * chunks of {@value #CHUNK} (each chunk its own transaction), and the batch turns STORED with its audit entry in one
 * last transaction. Every read selects segments joined to their batch and keeps STORED batches the reader's clearance
 * allows, so a half-loaded batch is never seen; a batch that fails anywhere has its segments deleted and is kept FAILED
 * with the place it failed. References are unique: a payment whose reference is stored already (or repeated in the
 * file) is counted and skipped, so imports are idempotent. The audit records the import, not each row.
 *
 * <p>Layout ({@link SegmentCodec}): a chunk's payments, in time order, get consecutive ids and are cut into data
 * segments of up to {@value SegmentCodec#ROWS}; payer and payee posting segments ((account, payment id) sorted by
 * account, with the account range in the header) answer account lookups; a fingerprint segment per chunk (64 bits of
 * SHA-256 of each reference with its payment id), held in memory by the importing program ({@link FingerprintIndex}),
 * keeps references unique, a fingerprint match being checked against the stored reference so that a collision never
 * drops a payment (a colliding reference is kept whole in {@code fin_payment_ref_extra}); account segments hold the
 * accounts a chunk brought, sorted by their fingerprint. A payment's id never changes: deleting it clears its live bit
 * and wipes its fields in a rewritten segment. An import holds a lock on a counter row for its whole duration, so that
 * two programs never import into one database at once.
 *
 * <p>Reading the source, preparing a chunk (repeats, sorting, ids, account keys) and encoding plus writing it overlap on
 * three threads.
 */
public final class PaymentStore implements PaymentLedger {

    static final int CHUNK = 32_768;
    private static final int IN_LIST = 500;
    private static final int ACCOUNT_CACHE = 4_000_000;
    private static final String HEADER = "SELECT s.id, s.batch_id, s.kind, s.rows_total, s.rows_live, s.min_id, s.max_id, s.min_paid_at,"
            + " s.max_paid_at, s.min_account, s.max_account, b.m_class, b.m_tlp, b.m_rel, b.m_orig, b.m_flags"
            + " FROM fin_payment_segment s JOIN fin_payment_batch b ON b.id = s.batch_id";

    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(PaymentStore::sha256);

    private final Sql sql;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final ToLongFunction<String> fingerprint;
    private final ReentrantLock importing = new ReentrantLock();
    /** Account keys by account; when {@link #accountsComplete}, every stored account is in it. */
    private final Map<String, Long> accounts = new HashMap<>();
    private boolean accountsComplete;
    /** The reference fingerprints of the stored payments, owned by the import in progress; null until read. */
    private FingerprintIndex fingerprints;
    private volatile Map<String, Double> lastStages = Map.of();

    public PaymentStore(Sql sql, AuditLog audit, Transactions tx, Clock clock) {
        this(sql, audit, tx, clock, PaymentStore::sha256Fingerprint);
    }

    /** With another fingerprint function: tests use a weak one to make collisions happen. */
    PaymentStore(Sql sql, AuditLog audit, Transactions tx, Clock clock, ToLongFunction<String> fingerprint) {
        this.sql = sql;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.fingerprint = fingerprint;
    }

    public Sql sql() {
        return sql;
    }

    /**
     * Where the last import spent its time, in seconds per stage (for benchmarks): the reading thread's own work and its
     * waits for the stages behind it, the preparing thread (sorting, account keys, fingerprints, encoding) and the
     * writing thread (accounts, fingerprints, segments).
     */
    public Map<String, Double> lastImportStages() {
        return lastStages;
    }

    /** The reference's fingerprint: the first 64 bits of its SHA-256. */
    static long sha256Fingerprint(String reference) {
        byte[] h = DIGESTS.get().digest(reference.getBytes(StandardCharsets.UTF_8));
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (h[i] & 0xFF);
        }
        return v;
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
     * Deletes what imports interrupted by a crash left behind (batches still LOADING), then converts any payments an
     * earlier version stored one row each (table {@code fin_payment}) into segments, keeping their ids. Run at
     * start-up, before imports.
     *
     * @return the number of interrupted imports discarded
     */
    public int recover() {
        importing.lock();
        try {
            List<Long> loading = sql.query("SELECT id FROM fin_payment_batch WHERE status = ?", rs -> rs.getLong(1), PaymentBatch.LOADING);
            for (long id : loading) {
                discard(id, "the import was interrupted (the program stopped before it finished)", "system");
            }
            convertRows();
            convertAccounts();
            return loading.size();
        } finally {
            importing.unlock();
        }
    }

    /**
     * Runs work while no import runs (deleting payments or accounts), and forgets the cached account keys after it, so
     * that the next import looks them up again.
     */
    public <T> T whileNoImport(java.util.function.Supplier<T> work) {
        importing.lock();
        try {
            return work.get();
        } finally {
            forgetAccounts();
            fingerprints = null;
            importing.unlock();
        }
    }

    private void forgetAccounts() {
        synchronized (accounts) {
            accounts.clear();
            accountsComplete = false;
        }
    }

    private interface Hash {
        String get();
    }

    /**
     * Held for a whole import: a lock on the counter row 'import', in a transaction of its own, so that two programs
     * importing into one database (a command line beside the server) take turns, and each sees the other's
     * fingerprints when its turn comes.
     */
    private final class Lease implements AutoCloseable {
        private final Connection c;

        Lease() {
            try {
                c = sql.dataSource().getConnection();
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("SELECT next_value FROM fin_payment_counter WHERE name = 'import' FOR UPDATE");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                }
            } catch (SQLException e) {
                throw new DataAccessException("no import started: another import into this database is running (" + e.getMessage() + ")", e);
            }
        }

        @Override
        public void close() {
            try (c) {
                c.rollback();
                c.setAutoCommit(true);
            } catch (SQLException e) {
                // the lock goes with the connection
            }
        }
    }

    private ImportReceipt load(PaymentImport what, PaymentSource source, Hash hash) {
        importing.lock();
        try (Lease lease = new Lease()) {
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
            Loader loader;
            try {
                refreshFingerprints();
                loader = new Loader(batchId);
            } catch (RuntimeException e) {
                discard(batchId, e.getMessage() == null ? e.toString() : e.getMessage(), what.importer().username());
                throw e;
            }
            try {
                long read = source.read(loader::add);
                loader.finish();
                lastStages = loader.stages();
                String contentHash = hash.get();
                long stored = loader.stored.get();
                long duplicates = loader.duplicates.get();
                tx.run(() -> {
                    sql.update("UPDATE fin_payment_batch SET status = ?, content_hash = ?, read_count = ?, stored_count = ?, duplicate_count = ?,"
                            + " first_paid_at = ?, last_paid_at = ?, finished_at = ? WHERE id = ?", PaymentBatch.STORED, contentHash, read,
                            stored, duplicates, loader.first, loader.last, clock.instant(), batchId);
                    bumpVersion();
                    audit.record(AuditEvent.write(what.importer().username(), "finance.payments.import", "payment_batch",
                            Long.toString(batchId), what.format().name().toLowerCase(java.util.Locale.ROOT) + " '" + what.source() + "' via "
                                    + what.channel().name().toLowerCase(java.util.Locale.ROOT) + ": " + read + " read, " + stored
                                    + " stored, " + duplicates + " already stored; sha256 " + contentHash + "; marking "
                                    + what.marking().banner()));
                });
                return new ImportReceipt(batchId, read, stored, duplicates, contentHash, (System.nanoTime() - started) / 1e9);
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
        loader.abandon();
        discard(loader.batchId, why, what.importer().username());
    }

    /** Deletes a batch's segments (the accounts it brought with them), keeps the batch FAILED with the reason, audited. */
    private void discard(long batchId, String why, String actor) {
        String reason = why.length() > 1900 ? why.substring(0, 1899) + "…" : why;
        tx.run(() -> {
            deleteSegments(batchId);
            sql.update("DELETE FROM fin_payment WHERE batch_id = ?", batchId);
            // the accounts the batch brought are in its account segments, gone with them (imports never overlap, so no
            // other batch refers to them)
            sql.update("UPDATE fin_payment_batch SET status = ?, stored_count = 0, error = ?, finished_at = ? WHERE id = ?",
                    PaymentBatch.FAILED, reason, clock.instant(), batchId);
            audit.record(AuditEvent.write(actor, "finance.payments.import.failed", "payment_batch", Long.toString(batchId),
                    "nothing stored: " + reason));
        });
        forgetAccounts();
    }

    /** Deletes a batch's segments and its collision entries, in the caller's transaction; the fingerprints in memory are read again. */
    private void deleteSegments(long batchId) {
        for (long[] range : sql.query("SELECT min_id, max_id FROM fin_payment_segment WHERE batch_id = ? AND kind = 'D'",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)}, batchId)) {
            sql.update("DELETE FROM fin_payment_ref_extra WHERE payment_id >= ? AND payment_id <= ?", range[0], range[1]);
        }
        sql.update("DELETE FROM fin_payment_segment_data WHERE segment_id IN (SELECT id FROM fin_payment_segment WHERE batch_id = ?)", batchId);
        sql.update("DELETE FROM fin_payment_segment WHERE batch_id = ?", batchId);
        fingerprints = null;
    }

    /**
     * Brings the fingerprints in memory up to date: all of them after start-up or a deletion, else those of the
     * fingerprint segments written since (by this program or another one using the same database). Called under the
     * import lock.
     */
    private void refreshFingerprints() {
        FingerprintIndex index = fingerprints == null ? new FingerprintIndex() : fingerprints;
        List<Long> fresh = sql.query("SELECT id FROM fin_payment_segment WHERE kind = 'F' AND id > ? ORDER BY id", rs -> rs.getLong(1),
                index.maxSegment());
        for (long segment : fresh) {
            long[][] pairs = SegmentCodec.decodePostings(payload(segment));
            for (int i = 0; i < pairs[0].length; i++) {
                index.put(pairs[0][i], pairs[1][i]);
            }
            index.sawSegment(segment);
        }
        fingerprints = index;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Loading

    /** A chunk ready to be written: its rows in id order and everything encoded. */
    private static final class Prepared {
        List<Payment> rows;
        long[] ids;
        long[] payers;
        long[] payees;
        long[] fps;
        boolean[] extra;
        List<Map.Entry<String, Long>> newAccounts = List.of();
        long[] newAccountFps = new long[0];
        List<Segment> segments = List.of();
    }

    /** An encoded segment with its header. */
    private record Segment(long id, char kind, int rows, long minId, long maxId, Instant minPaidAt, Instant maxPaidAt, long minAccount,
                           long maxAccount, byte[] payload) {
    }

    /** Reads the source into chunks; a preparing thread and a writing thread work behind it, one chunk each. */
    private final class Loader {
        final long batchId;
        final ExecutorService preparer = Executors.newSingleThreadExecutor(r -> daemon(r, "payment-prepare"));
        final ExecutorService writer = Executors.newSingleThreadExecutor(r -> daemon(r, "payment-writer"));
        List<Payment> chunk = new ArrayList<>(CHUNK);
        Future<Prepared> preparing;
        Future<?> writing;
        final AtomicLong stored = new AtomicLong();
        // nanoseconds per stage, each written by one thread and read after finish()
        final AtomicLong waitNanos = new AtomicLong();
        final AtomicLong prepareNanos = new AtomicLong();
        final AtomicLong encodeNanos = new AtomicLong();
        final AtomicLong segmentNanos = new AtomicLong();
        final AtomicLong commitNanos = new AtomicLong();
        final long startNanos = System.nanoTime();

        Map<String, Double> stages() {
            Map<String, Double> out = new LinkedHashMap<>();
            out.put("total", seconds(System.nanoTime() - startNanos));
            out.put("reader_waiting", seconds(waitNanos.get()));
            out.put("prepare", seconds(prepareNanos.get()));
            out.put("encode", seconds(encodeNanos.get()));
            out.put("write_segments", seconds(segmentNanos.get()));
            out.put("write_commit", seconds(commitNanos.get()));
            return out;
        }

        private static double seconds(long nanos) {
            return Math.round(nanos / 1e7) / 100.0;
        }
        final AtomicLong duplicates = new AtomicLong();
        // written by the preparing thread, read after finish() (Future.get orders them)
        Instant first;
        Instant last;

        /** Fingerprints of the references kept whole after a collision (few): a repeat of one is checked like a known one. */
        final Set<Long> extraFps;

        Loader(long batchId) {
            this.batchId = batchId;
            this.extraFps = new HashSet<>(sql.query("SELECT fp FROM fin_payment_ref_extra", rs -> rs.getLong(1)));
            synchronized (accounts) {
                if (!accountsComplete) {
                    if (countAccounts() <= ACCOUNT_CACHE) {
                        accounts.clear();
                        accountNames(null).forEach((key, account) -> accounts.put(account, key));
                        accountsComplete = true;
                    }
                }
            }
        }

        void add(Payment p) {
            if (!fits(p.amount())) {
                throw new InvalidInputException("amount", "payment " + p.reference() + ": the amount " + p.amount().toPlainString()
                        + " has more than 8 decimals or 30 integer digits");
            }
            chunk.add(p);
            if (chunk.size() == CHUNK) {
                handOff();
            }
        }

        /** Starts preparing the full chunk once the one before it is prepared and handed to the writer. */
        private void handOff() {
            List<Payment> full = chunk;
            chunk = new ArrayList<>(CHUNK);
            long t = System.nanoTime();
            passPreparedToWriter();
            waitNanos.addAndGet(System.nanoTime() - t);
            Future<?> prior = writing;
            preparing = preparer.submit(() -> {
                long t0 = System.nanoTime();
                Prepared p = prepare(full, prior);
                prepareNanos.addAndGet(System.nanoTime() - t0);
                return p;
            });
        }

        private void passPreparedToWriter() {
            if (preparing == null) {
                return;
            }
            Prepared p = await(preparing);
            preparing = null;
            if (writing != null) {
                await(writing);
            }
            writing = writer.submit(() -> write(p));
        }

        void finish() {
            if (!chunk.isEmpty()) {
                handOff();
            }
            long t = System.nanoTime();
            passPreparedToWriter();
            if (writing != null) {
                await(writing);
                writing = null;
            }
            waitNanos.addAndGet(System.nanoTime() - t);
            preparer.shutdown();
            writer.shutdown();
        }

        void abandon() {
            for (Future<?> f : new Future<?>[] {preparing, writing}) {
                if (f != null) {
                    try {
                        f.get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (ExecutionException e) {
                        // the failure is being reported already
                    }
                }
            }
            preparer.shutdownNow();
            writer.shutdownNow();
        }

        private <T> T await(Future<T> f) {
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the import was interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        /**
         * Drops references repeated in the chunk or stored already (a fingerprint known to the index is checked against
         * the stored reference: equal, it is a repeat; different, a collision kept by its full reference), orders by
         * time, gives ids and account keys, and encodes.
         */
        private Prepared prepare(List<Payment> chunkRows, Future<?> priorWrite) {
            List<Payment> rows = new ArrayList<>(chunkRows.size());
            Set<String> seen = new HashSet<>(chunkRows.size() * 2);
            for (Payment p : chunkRows) {
                if (seen.add(p.reference())) {
                    rows.add(p);
                } else {
                    duplicates.incrementAndGet();
                }
            }
            rows.sort(Comparator.comparing(Payment::time).thenComparing(Payment::reference));
            long[] fps = new long[rows.size()];
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < fps.length; i++) {
                fps[i] = fingerprint.applyAsLong(rows.get(i).reference());
                if (fingerprints.get(fps[i]) >= 0 || extraFps.contains(fps[i])) {
                    candidates.add(i);
                }
            }
            boolean[] extra = new boolean[rows.size()];
            if (!candidates.isEmpty()) {
                // the chunk before may hold the matches: let it be written first
                if (priorWrite != null) {
                    await(priorWrite);
                }
                Map<Long, String> stored = references(candidates.stream().map(i -> fingerprints.get(fps[i])).toList());
                Set<String> inExtra = new HashSet<>();
                for (int from = 0; from < candidates.size(); from += IN_LIST) {
                    List<Integer> part = candidates.subList(from, Math.min(candidates.size(), from + IN_LIST));
                    inExtra.addAll(sql.query("SELECT reference FROM fin_payment_ref_extra WHERE reference IN (" + "?,".repeat(part.size() - 1)
                            + "?)", rs -> rs.getString(1), part.stream().map(i -> rows.get(i).reference()).toArray()));
                }
                boolean[] drop = new boolean[rows.size()];
                for (int i : candidates) {
                    String ref = rows.get(i).reference();
                    String known = stored.get(fingerprints.get(fps[i]));
                    if (ref.equals(known) || inExtra.contains(ref)) {
                        drop[i] = true;
                        duplicates.incrementAndGet();
                    } else if (known != null || extraFps.contains(fps[i])) {
                        extra[i] = true; // the same fingerprint as a stored payment's, another reference
                    }
                    // known == null: the fingerprint's payment was deleted; the reference is new
                }
                List<Payment> keep = new ArrayList<>(rows.size());
                List<Long> keepFps = new ArrayList<>(rows.size());
                List<Boolean> keepExtra = new ArrayList<>(rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    if (!drop[i]) {
                        keep.add(rows.get(i));
                        keepFps.add(fps[i]);
                        keepExtra.add(extra[i]);
                    }
                }
                Prepared q = new Prepared();
                q.rows = keep;
                q.fps = keepFps.stream().mapToLong(Long::longValue).toArray();
                q.extra = new boolean[keep.size()];
                for (int i = 0; i < keep.size(); i++) {
                    q.extra[i] = keepExtra.get(i);
                }
                return finishPrepare(q);
            }
            Prepared p = new Prepared();
            p.rows = rows;
            p.fps = fps;
            p.extra = extra;
            return finishPrepare(p);
        }

        private Prepared finishPrepare(Prepared p) {
            List<Payment> rows = p.rows;
            if (rows.isEmpty()) {
                return p;
            }
            resolveAccounts(p, batchId);
            long firstId = tx.inTransaction(() -> allocate("payment", rows.size()));
            p.ids = new long[rows.size()];
            for (int i = 0; i < p.ids.length; i++) {
                p.ids[i] = firstId + i;
            }
            markRepeatedFingerprints(p);
            for (int i = 0; i < p.ids.length; i++) {
                if (!p.extra[i]) {
                    fingerprints.put(p.fps[i], p.ids[i]);
                } else {
                    extraFps.add(p.fps[i]);
                }
            }
            if (first == null || rows.get(0).time().isBefore(first)) {
                first = rows.get(0).time();
            }
            if (last == null || rows.get(rows.size() - 1).time().isAfter(last)) {
                last = rows.get(rows.size() - 1).time();
            }
            return p;
        }

        /** Encodes a prepared chunk (on the writing thread, which has time for it) and writes it in its own transaction. */
        private void write(Prepared p) {
            if (p.rows.isEmpty()) {
                return;
            }
            long t0 = System.nanoTime();
            encode(p);
            encodeNanos.addAndGet(System.nanoTime() - t0);
            long[] end = {0};
            tx.run(() -> {
                writeChunk(batchId, p, this);
                end[0] = System.nanoTime();
            });
            commitNanos.addAndGet(System.nanoTime() - end[0]);
            stored.addAndGet(p.rows.size());
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Gives each row its payer and payee keys; accounts not stored yet get new keys, to be inserted with the chunk. */
    private void resolveAccounts(Prepared p, long batchId) {
        int n = p.rows.size();
        long[] payers = new long[n];
        long[] payees = new long[n];
        p.payers = payers;
        p.payees = payees;
        Set<String> missing = new HashSet<>();
        boolean complete;
        synchronized (accounts) {
            complete = accountsComplete;
            for (int i = 0; i < n; i++) {
                Payment row = p.rows.get(i);
                Long payer = accounts.get(row.payerAccount());
                Long payee = accounts.get(row.payeeAccount());
                payers[i] = payer == null ? -1 : payer;
                payees[i] = payee == null ? -1 : payee;
                if (payer == null) {
                    missing.add(row.payerAccount());
                }
                if (payee == null) {
                    missing.add(row.payeeAccount());
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        Map<String, Long> known = complete ? new HashMap<>() : findAccounts(missing);
        missing.removeAll(known.keySet());
        List<Map.Entry<String, Long>> fresh = new ArrayList<>();
        long[] freshFps = new long[missing.size()];
        if (!missing.isEmpty()) {
            // keys handed out in fingerprint order, so that an account segment covers a narrow fingerprint range
            String[] names = missing.toArray(String[]::new);
            long[] fps = new long[names.length];
            long[] order = new long[names.length];
            for (int i = 0; i < names.length; i++) {
                fps[i] = sha256Fingerprint(names[i]);
                order[i] = i;
            }
            sortPairs(fps, order, 0, names.length - 1);
            long next = tx.inTransaction(() -> allocate("account", names.length));
            for (int i = 0; i < names.length; i++) {
                String a = names[(int) order[i]];
                known.put(a, next);
                freshFps[i] = fps[i];
                fresh.add(Map.entry(a, next++));
            }
        }
        p.newAccounts = fresh;
        p.newAccountFps = freshFps;
        for (int i = 0; i < n; i++) {
            if (payers[i] < 0) {
                payers[i] = known.get(p.rows.get(i).payerAccount());
            }
            if (payees[i] < 0) {
                payees[i] = known.get(p.rows.get(i).payeeAccount());
            }
        }
        synchronized (accounts) {
            if (accounts.size() + known.size() > ACCOUNT_CACHE) {
                accounts.clear();
                accountsComplete = false;
            }
            accounts.putAll(known);
        }
    }

    /** Computes the rows' fingerprints when not done yet, and sends a fingerprint repeated within the chunk (a collision) to the extra table. */
    private void markRepeatedFingerprints(Prepared p) {
        int n = p.rows.size();
        if (p.fps == null) {
            p.fps = new long[n];
            for (int i = 0; i < n; i++) {
                p.fps[i] = fingerprint.applyAsLong(p.rows.get(i).reference());
            }
        }
        if (p.extra == null) {
            p.extra = new boolean[n];
        }
        long[] sorted = p.fps.clone();
        Arrays.sort(sorted);
        boolean repeats = false;
        for (int i = 1; i < n && !repeats; i++) {
            repeats = sorted[i] == sorted[i - 1];
        }
        if (repeats) {
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < n; i++) {
                if (!p.extra[i] && !seen.add(p.fps[i])) {
                    p.extra[i] = true;
                }
            }
        }
    }

    /** Encodes a prepared chunk (rows in id order) into data segments and payer/payee posting segments. */
    private void encode(Prepared p) {
        int n = p.rows.size();
        long[] seconds = new long[n];
        int[] nanos = new int[n];
        BigDecimal[] amounts = new BigDecimal[n];
        String[] currencies = new String[n];
        String[] refs = new String[n];
        String[] payerNames = new String[n];
        String[] payeeNames = new String[n];
        String[] purposes = new String[n];
        for (int i = 0; i < n; i++) {
            Payment r = p.rows.get(i);
            seconds[i] = r.time().getEpochSecond();
            nanos[i] = r.time().getNano();
            amounts[i] = r.amount();
            currencies[i] = r.currency();
            refs[i] = r.reference();
            payerNames[i] = r.payerName();
            payeeNames[i] = r.payeeName();
            purposes[i] = r.purpose();
        }
        int dataSegments = (n + SegmentCodec.ROWS - 1) / SegmentCodec.ROWS;
        int postingSegments = dataSegments; // per side: as many as data segments, of the same size
        int m = p.newAccounts.size();
        int accountSegments = (m + SegmentCodec.ROWS - 1) / SegmentCodec.ROWS;
        long segmentId = tx.inTransaction(() -> allocate("segment", dataSegments + 2 * postingSegments + 1 + accountSegments));
        List<Segment> out = new ArrayList<>(dataSegments + 2 * postingSegments + 1 + accountSegments);
        if (m > 0) {
            // the new accounts, in fingerprint order, their keys ascending in that order
            long[] keys = new long[m];
            String[] names = new String[m];
            for (int i = 0; i < m; i++) {
                keys[i] = p.newAccounts.get(i).getValue();
                names[i] = p.newAccounts.get(i).getKey();
            }
            for (int from = 0; from < m; from += SegmentCodec.ROWS) {
                int to = Math.min(m, from + SegmentCodec.ROWS);
                out.add(new Segment(segmentId++, 'A', to - from, keys[from], keys[to - 1], null, null, p.newAccountFps[from],
                        p.newAccountFps[to - 1], SegmentCodec.encodeAccounts(p.newAccountFps, keys, names, from, to)));
            }
        }
        for (int from = 0; from < n; from += SegmentCodec.ROWS) {
            int to = Math.min(n, from + SegmentCodec.ROWS);
            Instant min = p.rows.get(from).time();
            Instant max = min;
            long minAccount = Long.MAX_VALUE;
            long maxAccount = Long.MIN_VALUE;
            for (int i = from; i < to; i++) {
                Instant t = p.rows.get(i).time();
                min = t.isBefore(min) ? t : min;
                max = t.isAfter(max) ? t : max;
                minAccount = Math.min(minAccount, Math.min(p.payers[i], p.payees[i]));
                maxAccount = Math.max(maxAccount, Math.max(p.payers[i], p.payees[i]));
            }
            byte[] payload = SegmentCodec.encodeData(p.ids, null, p.payers, p.payees, seconds, nanos, amounts, currencies, refs, payerNames,
                    payeeNames, purposes, from, to);
            out.add(new Segment(segmentId++, 'D', to - from, p.ids[from], p.ids[to - 1], min, max, minAccount, maxAccount, payload));
        }
        for (char kind : new char[] {'P', 'Q'}) {
            long[] side = kind == 'P' ? p.payers : p.payees;
            // (account, position) packed in one long: account keys stay far below 2^43, positions below 2^20
            long[] packed = new long[n];
            for (int i = 0; i < n; i++) {
                packed[i] = (side[i] << 20) | i;
            }
            Arrays.sort(packed);
            long[] accountsSorted = new long[n];
            long[] idsSorted = new long[n];
            for (int i = 0; i < n; i++) {
                accountsSorted[i] = packed[i] >>> 20;
                idsSorted[i] = p.ids[(int) (packed[i] & 0xFFFFF)];
            }
            for (int from = 0; from < n; from += SegmentCodec.ROWS) {
                int to = Math.min(n, from + SegmentCodec.ROWS);
                long minId = Long.MAX_VALUE;
                long maxId = Long.MIN_VALUE;
                for (int i = from; i < to; i++) {
                    minId = Math.min(minId, idsSorted[i]);
                    maxId = Math.max(maxId, idsSorted[i]);
                }
                out.add(new Segment(segmentId++, kind, to - from, minId, maxId, null, null, accountsSorted[from], accountsSorted[to - 1],
                        SegmentCodec.encodePostings(accountsSorted, idsSorted, from, to)));
            }
        }
        int mainCount = 0;
        for (boolean x : p.extra) {
            mainCount += x ? 0 : 1;
        }
        if (mainCount > 0) {
            long[] fps = new long[mainCount];
            long[] ids = new long[mainCount];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (!p.extra[i]) {
                    fps[k] = p.fps[i];
                    ids[k++] = p.ids[i];
                }
            }
            sortPairs(fps, ids, 0, mainCount - 1);
            out.add(new Segment(segmentId, 'F', mainCount, p.ids[0], p.ids[n - 1], null, null, fps[0], fps[mainCount - 1],
                    SegmentCodec.encodePostings(fps, ids, 0, mainCount)));
        }
        p.segments = out;
    }

    /** Writes the chunk's new accounts, fingerprints (sorted) and segments on one connection, in the caller's transaction. */
    private void writeChunk(long batchId, Prepared p, Loader timing) {
        try (Connection c = sql.dataSource().getConnection()) {
            int n = p.rows.size();
            for (int i = 0; i < n; i++) {
                if (p.extra[i]) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO fin_payment_ref_extra (reference, fp, payment_id) VALUES (?, ?, ?)")) {
                        ps.setString(1, p.rows.get(i).reference());
                        ps.setLong(2, p.fps[i]);
                        ps.setLong(3, p.ids[i]);
                        ps.executeUpdate();
                    }
                }
            }
            long t2 = System.nanoTime();
            insertSegments(c, batchId, p.segments);
            if (timing != null) {
                timing.segmentNanos.addAndGet(System.nanoTime() - t2);
            }
        } catch (SQLException e) {
            throw new DataAccessException("payments not stored: " + e.getMessage(), e);
        }
    }

    private static void insertSegments(Connection c, long batchId, List<Segment> segments) throws SQLException {
        insertRows(c, "INSERT INTO fin_payment_segment (id, batch_id, kind, rows_total, rows_live, min_id, max_id, min_paid_at, max_paid_at,"
                + " min_account, max_account) VALUES ", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", segments.size(), (ps, k, i) -> {
                    Segment s = segments.get(i);
                    ps.setLong(k, s.id());
                    ps.setLong(k + 1, batchId);
                    ps.setString(k + 2, String.valueOf(s.kind()));
                    ps.setInt(k + 3, s.rows());
                    ps.setInt(k + 4, s.rows());
                    ps.setLong(k + 5, s.minId());
                    ps.setLong(k + 6, s.maxId());
                    ps.setObject(k + 7, s.minPaidAt() == null ? null : s.minPaidAt().atOffset(ZoneOffset.UTC));
                    ps.setObject(k + 8, s.maxPaidAt() == null ? null : s.maxPaidAt().atOffset(ZoneOffset.UTC));
                    ps.setLong(k + 9, s.minAccount());
                    ps.setLong(k + 10, s.maxAccount());
                    return 11;
                });
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO fin_payment_segment_data (segment_id, payload) VALUES (?, ?)")) {
            for (Segment s : segments) {
                ps.setLong(1, s.id());
                ps.setBytes(2, s.payload());
                ps.executeUpdate();
            }
        }
    }

    private interface Binder {
        /** Binds row {@code i} from parameter {@code k}; returns the number of parameters bound. */
        int bind(PreparedStatement ps, int k, int i) throws SQLException;
    }

    /** Multi-row INSERTs of up to a hundred rows each. */
    private static void insertRows(Connection c, String head, String tuple, int count, Binder binder) throws SQLException {
        int per = 100;
        int full = count / per;
        if (full > 0) {
            try (PreparedStatement ps = c.prepareStatement(head + (tuple + ",").repeat(per - 1) + tuple)) {
                for (int g = 0; g < full; g++) {
                    int k = 1;
                    for (int i = g * per; i < (g + 1) * per; i++) {
                        k += binder.bind(ps, k, i);
                    }
                    ps.executeUpdate();
                }
            }
        }
        int rest = count - full * per;
        if (rest > 0) {
            try (PreparedStatement ps = c.prepareStatement(head + (tuple + ",").repeat(rest - 1) + tuple)) {
                int k = 1;
                for (int i = full * per; i < count; i++) {
                    k += binder.bind(ps, k, i);
                }
                ps.executeUpdate();
            }
        }
    }

    /** Sorts fingerprints ascending with their payment ids alongside (quicksort on the pair of arrays). */
    static void sortPairs(long[] keys, long[] values, int lo, int hi) {
        while (lo < hi) {
            if (hi - lo < 16) {
                for (int i = lo + 1; i <= hi; i++) {
                    long k = keys[i];
                    long v = values[i];
                    int j = i - 1;
                    while (j >= lo && keys[j] > k) {
                        keys[j + 1] = keys[j];
                        values[j + 1] = values[j];
                        j--;
                    }
                    keys[j + 1] = k;
                    values[j + 1] = v;
                }
                return;
            }
            long pivot = keys[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (keys[i] < pivot) {
                    i++;
                }
                while (keys[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = keys[i];
                    keys[i] = keys[j];
                    keys[j] = t;
                    t = values[i];
                    values[i] = values[j];
                    values[j] = t;
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                sortPairs(keys, values, lo, j);
                lo = i;
            } else {
                sortPairs(keys, values, i, hi);
                hi = j;
            }
        }
    }

    /**
     * Converts the accounts stored one row each by an earlier version (table {@code fin_payment_account}) into account
     * segments, batch by batch, keeping their keys. Run after the payments are converted.
     */
    private void convertAccounts() {
        List<Long> batches = sql.query("SELECT DISTINCT batch_id FROM fin_payment_account ORDER BY batch_id", rs -> rs.getLong(1));
        for (long batchId : batches) {
            List<Object[]> rows = sql.query("SELECT id, account FROM fin_payment_account WHERE batch_id = ?",
                    rs -> new Object[] {rs.getLong(1), rs.getString(2)}, batchId);
            int m = rows.size();
            long[] fps = new long[m];
            long[] order = new long[m];
            for (int i = 0; i < m; i++) {
                fps[i] = sha256Fingerprint((String) rows.get(i)[1]);
                order[i] = i;
            }
            sortPairs(fps, order, 0, m - 1);
            long[] keys = new long[m];
            String[] names = new String[m];
            for (int i = 0; i < m; i++) {
                keys[i] = (Long) rows.get((int) order[i])[0];
                names[i] = (String) rows.get((int) order[i])[1];
            }
            int count = (m + SegmentCodec.ROWS - 1) / SegmentCodec.ROWS;
            tx.run(() -> {
                long segmentId = allocate("segment", count);
                List<Segment> segments = new ArrayList<>();
                for (int from = 0; from < m; from += SegmentCodec.ROWS) {
                    int to = Math.min(m, from + SegmentCodec.ROWS);
                    long min = Long.MAX_VALUE;
                    long max = Long.MIN_VALUE;
                    for (int i = from; i < to; i++) {
                        min = Math.min(min, keys[i]);
                        max = Math.max(max, keys[i]);
                    }
                    segments.add(new Segment(segmentId++, 'A', to - from, min, max, null, null, fps[from], fps[to - 1],
                            SegmentCodec.encodeAccounts(fps, keys, names, from, to)));
                }
                try (Connection c = sql.dataSource().getConnection()) {
                    insertSegments(c, batchId, segments);
                } catch (SQLException e) {
                    throw new DataAccessException("accounts not converted: " + e.getMessage(), e);
                }
                sql.update("DELETE FROM fin_payment_account WHERE batch_id = ?", batchId);
            });
        }
        forgetAccounts();
    }

    /**
     * Converts payments stored one row each by an earlier version (table {@code fin_payment}) into segments, batch by
     * batch and chunk by chunk, each chunk in one transaction that also deletes the rows it converted; ids are kept.
     */
    private void convertRows() {
        List<Long> batches = sql.query("SELECT DISTINCT batch_id FROM fin_payment ORDER BY batch_id", rs -> rs.getLong(1));
        for (long batchId : batches) {
            while (true) {
                List<Object[]> rows = sql.query("SELECT p.id, p.payer_id, p.payee_id, p.reference, pa.account, p.payer_name, pe.account,"
                        + " p.payee_name, p.amount, p.currency, p.paid_at, p.purpose FROM fin_payment p"
                        + " JOIN fin_payment_account pa ON pa.id = p.payer_id JOIN fin_payment_account pe ON pe.id = p.payee_id"
                        + " WHERE p.batch_id = ? ORDER BY p.id FETCH FIRST " + CHUNK + " ROWS ONLY", rs -> new Object[] {rs.getLong(1),
                        rs.getLong(2), rs.getLong(3), new Payment(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getBigDecimal(9).stripTrailingZeros(), rs.getString(10), Sql.instant(rs, "paid_at"),
                        rs.getString(12))}, batchId);
                if (rows.isEmpty()) {
                    break;
                }
                Prepared p = new Prepared();
                p.rows = rows.stream().map(r -> (Payment) r[3]).toList();
                p.ids = rows.stream().mapToLong(r -> (Long) r[0]).toArray();
                p.payers = rows.stream().mapToLong(r -> (Long) r[1]).toArray();
                p.payees = rows.stream().mapToLong(r -> (Long) r[2]).toArray();
                refreshFingerprints();
                markRepeatedFingerprints(p);
                for (int i = 0; i < p.ids.length; i++) {
                    if (fingerprints.get(p.fps[i]) >= 0) {
                        p.extra[i] = true; // references were unique in the old table: a known fingerprint is a collision
                    }
                }
                for (int i = 0; i < p.ids.length; i++) {
                    if (!p.extra[i]) {
                        fingerprints.put(p.fps[i], p.ids[i]);
                    }
                }
                encode(p);
                long lastId = p.ids[p.ids.length - 1];
                tx.run(() -> {
                    writeChunk(batchId, p, null);
                    sql.update("DELETE FROM fin_payment WHERE batch_id = ? AND id <= ?", batchId, lastId);
                });
            }
        }
    }

    /** The amount as stored: at most 8 decimals and 30 integer digits. */
    static boolean fits(BigDecimal amount) {
        return amount.scale() <= 8 && amount.precision() - amount.scale() <= 30;
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

    // ------------------------------------------------------------------------------------------------------------
    // Reading

    /** The visible-rows predicate for a segment joined to its batch {@code b}: stored batches the reader may read. */
    public static SqlFragment visible(Principal reader) {
        return SqlFragment.of("b.status = 'STORED'").and(MarkingFilter.readableBy(reader, "b"));
    }

    /** A segment's header with its batch's marking. */
    private record Header(long id, long batchId, char kind, int total, int live, long minId, long maxId, Instant minPaidAt,
                          Instant maxPaidAt, long minAccount, long maxAccount, Marking marking) {
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(rs.getLong("id"), rs.getLong("batch_id"), rs.getString("kind").charAt(0), rs.getInt("rows_total"),
                rs.getInt("rows_live"), rs.getLong("min_id"), rs.getLong("max_id"), Sql.instant(rs, "min_paid_at"),
                Sql.instant(rs, "max_paid_at"), rs.getLong("min_account"), rs.getLong("max_account"), MarkingFilter.read(rs));
    }

    private List<Header> headers(SqlFragment where) {
        return sql.query(HEADER + " WHERE " + where.sql(), PaymentStore::header, where.paramArray());
    }

    private byte[] payload(long segmentId) {
        return sql.queryOne("SELECT payload FROM fin_payment_segment_data WHERE segment_id = ?", rs -> rs.getBytes(1), segmentId)
                .orElseThrow(() -> new IllegalStateException("payment segment " + segmentId + " has no data"));
    }

    /** The key of a stored account, looked up by its fingerprint and compared in full. */
    public Optional<Long> accountKey(String account) {
        return Optional.ofNullable(findAccounts(List.of(account)).get(account));
    }

    /** The number of accounts stored (from the segment headers). */
    public long countAccounts() {
        return sql.count("SELECT COALESCE(SUM(rows_live), 0) FROM fin_payment_segment WHERE kind = 'A'");
    }

    /** An account segment's header: its key range and its fingerprint range. */
    private record AccountSegment(long id, long minKey, long maxKey, long minFp, long maxFp) {
    }

    private List<AccountSegment> accountSegments() {
        return sql.query("SELECT id, min_id, max_id, min_account, max_account FROM fin_payment_segment WHERE kind = 'A'",
                rs -> new AccountSegment(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
    }

    /** The keys of the stored accounts among {@code names}: only the segments whose fingerprint range holds one are read. */
    private Map<String, Long> findAccounts(Collection<String> names) {
        Map<String, Long> out = new HashMap<>();
        if (names.isEmpty()) {
            return out;
        }
        List<AccountSegment> segments = accountSegments();
        Map<Long, SegmentCodec.Accounts> decoded = new HashMap<>();
        for (String name : names) {
            long fp = sha256Fingerprint(name);
            for (AccountSegment a : segments) {
                if (fp < a.minFp() || fp > a.maxFp()) {
                    continue;
                }
                SegmentCodec.Accounts acc = decoded.computeIfAbsent(a.id(), id -> SegmentCodec.decodeAccounts(payload(id)));
                int i = Arrays.binarySearch(acc.fps(), fp);
                if (i < 0) {
                    continue;
                }
                while (i > 0 && acc.fps()[i - 1] == fp) {
                    i--;
                }
                for (; i < acc.fps().length && acc.fps()[i] == fp; i++) {
                    if (acc.accounts()[i].equals(name)) {
                        out.put(name, acc.keys()[i]);
                    }
                }
            }
        }
        return out;
    }

    /** Account names by key, for the keys given (all of them when {@code keys} is null). */
    private Map<Long, String> accountNames(Collection<Long> keys) {
        Map<Long, String> out = new HashMap<>();
        TreeSet<Long> wanted = keys == null ? null : new TreeSet<>(keys);
        if (wanted != null && wanted.isEmpty()) {
            return out;
        }
        for (AccountSegment a : accountSegments()) {
            if (wanted != null && wanted.subSet(a.minKey(), true, a.maxKey(), true).isEmpty()) {
                continue;
            }
            SegmentCodec.Accounts acc = SegmentCodec.decodeAccounts(payload(a.id()));
            for (int i = 0; i < acc.keys().length; i++) {
                if (wanted == null || wanted.contains(acc.keys()[i])) {
                    out.put(acc.keys()[i], acc.accounts()[i]);
                }
            }
        }
        return out;
    }

    private static StoredPayment stored(Header h, SegmentCodec.Data d, int i, Map<Long, String> names) {
        Payment p = new Payment(d.references[i], names.get(d.payers[i]), d.payerNames[i], names.get(d.payees[i]), d.payeeNames[i],
                d.amounts[i], d.currencies[i], d.time(i), d.purposes[i]);
        return new StoredPayment(d.ids[i], h.batchId(), p, h.marking());
    }

    private static final Comparator<StoredPayment> TIME_ORDER = Comparator.comparing((StoredPayment s) -> s.payment().time())
            .thenComparing(s -> s.payment().reference());

    @Override
    public long forEachVisible(Principal reader, Consumer<Payment> sink) {
        long[] n = {0};
        forEachStored(reader, s -> true, s -> {
            sink.accept(s.payment());
            n[0]++;
        });
        return n[0];
    }

    /**
     * Streams the stored payments the reader may see that pass {@code filter}, in time order (then by reference). The
     * marking is applied in the SQL that selects the segments; the filter runs on the decoded payments.
     */
    public void forEachStored(Principal reader, Predicate<StoredPayment> filter, Consumer<StoredPayment> sink) {
        SqlFragment q = visible(reader).and(SqlFragment.of("s.kind = 'D' AND s.rows_live > 0"));
        tx.run(() -> merge(headers(q), filter, sink));
    }

    /**
     * Streams a stored batch's payments in time order, for the system's own hand-offs (the entity store, re-screening):
     * no user read, so no marking filter; what is handed on carries the batch's marking.
     */
    public void forEachInBatch(long batchId, Consumer<StoredPayment> sink) {
        tx.run(() -> merge(headers(SqlFragment.of("s.batch_id = ? AND s.kind = 'D' AND s.rows_live > 0 AND b.status = 'STORED'", batchId)),
                s -> true, sink));
    }

    /** The ids of the stored batches, oldest first (for the system's own hand-offs). */
    public List<Long> storedBatches() {
        return sql.query("SELECT id FROM fin_payment_batch WHERE status = 'STORED' ORDER BY id", rs -> rs.getLong(1));
    }

    /**
     * Merges data segments into one time-ordered stream: segments are opened in the order of their earliest payment,
     * each only once the stream has reached that time, so that segments of time-ordered imports are decoded one or two
     * at a time.
     */
    private void merge(List<Header> segments, Predicate<StoredPayment> filter, Consumer<StoredPayment> sink) {
        if (segments.isEmpty()) {
            return;
        }
        List<Header> order = new ArrayList<>(segments);
        order.sort(Comparator.comparing(Header::minPaidAt).thenComparingLong(Header::minId));
        Map<Long, String> names = order.size() > 64 ? accountNames(null) : null;
        record Cursor(List<StoredPayment> rows, int[] at) {
            StoredPayment head() {
                return rows.get(at[0]);
            }
        }
        PriorityQueue<Cursor> open = new PriorityQueue<>((a, b) -> TIME_ORDER.compare(a.head(), b.head()));
        int next = 0;
        while (next < order.size() || !open.isEmpty()) {
            while (next < order.size() && (open.isEmpty() || !order.get(next).minPaidAt().isAfter(open.peek().head().payment().time()))) {
                Header h = order.get(next++);
                SegmentCodec.Data d = SegmentCodec.decodeData(payload(h.id()), SegmentCodec.Selection.ALL_LIVE);
                Map<Long, String> n = names;
                if (n == null) {
                    List<Long> keys = new ArrayList<>();
                    for (int i = 0; i < d.n; i++) {
                        if (d.live[i]) {
                            keys.add(d.payers[i]);
                            keys.add(d.payees[i]);
                        }
                    }
                    n = accountNames(keys);
                }
                List<StoredPayment> rows = new ArrayList<>(d.n);
                for (int i = 0; i < d.n; i++) {
                    if (d.live[i]) {
                        StoredPayment s = stored(h, d, i, n);
                        if (filter.test(s)) {
                            rows.add(s);
                        }
                    }
                }
                if (!rows.isEmpty()) {
                    rows.sort(TIME_ORDER);
                    open.add(new Cursor(rows, new int[] {0}));
                }
            }
            Cursor c = open.poll();
            if (c == null) {
                continue;
            }
            sink.accept(c.head());
            if (++c.at()[0] < c.rows().size()) {
                open.add(c);
            }
        }
    }

    /** The stored payments with these ids that the reader may see, in time order. */
    public List<StoredPayment> byIds(Principal reader, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TreeSet<Long> wanted = new TreeSet<>(ids);
        SqlFragment q = visible(reader).and(SqlFragment.of("s.kind = 'D' AND s.rows_live > 0 AND s.max_id >= ? AND s.min_id <= ?",
                wanted.first(), wanted.last()));
        return tx.inTransaction(() -> {
            List<StoredPayment> out = new ArrayList<>();
            for (Header h : headers(q)) {
                if (wanted.subSet(h.minId(), true, h.maxId(), true).isEmpty()) {
                    continue;
                }
                SegmentCodec.Data d = SegmentCodec.decodeData(payload(h.id()), data -> {
                    boolean[] want = new boolean[data.n];
                    for (int i = 0; i < data.n; i++) {
                        want[i] = data.live[i] && wanted.contains(data.ids[i]);
                    }
                    return want;
                });
                List<Long> keys = new ArrayList<>();
                for (int i = 0; i < d.n; i++) {
                    if (d.references[i] != null) {
                        keys.add(d.payers[i]);
                        keys.add(d.payees[i]);
                    }
                }
                Map<Long, String> names = accountNames(keys);
                for (int i = 0; i < d.n; i++) {
                    if (d.references[i] != null) {
                        out.add(stored(h, d, i, names));
                    }
                }
            }
            out.sort(TIME_ORDER);
            return out;
        });
    }

    /** The stored payments the reader may see that the account made or received, in time order. */
    public List<StoredPayment> byAccount(Principal reader, long accountId) {
        SqlFragment q = visible(reader).and(SqlFragment.of("s.kind IN ('P', 'Q') AND s.min_account <= ? AND s.max_account >= ?",
                accountId, accountId));
        return tx.inTransaction(() -> {
            Set<Long> ids = new HashSet<>();
            for (Header h : headers(q)) {
                long[][] postings = SegmentCodec.decodePostings(payload(h.id()));
                int i = Arrays.binarySearch(postings[0], accountId);
                if (i < 0) {
                    continue;
                }
                while (i > 0 && postings[0][i - 1] == accountId) {
                    i--;
                }
                for (; i < postings[0].length && postings[0][i] == accountId; i++) {
                    ids.add(postings[1][i]);
                }
            }
            return byIds(reader, ids);
        });
    }

    /** The references of stored payments (any batch, any status), by id: what a fingerprint match is checked against. */
    private Map<Long, String> references(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        TreeSet<Long> wanted = new TreeSet<>(ids);
        List<long[]> segs = sql.query("SELECT id, min_id, max_id FROM fin_payment_segment WHERE kind = 'D' AND max_id >= ? AND min_id <= ?",
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, wanted.first(), wanted.last());
        for (long[] s : segs) {
            if (wanted.subSet(s[1], true, s[2], true).isEmpty()) {
                continue;
            }
            SegmentCodec.Data d = SegmentCodec.decodeData(payload(s[0]), data -> {
                boolean[] want = new boolean[data.n];
                for (int i = 0; i < data.n; i++) {
                    want[i] = data.live[i] && wanted.contains(data.ids[i]);
                }
                return want;
            });
            for (int i = 0; i < d.n; i++) {
                if (d.references[i] != null) {
                    out.put(d.ids[i], d.references[i]);
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Deleting (retention)

    /** What one segment's deletion removed. */
    public record Expired(long deleted, List<String> references) {
    }

    /**
     * Deletes a stored batch's payments paid before {@code cutoff} that no case extracted, one data segment per
     * transaction (each rewritten with the deleted payments' fields wiped, their ids kept as tombstones; the ledger's
     * version raised), then rewrites the batch's posting segments without them. Each segment's deleted references go to
     * {@code deleted} after its transaction. Run it inside {@link #whileNoImport}.
     *
     * @return how many payments were deleted
     */
    public long expire(long batchId, Instant cutoff, Consumer<Expired> deleted) {
        List<Header> segments = headers(SqlFragment.of("s.batch_id = ? AND s.kind = 'D' AND s.rows_live > 0 AND s.min_paid_at < ?",
                batchId, cutoff));
        long total = 0;
        for (Header h : segments) {
            Expired e = tx.inTransaction(() -> {
                SegmentCodec.Data d = SegmentCodec.decodeData(payload(h.id()), SegmentCodec.Selection.ALL_LIVE);
                Set<Long> extracted = new HashSet<>(sql.query("SELECT payment_id FROM fin_payment_extract WHERE payment_id >= ? AND payment_id <= ?",
                        rs -> rs.getLong(1), h.minId(), h.maxId()));
                List<Long> ids = new ArrayList<>();
                List<String> refs = new ArrayList<>();
                for (int i = 0; i < d.n; i++) {
                    if (d.live[i] && d.time(i).isBefore(cutoff) && !extracted.contains(d.ids[i])) {
                        d.live[i] = false;
                        ids.add(d.ids[i]);
                        refs.add(d.references[i]);
                    }
                }
                if (ids.isEmpty()) {
                    return new Expired(0, List.of());
                }
                rewrite(h, d);
                for (int from = 0; from < ids.size(); from += IN_LIST) {
                    List<Long> part = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
                    String in = "?,".repeat(part.size() - 1) + "?";
                    sql.update("DELETE FROM fin_payment_search_hit WHERE payment_id IN (" + in + ")", part.toArray());
                    sql.update("DELETE FROM fin_payment_ref_extra WHERE payment_id IN (" + in + ")", part.toArray());
                }
                sql.update("UPDATE fin_payment_batch SET deleted_count = deleted_count + ? WHERE id = ?", ids.size(), batchId);
                bumpVersion();
                return new Expired(ids.size(), refs);
            });
            if (e.deleted() > 0) {
                deleted.accept(e);
                total += e.deleted();
            }
        }
        if (total > 0) {
            tx.run(() -> rewritePostings(batchId));
        }
        return total;
    }

    /** Rewrites a data segment with its rows' live bits as in {@code d} (dead rows wiped), or deletes it when none lives. */
    private void rewrite(Header h, SegmentCodec.Data d) {
        int live = 0;
        for (boolean b : d.live) {
            live += b ? 1 : 0;
        }
        if (live == 0) {
            sql.update("DELETE FROM fin_payment_segment_data WHERE segment_id = ?", h.id());
            sql.update("DELETE FROM fin_payment_segment WHERE id = ?", h.id());
            return;
        }
        byte[] payload = SegmentCodec.encodeData(d.ids, d.live, d.payers, d.payees, d.seconds, d.nanos, d.amounts, d.currencies,
                d.references, d.payerNames, d.payeeNames, d.purposes, 0, d.n);
        sql.update("UPDATE fin_payment_segment_data SET payload = ? WHERE segment_id = ?", payload, h.id());
        sql.update("UPDATE fin_payment_segment SET rows_live = ? WHERE id = ?", live, h.id());
    }

    /** Rewrites a batch's posting and fingerprint segments keeping only entries of live payments. */
    private void rewritePostings(long batchId) {
        Set<Long> live = new HashSet<>();
        for (long segment : sql.query("SELECT id FROM fin_payment_segment WHERE batch_id = ? AND kind = 'D'", rs -> rs.getLong(1), batchId)) {
            SegmentCodec.Data d = SegmentCodec.decodeData(payload(segment), data -> new boolean[data.n]);
            for (int i = 0; i < d.n; i++) {
                if (d.live[i]) {
                    live.add(d.ids[i]);
                }
            }
        }
        for (long segment : sql.query("SELECT id FROM fin_payment_segment WHERE batch_id = ? AND kind IN ('P', 'Q', 'F')", rs -> rs.getLong(1),
                batchId)) {
            long[][] p = SegmentCodec.decodePostings(payload(segment));
            int n = 0;
            for (int i = 0; i < p[0].length; i++) {
                if (live.contains(p[1][i])) {
                    p[0][n] = p[0][i];
                    p[1][n++] = p[1][i];
                }
            }
            if (n == p[0].length) {
                continue;
            }
            if (n == 0) {
                sql.update("DELETE FROM fin_payment_segment_data WHERE segment_id = ?", segment);
                sql.update("DELETE FROM fin_payment_segment WHERE id = ?", segment);
                continue;
            }
            long minId = Long.MAX_VALUE;
            long maxId = Long.MIN_VALUE;
            for (int i = 0; i < n; i++) {
                minId = Math.min(minId, p[1][i]);
                maxId = Math.max(maxId, p[1][i]);
            }
            sql.update("UPDATE fin_payment_segment_data SET payload = ? WHERE segment_id = ?", SegmentCodec.encodePostings(p[0], p[1], 0, n),
                    segment);
            sql.update("UPDATE fin_payment_segment SET rows_total = ?, rows_live = ?, min_id = ?, max_id = ?, min_account = ?, max_account = ?"
                    + " WHERE id = ?", n, n, minId, maxId, p[0][0], p[0][n - 1], segment);
        }
    }

    /** How many of a batch's payments paid before {@code cutoff} are still stored (those a case extracted). */
    public long storedBefore(long batchId, Instant cutoff) {
        long n = 0;
        for (Header h : headers(SqlFragment.of("s.batch_id = ? AND s.kind = 'D' AND s.rows_live > 0 AND s.min_paid_at < ?", batchId, cutoff))) {
            SegmentCodec.Data d = SegmentCodec.decodeData(payload(h.id()), data -> new boolean[data.n]);
            for (int i = 0; i < d.n; i++) {
                if (d.live[i] && d.time(i).isBefore(cutoff)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Deletes the accounts no stored payment refers to (rewriting the account segments); returns how many. Run it inside {@link #whileNoImport}. */
    public int deleteUnusedAccounts() {
        return tx.inTransaction(() -> {
            Set<Long> used = referencedAccounts(Long.MIN_VALUE, Long.MAX_VALUE);
            int deleted = 0;
            for (AccountSegment a : accountSegments()) {
                SegmentCodec.Accounts acc = SegmentCodec.decodeAccounts(payload(a.id()));
                int n = acc.keys().length;
                int k = 0;
                long min = Long.MAX_VALUE;
                long max = Long.MIN_VALUE;
                for (int i = 0; i < n; i++) {
                    if (used.contains(acc.keys()[i])) {
                        acc.fps()[k] = acc.fps()[i];
                        acc.keys()[k] = acc.keys()[i];
                        acc.accounts()[k++] = acc.accounts()[i];
                        min = Math.min(min, acc.keys()[i]);
                        max = Math.max(max, acc.keys()[i]);
                    }
                }
                deleted += n - k;
                if (k == n) {
                    continue;
                }
                if (k == 0) {
                    sql.update("DELETE FROM fin_payment_segment_data WHERE segment_id = ?", a.id());
                    sql.update("DELETE FROM fin_payment_segment WHERE id = ?", a.id());
                    continue;
                }
                sql.update("UPDATE fin_payment_segment_data SET payload = ? WHERE segment_id = ?",
                        SegmentCodec.encodeAccounts(acc.fps(), acc.keys(), acc.accounts(), 0, k), a.id());
                sql.update("UPDATE fin_payment_segment SET rows_total = ?, rows_live = ?, min_id = ?, max_id = ?, min_account = ?, max_account = ?"
                        + " WHERE id = ?", k, k, min, max, acc.fps()[0], acc.fps()[k - 1], a.id());
            }
            return deleted;
        });
    }

    /** The account keys in [min, max] that a posting segment (or a payment row not converted yet) refers to. */
    private Set<Long> referencedAccounts(long min, long max) {
        Set<Long> used = new HashSet<>();
        for (long segment : sql.query("SELECT id FROM fin_payment_segment WHERE kind IN ('P', 'Q') AND min_account <= ? AND max_account >= ?",
                rs -> rs.getLong(1), max, min)) {
            for (long a : SegmentCodec.decodePostings(payload(segment))[0]) {
                if (a >= min && a <= max) {
                    used.add(a);
                }
            }
        }
        used.addAll(sql.query("SELECT payer_id FROM fin_payment UNION SELECT payee_id FROM fin_payment", rs -> rs.getLong(1)));
        return used;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Batches and counts

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

    /** Counts the stored payments the reader may see (from the segment headers; nothing is decoded). */
    public long countVisible(Principal reader) {
        SqlFragment q = visible(reader);
        return sql.count("SELECT COALESCE(SUM(s.rows_live), 0) FROM fin_payment_segment s JOIN fin_payment_batch b ON b.id = s.batch_id"
                + " WHERE s.kind = 'D' AND " + q.sql(), q.paramArray());
    }

    /** The payments stored, in any batch and state, counted from the segment headers (for checks and benchmarks). */
    public long countStored() {
        return sql.count("SELECT COALESCE(SUM(rows_live), 0) FROM fin_payment_segment WHERE kind = 'D'");
    }

    /** Stored payments per status, for the import page's summary. */
    public Map<String, Long> totals(Principal reader) {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("payments", countVisible(reader));
        out.put("accounts", countAccounts());
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
