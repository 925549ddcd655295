package org.issa.app.passenger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import com.zaxxer.hikari.HikariDataSource;
import org.issa.app.audit.JdbcAuditLog;
import org.issa.app.passenger.PassengerSettings;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.passenger.ingest.NotAnInterchangeException;
import org.issa.passenger.ingest.PassengerMessages;
import org.issa.passenger.keep.KeepFilter;
import org.issa.passenger.store.Channel;
import org.issa.passenger.store.Delivery;
import org.issa.passenger.store.EntityPublication;
import org.issa.passenger.store.PnrIngest;
import org.issa.passenger.store.PnrStore;
import org.issa.passenger.synthetic.TrafficGenerator;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * End-to-end ingest of synthetic PNRGOV traffic: parse (the ingest module's reader), keep (the sensitive-data keeper),
 * store (one transaction per message with its audit entry), then assess (the production after-store hook: every
 * passenger screened against the UN list, the criteria in force evaluated, hits raised for review; see
 * {@link BenchAssessment}), on a fresh H2 file database and, when given, a fresh PostgreSQL schema. The parse-only rate
 * over the same files and a store-only run (no assessment) are the baselines that show what storage and assessment cost.
 * The backtest of one criterion over a million stored PNRs is {@link StoredBacktestBench}.
 */
public final class PnrBench {

    /** End-to-end ingests of all the files before the measured ones (see where they run). */
    static final int WARM_UP_PASSES = 2;

    /** What to run. */
    public record Options(int files, int threads, long seed, String postgresUrl, String postgresUser, String postgresPassword) {
    }

    /** What one ingest run gave: its rate, and what the assessment did when it ran. */
    record IngestRun(long pnrPerS, double seconds, long stored, BenchAssessment.Counts counts, BenchAssessment.Setup setup,
                     double cpuSeconds, double processCpuSeconds) {

        /** CPU time of the ingest threads per PNR, in milliseconds: less sensitive than the rate to other work on the machine. */
        double cpuMsPerPnr(int pnrs) {
            return pnrs == 0 ? 0 : Math.round(cpuSeconds * 1e6 / pnrs) / 1000.0;
        }

        /** CPU time of the whole process per PNR (ingest threads, GC, JIT, the database's own threads), in milliseconds. */
        double processCpuMsPerPnr(int pnrs) {
            return pnrs == 0 ? 0 : Math.round(processCpuSeconds * 1e6 / pnrs) / 1000.0;
        }
    }

    private final Options options;
    private final Consumer<String> progress;
    private int criteria = 100;
    private java.util.Optional<Path> unList = java.util.Optional.empty();
    private int backtestBookings;
    private StoredBacktestBench.Options storedBacktest;
    private boolean backtestOnly;
    private int groupFiles = 1;
    private boolean baseline = true;
    private boolean parseBench = true;
    private int ingestPasses = 5;

    public PnrBench(Options options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    /** How many generated bookings the criteria backtest runs over (0: none). */
    public PnrBench backtestBookings(int bookings) {
        this.backtestBookings = bookings;
        return this;
    }

    /** Whether to run only the backtest over stored PNRs (no traffic parsed or ingested). */
    public PnrBench backtestOnly(boolean only) {
        this.backtestOnly = only;
        return this;
    }

    /** The backtest over stored PNRs ({@link StoredBacktestBench}); null: none. */
    public PnrBench storedBacktest(StoredBacktestBench.Options o) {
        this.storedBacktest = o;
        return this;
    }

    /** How many files are ingested in one transaction ({@link PnrIngest#ingestAll}); 1 stores each message on its own. */
    public PnrBench groupFiles(int files) {
        this.groupFiles = Math.max(1, files);
        return this;
    }

    /** How many times each H2 ingest run is repeated (each on a fresh database); the median is reported. */
    public PnrBench ingestPasses(int passes) {
        this.ingestPasses = Math.max(1, passes);
        return this;
    }

    /** Whether to run the parse benchmark (parse_msgs_per_s) before the ingest runs. */
    public PnrBench parseBench(boolean run) {
        this.parseBench = run;
        return this;
    }

    /** Whether to also run the store-only ingest (no assessment) on H2 for comparison. */
    public PnrBench baseline(boolean run) {
        this.baseline = run;
        return this;
    }

    /** How many criteria are in force for the end-to-end runs (0: screening only). */
    public PnrBench criteria(int count) {
        this.criteria = Math.max(0, count);
        return this;
    }

    /** The UN consolidated list XML to screen against; without it a generated list of the same size is used. */
    public PnrBench unList(java.util.Optional<Path> file) {
        this.unList = file;
        return this;
    }

    public Map<String, Object> run() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cores", Runtime.getRuntime().availableProcessors());
        if (!backtestOnly) {
            ingestRuns(out);
        }
        if (storedBacktest != null && storedBacktest.pnrs() > 0) {
            out.putAll(StoredBacktestBench.run(storedBacktest, progress));
        }
        if (backtestBookings > 0) {
            // One specific criterion over generated bookings streamed from memory (not read from a database): the
            // evaluation cost of a backtest, without the store's read and JSON decoding.
            progress.accept("backtest of one criterion over " + backtestBookings + " generated bookings");
            out.put("backtest_generated_in_memory", org.issa.passenger.criteria.BacktestBench.run(backtestBookings));
        }
        return out;
    }

    private void ingestRuns(Map<String, Object> out) throws Exception {
        progress.accept("generating " + options.files() + " PNRGOV interchanges (seed " + options.seed() + ")");
        TrafficGenerator generator = new TrafficGenerator(options.seed());
        List<byte[]> files = new ArrayList<>(options.files());
        int messages = 0;
        int pnrCount = 0;
        long bytes = 0;
        for (int i = 0; i < options.files(); i++) {
            TrafficGenerator.GeneratedFile f = generator.nextPnrgov();
            files.add(f.bytes());
            messages += f.pnrMessages().size();
            pnrCount += f.pnrMessages().stream().mapToInt(m -> m.bookings().size()).sum();
            bytes += f.bytes().length;
        }
        int pnrs = pnrCount;
        out.put("files", files.size());
        out.put("messages", messages);
        out.put("pnrs", pnrs);
        out.put("bytes", bytes);
        out.put("threads", options.threads());

        // The ingest module's parse benchmark (its own mix of files, warm-up and median of passes), then, as the baseline
        // of the ingest figures below, one parse pass over the very files ingested.
        if (parseBench) {
            out.putAll(org.issa.passenger.bench.PnrParseBench.run(new org.issa.passenger.bench.PnrParseBench.Options(options.seed(),
                    options.files(), options.threads(), 5, 5), progress).toMap());
        }
        PassengerMessages reader = new PassengerMessages();
        long t0 = System.nanoTime();
        parseAll(reader, files);
        double parseSeconds = (System.nanoTime() - t0) / 1e9;
        out.put("ingest_files_parse_only_pnr_per_s", Math.round(pnrs / parseSeconds));

        // Warm-up ingests of the same files into throw-away databases, end to end, so that the runs below measure the
        // compiled code of a running server: after one, the JIT compiler still took 3-4 s of CPU in the first measured run
        // (and a fifth of the files left the criteria and the database still being compiled).
        for (int i = 0; i < WARM_UP_PASSES; i++) {
            h2Ingest(files, 0, groupFiles, true);
        }
        out.put("ingest_warm_up_passes", WARM_UP_PASSES);
        out.put("ingest_files_per_transaction", groupFiles);
        if (baseline) {
            // parse, keep and store only: what the assessment costs on top shows against it
            IngestRun storeOnly = median(ingestPasses, () -> h2Ingest(files, pnrs, groupFiles, false), out, "ingest_store_only_passes_pnr_per_s_h2");
            out.put("ingest_store_only_pnr_per_s_h2", storeOnly.pnrPerS());
            out.put("ingest_store_only_cpu_ms_per_pnr_h2", storeOnly.cpuMsPerPnr(pnrs));
        }
        IngestRun h2 = median(ingestPasses, () -> h2Ingest(files, pnrs, groupFiles, true), out, "ingest_passes_pnr_per_s_h2");
        out.put("ingest_pnr_per_s_h2", h2.pnrPerS());
        out.put("ingest_seconds_h2", Math.round(h2.seconds() * 100) / 100.0);
        out.put("ingest_cpu_ms_per_pnr_h2", h2.cpuMsPerPnr(pnrs));
        out.put("ingest_process_cpu_ms_per_pnr_h2", h2.processCpuMsPerPnr(pnrs));
        out.put("screening_list", h2.setup().listSource());
        out.put("screening_list_entries", h2.setup().listEntries());
        out.put("criteria_in_force", h2.setup().criteria());
        out.put("criteria_reading_travel_history", h2.setup().historyCriteria());
        out.put("assessed_pushes", h2.counts().pushes.get());
        out.put("assessed_pushes_skipped", h2.counts().skipped.get());
        out.put("assessed_passengers", h2.counts().passengers.get());
        out.put("list_hits", h2.counts().listHits.get());
        out.put("criterion_hits", h2.counts().criterionHits.get());
        out.put("hits_raised", h2.counts().newHits.get());
        if (options.postgresUrl() != null && !options.postgresUrl().isBlank()) {
            String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            PGSimpleDataSource admin = pg(null);
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            try (HikariDataSource pg = pool(options.postgresUrl(), options.postgresUser(), options.postgresPassword(), schema)) {
                IngestRun r = ingest("PostgreSQL", pg, files, pnrs, groupFiles, true);
                out.put("ingest_pnr_per_s_postgres", r.pnrPerS());
                out.put("ingest_seconds_postgres", Math.round(r.seconds() * 100) / 100.0);
                out.put("hits_raised_postgres", r.counts().newHits.get());
            } finally {
                try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
        out.put("pipeline", "parse (PassengerMessages) -> keep (KeepFilter) -> store (PnrStore: " + groupFiles + " files per "
                + "transaction, an audit entry per message) -> assess (the after-store hook of the carrier endpoint and `issa pnr import`: "
                + "every passenger screened against the list through the screening index, " + criteria + " criteria in force evaluated, "
                + "each hit raised in the review queue, the assessment audited), on " + options.threads() + " ingest threads");
    }

    /** A run done {@code passes} times, each on a fresh database: the run of the median rate, the rates of all put under {@code key}. */
    private static IngestRun median(int passes, java.util.concurrent.Callable<IngestRun> run, Map<String, Object> out, String key) throws Exception {
        List<IngestRun> runs = new ArrayList<>();
        for (int i = 0; i < Math.max(1, passes); i++) {
            runs.add(run.call());
        }
        out.put(key, runs.stream().map(IngestRun::pnrPerS).toList());
        List<IngestRun> sorted = new ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingLong(IngestRun::pnrPerS));
        return sorted.get((sorted.size() - 1) / 2);
    }

    private int parseAll(PassengerMessages reader, List<byte[]> files) throws NotAnInterchangeException {
        int n = 0;
        for (byte[] f : files) {
            n += reader.read(f).pnrMessages().size();
        }
        return n;
    }

    /** A fresh H2 file database, as the server opens one (see {@link #H2_SETTINGS}). */
    private IngestRun h2Ingest(List<byte[]> files, int pnrs, int group, boolean assess) throws Exception {
        Path dir = Files.createTempDirectory("issa-bench-pnr");
        HikariDataSource h2 = pool("jdbc:h2:file:" + dir.resolve("issa") + H2_SETTINGS, "sa", "", null);
        try {
            return ingest("H2" + (assess ? ", end to end" : ", store only"), h2, files, pnrs, group, assess);
        } finally {
            h2.close();
            deleteTree(dir);
        }
    }

    /** Settings of the bench's H2 URL: those of the server's own URL. */
    static final String H2_SETTINGS = org.issa.app.cli.Settings.H2_TUNING;

    private IngestRun ingest(String name, DataSource ds, List<byte[]> files, int pnrs, int group, boolean assess) throws Exception {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        TransactionTemplate template = new TransactionTemplate(new DataSourceTransactionManager(ds));
        Transactions tx = new Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                return template.execute(status -> work.get());
            }
        };
        Sql sql = new Sql(new TransactionAwareDataSourceProxy(ds));
        Clock clock = Clock.systemUTC();
        JdbcAuditLog audit = new JdbcAuditLog(sql, tx, clock);
        PnrStore store = new PnrStore(sql, audit, tx, clock,
                PassengerSettings.fromEnvironment(Map.of()).marking(), EntityPublication.none());
        BenchAssessment.Counts counts = new BenchAssessment.Counts();
        BenchAssessment.Setup setup = assess ? BenchAssessment.prepare(sql, audit, tx, clock, unList, criteria)
                : new BenchAssessment.Setup("none (store only)", 0, 0, 0);
        PnrIngest.AfterStore after = assess ? BenchAssessment.hook(sql, audit, tx, clock, store, counts) : PnrIngest.AfterStore.nothing();
        PnrIngest ingest = new PnrIngest(new PassengerMessages()::read, new KeepFilter()::keep, store, after);
        progress.accept("ingesting " + files.size() + " files into " + name + " with " + options.threads() + " threads");
        AtomicInteger next = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
        java.lang.management.ThreadMXBean threadTimes = java.lang.management.ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long process0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < options.threads(); t++) {
                done.add(pool.submit(() -> {
                    long cpu0 = threadTimes.getCurrentThreadCpuTime();
                    try {
                        ingestShare(ingest, files, next, group);
                    } finally {
                        cpuNanos.addAndGet(threadTimes.getCurrentThreadCpuTime() - cpu0);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double processCpu = (os.getProcessCpuTime() - process0) / 1e9;
        long stored = sql.count("SELECT COUNT(*) FROM pnr_booking_version");
        progress.accept(name + ": " + stored + " booking versions stored in " + String.format("%.1f", seconds) + " s"
                + (assess ? ", " + counts.passengers.get() + " passengers assessed, " + counts.newHits.get() + " hits raised" : ""));
        return new IngestRun(Math.round(pnrs / seconds), seconds, stored, counts, setup, cpuNanos.get() / 1e9, processCpu);
    }

    /** One ingest thread's share: files taken {@code group} at a time until none are left. */
    private static void ingestShare(PnrIngest ingest, List<byte[]> files, AtomicInteger next, int group) {
        int i;
        while ((i = next.getAndAdd(group)) < files.size()) {
            if (group == 1) {
                try {
                    ingest.ingest(new Delivery(Channel.BENCH, "bench", "", files.get(i)));
                } catch (NotAnInterchangeException e) {
                    throw new IllegalStateException("a generated file was refused: " + e.getMessage(), e);
                }
                continue;
            }
            List<Delivery> deliveries = new ArrayList<>(group);
            for (int k = i; k < Math.min(files.size(), i + group); k++) {
                deliveries.add(new Delivery(Channel.BENCH, "bench", "", files.get(k)));
            }
            for (PnrIngest.FileOutcome o : ingest.ingestAll(deliveries)) {
                if (!o.problems().isEmpty()) {
                    throw new IllegalStateException("a generated file was not stored: " + o.problems());
                }
            }
        }
    }

    /** A connection pool as the server has one (HikariCP), sized for the worker threads. */
    private HikariDataSource pool(String url, String user, String password, String schema) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(user);
        ds.setPassword(password);
        if (schema != null) {
            ds.setSchema(schema);
        }
        ds.setMaximumPoolSize(options.threads() + 2);
        return ds;
    }

    private PGSimpleDataSource pg(String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(options.postgresUrl());
        ds.setUser(options.postgresUser());
        ds.setPassword(options.postgresPassword());
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }

    static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
