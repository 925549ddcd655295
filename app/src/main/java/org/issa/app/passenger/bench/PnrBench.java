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
 * store (one transaction per message with its audit entry), on a fresh H2 file database and, when given, a fresh
 * PostgreSQL schema. The parse-only rate over the same files is the baseline that shows what storage costs.
 *
 * <p>Screening against watch lists and criteria evaluation run after storage in production ({@link PnrIngest.AfterStore});
 * {@link #afterStore} is the hook through which the benchmark includes them once they are wired.
 */
public final class PnrBench {

    /** What to run. */
    public record Options(int files, int threads, long seed, String postgresUrl, String postgresUser, String postgresPassword) {
    }

    private final Options options;
    private final Consumer<String> progress;
    private PnrIngest.AfterStore afterStore = PnrIngest.AfterStore.nothing();
    private int backtestBookings;
    private int groupFiles = 1;
    private boolean baseline = true;

    public PnrBench(Options options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    /** How many generated bookings the criteria backtest runs over (0: none). */
    public PnrBench backtestBookings(int bookings) {
        this.backtestBookings = bookings;
        return this;
    }

    /** How many files are ingested in one transaction ({@link PnrIngest#ingestAll}); 1 stores each message on its own. */
    public PnrBench groupFiles(int files) {
        this.groupFiles = Math.max(1, files);
        return this;
    }

    /** Whether to also run the other grouping on H2 for comparison (groups of 16 when one per message, else one per message). */
    public PnrBench baseline(boolean run) {
        this.baseline = run;
        return this;
    }

    /** Adds what runs after each stored message (screening and criteria), measured as part of ingest. */
    public PnrBench afterStore(PnrIngest.AfterStore after) {
        this.afterStore = after;
        return this;
    }

    public Map<String, Object> run() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        progress.accept("generating " + options.files() + " PNRGOV interchanges (seed " + options.seed() + ")");
        TrafficGenerator generator = new TrafficGenerator(options.seed());
        List<byte[]> files = new ArrayList<>(options.files());
        int messages = 0;
        int pnrs = 0;
        long bytes = 0;
        for (int i = 0; i < options.files(); i++) {
            TrafficGenerator.GeneratedFile f = generator.nextPnrgov();
            files.add(f.bytes());
            messages += f.pnrMessages().size();
            pnrs += f.pnrMessages().stream().mapToInt(m -> m.bookings().size()).sum();
            bytes += f.bytes().length;
        }
        out.put("files", files.size());
        out.put("messages", messages);
        out.put("pnrs", pnrs);
        out.put("bytes", bytes);
        out.put("threads", options.threads());
        out.put("cores", Runtime.getRuntime().availableProcessors());

        // The ingest module's parse benchmark (its own mix of files, warm-up and median of passes), then, as the baseline
        // of the ingest figures below, one parse pass over the very files ingested.
        out.putAll(org.issa.passenger.bench.PnrParseBench.run(new org.issa.passenger.bench.PnrParseBench.Options(options.seed(),
                options.files(), options.threads(), 2, 3), progress).toMap());
        PassengerMessages reader = new PassengerMessages();
        long t0 = System.nanoTime();
        parseAll(reader, files);
        double parseSeconds = (System.nanoTime() - t0) / 1e9;
        out.put("ingest_files_parse_only_pnr_per_s", Math.round(pnrs / parseSeconds));

        // A warm-up ingest into a throw-away database, so that both paths below run compiled code.
        List<byte[]> warmUp = files.subList(0, Math.min(files.size(), Math.max(50, files.size() / 5)));
        h2Ingest(warmUp, 0, groupFiles);
        if (baseline) {
            h2Ingest(warmUp, 0, groupFiles > 1 ? 1 : 16);
        }
        out.put("ingest_files_per_transaction", groupFiles);
        out.put("ingest_pnr_per_s_h2", h2Ingest(files, pnrs, groupFiles));
        if (baseline) {
            // the other way round as the comparison: one transaction per message when grouping, groups of 16 when not
            int other = groupFiles > 1 ? 1 : 16;
            out.put("ingest_compared_" + other + "_files_per_transaction_pnr_per_s_h2", h2Ingest(files, pnrs, other));
        }
        if (options.postgresUrl() != null && !options.postgresUrl().isBlank()) {
            String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            PGSimpleDataSource admin = pg(null);
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            try (HikariDataSource pg = pool(options.postgresUrl(), options.postgresUser(), options.postgresPassword(), schema)) {
                out.put("ingest_pnr_per_s_postgres", ingest("PostgreSQL", pg, files, pnrs, groupFiles));
            } finally {
                try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
        if (backtestBookings > 0) {
            // One specific criterion over generated bookings streamed from memory (not read from a database): the
            // evaluation cost of a backtest, without the store's read and JSON decoding.
            progress.accept("backtest of one criterion over " + backtestBookings + " generated bookings");
            Map<String, Object> backtest = org.issa.passenger.criteria.BacktestBench.run(backtestBookings);
            out.put("backtest_seconds", backtest.get("backtest_seconds"));
            out.put("backtest", backtest);
        }
        out.put("pipeline", "parse (PassengerMessages) -> keep (KeepFilter) -> store (PnrStore: " + groupFiles + " files per "
                + "transaction, an audit entry per message)" + (afterStore == PnrIngest.AfterStore.nothing() ? "; screening and criteria not "
                + "included (hook: PnrBench.afterStore)" : " -> after-store hook"));
        return out;
    }

    private int parseAll(PassengerMessages reader, List<byte[]> files) throws NotAnInterchangeException {
        int n = 0;
        for (byte[] f : files) {
            n += reader.read(f).pnrMessages().size();
        }
        return n;
    }

    /** A fresh H2 file database, as the server opens one (see {@link #H2_SETTINGS}). */
    private long h2Ingest(List<byte[]> files, int pnrs, int group) throws Exception {
        Path dir = Files.createTempDirectory("issa-bench-pnr");
        HikariDataSource h2 = pool("jdbc:h2:file:" + dir.resolve("issa") + H2_SETTINGS, "sa", "", null);
        try {
            return ingest("H2" + (group == 1 ? " (one transaction per message)" : ""), h2, files, pnrs, group);
        } finally {
            h2.close();
            deleteTree(dir);
        }
    }

    /** Settings of the bench's H2 URL: none beyond the defaults the server's own URL uses. */
    static final String H2_SETTINGS = "";

    private long ingest(String name, DataSource ds, List<byte[]> files, int pnrs, int group) throws Exception {
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
        PnrStore store = new PnrStore(sql, new JdbcAuditLog(sql, tx, clock), tx, clock,
                PassengerSettings.fromEnvironment(Map.of()).marking(), EntityPublication.none());
        PnrIngest ingest = new PnrIngest(new PassengerMessages()::read, new KeepFilter()::keep, store, afterStore);
        progress.accept("ingesting " + files.size() + " files into " + name + " with " + options.threads() + " threads");
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        long t0 = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < options.threads(); t++) {
                done.add(pool.submit(() -> {
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
        long stored = sql.count("SELECT COUNT(*) FROM pnr_booking_version");
        progress.accept(name + ": " + stored + " booking versions stored in " + String.format("%.1f", seconds) + " s");
        return Math.round(pnrs / seconds);
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

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
