package org.issa.app.passenger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.issa.app.audit.JdbcAuditLog;
import org.issa.app.passenger.PassengerSettings;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.passenger.criteria.Backtest;
import org.issa.passenger.criteria.BacktestBench;
import org.issa.passenger.criteria.FactsSource;
import org.issa.passenger.criteria.CriteriaModel;
import org.issa.passenger.criteria.PassengerFacts;
import org.issa.passenger.ingest.NotAnInterchangeException;
import org.issa.passenger.ingest.PassengerMessages;
import org.issa.passenger.keep.KeepFilter;
import org.issa.passenger.search.StoredCriteriaFacts;
import org.issa.passenger.search.StoredTravelHistory;
import org.issa.passenger.store.Channel;
import org.issa.passenger.store.CriteriaFactsCopy;
import org.issa.passenger.store.Delivery;
import org.issa.passenger.store.EntityPublication;
import org.issa.passenger.store.PnrIngest;
import org.issa.passenger.store.PnrStore;
import org.issa.passenger.synthetic.TrafficGenerator;
import org.issa.rules.CompiledRule;
import org.issa.rules.RuleCompiler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The criteria backtest over stored PNRs: an H2 file database is filled with {@code pnrs} synthetic bookings through the
 * real ingest path (parse, keep, store with audit entries; no assessment), paced so that a million depart within about a year;
 * then one draft criterion is backtested over the period of the stored departures (at most {@link Backtest#MAX_DAYS}
 * days) exactly as the criteria editor runs it: the criteria facts copy of each booking's current version read by a
 * database cursor in departure order and decoded, the criterion evaluated, the stored booking and its travel history
 * read only for passengers a history criterion cannot decide without. A kept database stored before the copy existed
 * gets it first (timed apart as {@code backtest_facts_backfill_seconds}). The
 * database may be kept ({@code database}) so that the load is paid once; a kept database that already holds enough
 * bookings is only read.
 */
public final class StoredBacktestBench {

    /** The timed criterion's default: not reading the travel history. */
    public static final String CRITERION = BacktestBench.CRITERION;
    /** A second criterion timed over the same data, reading the travel history (looked up for the passengers it cannot decide without). */
    public static final String HISTORY_CRITERION = "itinerary.destination == 'IST' && history.trips_90d >= 2";

    /**
     * @param pnrs      stored bookings wanted
     * @param database  the H2 database file (without {@code .mv.db}) to keep between runs; empty: a temporary one
     * @param seed      generator seed
     * @param threads   loading threads
     * @param criterion the criterion timed
     * @param history   whether to time {@link #HISTORY_CRITERION} too
     */
    public record Options(int pnrs, Optional<Path> database, long seed, int threads, String criterion, boolean history) {
    }

    private StoredBacktestBench() {
    }

    public static Map<String, Object> run(Options o, Consumer<String> progress) throws Exception {
        Path dir = o.database().isPresent() ? null : Files.createTempDirectory("issa-bench-backtest");
        Path file = o.database().orElseGet(() -> dir.resolve("issa"));
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:h2:file:" + file.toAbsolutePath() + PnrBench.H2_SETTINGS);
        ds.setUsername("sa");
        ds.setPassword("");
        ds.setMaximumPoolSize(o.threads() + 2);
        try {
            // Each module numbers its migrations in its own range (V5_x passenger, V7_x finance…): a kept database migrated
            // before a module added one below another module's highest is brought up to date out of order.
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").outOfOrder(true).load().migrate();
            TransactionTemplate template = new TransactionTemplate(new DataSourceTransactionManager(ds));
            Transactions tx = new Transactions() {
                @Override
                public <T> T inTransaction(java.util.function.Supplier<T> work) {
                    return template.execute(status -> work.get());
                }
            };
            Sql sql = new Sql(new TransactionAwareDataSourceProxy(ds));
            long before = sql.count("SELECT COUNT(*) FROM pnr_booking");
            out.put("backtest_database", o.database().map(p -> p.toAbsolutePath().toString()).orElse("temporary (deleted after the run)"));
            out.put("backtest_pnrs_found_stored", before);
            if (before < o.pnrs()) {
                long t0 = System.nanoTime();
                long stored = load(sql, tx, o, before, progress);
                double s = (System.nanoTime() - t0) / 1e9;
                out.put("backtest_load_seconds", Math.round(s * 10) / 10.0);
                out.put("backtest_load_pnr_per_s", Math.round((stored - before) / s));
            }
            long total = sql.count("SELECT COUNT(*) FROM pnr_booking");
            out.put("backtest_pnrs_stored", total);

            LocalDate first = sql.query("SELECT MIN(departure_date) FROM pnr_leg WHERE position = 1", rs -> rs.getObject(1, LocalDate.class))
                    .getFirst();
            LocalDate last = sql.query("SELECT MAX(departure_date) FROM pnr_leg WHERE position = 1", rs -> rs.getObject(1, LocalDate.class))
                    .getFirst();
            if (first == null) {
                throw new IllegalStateException("no stored booking has a departure date");
            }
            LocalDate to = last.isAfter(first.plusDays(Backtest.MAX_DAYS - 1)) ? first.plusDays(Backtest.MAX_DAYS - 1) : last;
            // Bookings stored before the criteria facts copy existed (a kept database) get it first, as the server does at start.
            long b0 = System.nanoTime();
            long backfilled = CriteriaFactsCopy.backfill(sql, tx, 1000, n -> {
                if (n % 50_000 < 1000) {
                    progress.accept("criteria facts copy written for " + n + " stored bookings");
                }
            });
            if (backfilled > 0) {
                out.put("backtest_facts_backfill_seconds", Math.round((System.nanoTime() - b0) / 1e7) / 100.0);
                out.put("backtest_facts_backfilled", backfilled);
            }
            FactsSource source = new StoredCriteriaFacts(sql);
            StoredTravelHistory history = new StoredTravelHistory(sql);
            RuleCompiler compiler = new RuleCompiler(CriteriaModel.MODEL);
            CompiledRule rule = compiler.compile(o.criterion()).orThrow();
            // a warm-up over the first week, so that the timed run runs compiled code
            Backtest.run(rule, source, first, first.plusDays(6), history, 20);
            progress.accept("backtest of one criterion over the stored bookings departing " + first + " to " + to);
            Backtest.Result r = Backtest.run(rule, source, first, to, history, 20);
            out.put("backtest_seconds", Math.round(r.seconds() * 100) / 100.0);
            out.put("backtest_pnrs", r.bookings());
            out.put("backtest_passengers", r.passengers());
            out.put("backtest_hits", r.hits());
            out.put("backtest_undecided", r.undecided());
            out.put("backtest_pnrs_per_s", Math.round(r.bookings() / r.seconds()));
            out.put("backtest_criterion", o.criterion());
            out.put("backtest_criterion_reads_history", PassengerFacts.readsHistory(rule.fields()));
            out.put("backtest_period", first + " to " + to);
            progress.accept("backtest: " + r.bookings() + " PNRs, " + r.passengers() + " passengers, " + r.hits() + " hits in "
                    + String.format("%.1f", r.seconds()) + " s");
            if (o.history()) {
                CompiledRule h = compiler.compile(HISTORY_CRITERION).orThrow();
                Backtest.Result hr = Backtest.run(h, source, first, to, history, 20);
                out.put("backtest_history_seconds", Math.round(hr.seconds() * 100) / 100.0);
                out.put("backtest_history_pnrs", hr.bookings());
                out.put("backtest_history_hits", hr.hits());
                out.put("backtest_history_criterion", HISTORY_CRITERION);
                progress.accept("backtest of a history criterion: " + hr.hits() + " hits in " + String.format("%.1f", hr.seconds()) + " s");
            }
        } finally {
            ds.close();
            if (dir != null) {
                PnrBench.deleteTree(dir);
            }
        }
        return out;
    }

    /** Stores generated traffic until {@code o.pnrs()} bookings are stored; returns how many are. */
    private static long load(Sql sql, Transactions tx, StoredBacktestBench.Options o, long stored, Consumer<String> progress) throws Exception {
        Clock clock = Clock.systemUTC();
        PnrStore store = new PnrStore(sql, new JdbcAuditLog(sql, tx, clock), tx, clock, PassengerSettings.fromEnvironment(Map.of()).marking(),
                EntityPublication.none());
        PnrIngest ingest = new PnrIngest(new PassengerMessages()::read, new KeepFilter()::keep, store, PnrIngest.AfterStore.nothing());
        // A kept database filled part-way is continued with other traffic (the seed moves on), not the files it holds.
        TrafficGenerator generator = new TrafficGenerator(o.seed() + stored).maxMinutesBetweenFiles(3);
        ExecutorService pool = Executors.newFixedThreadPool(o.threads());
        long now = stored;
        long t0 = System.nanoTime();
        long start = stored;
        try {
            while (now < o.pnrs()) {
                // about one file per six PNRs; a chunk stores at most what is still missing, give or take a file
                int files = (int) Math.max(1, Math.min(4000, (o.pnrs() - now) / 6 + 1));
                List<byte[]> chunk = new ArrayList<>(files);
                for (int i = 0; i < files; i++) {
                    chunk.add(generator.nextPnrgov().bytes());
                }
                AtomicInteger next = new AtomicInteger();
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < o.threads(); t++) {
                    done.add(pool.submit(() -> {
                        int i;
                        while ((i = next.getAndIncrement()) < chunk.size()) {
                            try {
                                ingest.ingest(new Delivery(Channel.BENCH, "bench", "", chunk.get(i)));
                            } catch (NotAnInterchangeException e) {
                                throw new IllegalStateException("a generated file was refused: " + e.getMessage(), e);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                now = sql.count("SELECT COUNT(*) FROM pnr_booking");
                double s = (System.nanoTime() - t0) / 1e9;
                progress.accept("stored " + now + " of " + o.pnrs() + " PNRs (" + Math.round((now - start) / s) + " PNR/s)");
            }
        } finally {
            pool.shutdownNow();
        }
        return now;
    }
}
