package org.issa.app.finance.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.issa.app.audit.JdbcAuditLog;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.finance.payment.PaymentFormat;
import org.issa.finance.payment.store.Channel;
import org.issa.finance.payment.store.ImportReceipt;
import org.issa.finance.payment.store.PaymentImport;
import org.issa.finance.payment.store.PaymentStore;
import org.issa.finance.payment.synthetic.SyntheticPayments;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk load of synthetic payments through the store's one import path ({@link PaymentStore#importPayments}: chunked
 * transactions writing column-encoded segments and sorted reference fingerprints, one audit entry), into a fresh H2
 * file database and, when given, a fresh PostgreSQL schema. The time includes the final commit (and on H2 a checkpoint
 * that puts everything on disk); generation runs inside
 * the timed load (it streams), and its own rate is measured first as the baseline of what the store costs.
 */
public final class PaymentLoadBench {

    /** What to run. */
    public record Options(long count, int accounts, long seed, String postgresUrl, String postgresUser, String postgresPassword) {
        public Options {
            if (count < 1) {
                throw new IllegalArgumentException("the count must be at least 1");
            }
            if (accounts < 2) {
                throw new IllegalArgumentException("at least two accounts are needed");
            }
        }
    }

    private static final Principal BENCH = new Principal("bench", "FIU", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);

    private final Options options;
    private final Consumer<String> progress;

    public PaymentLoadBench(Options options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    public Map<String, Object> run() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        SyntheticPayments generator = new SyntheticPayments(options.seed(), options.accounts(), Instant.parse("2021-01-01T00:00:00Z"),
                Duration.ofDays(3 * 365));
        out.put("payments", options.count());
        out.put("accounts", options.accounts());
        out.put("seed", options.seed());
        out.put("cores", Runtime.getRuntime().availableProcessors());

        long t0 = System.nanoTime();
        long[] sink = {0};
        generator.generate(Math.min(options.count(), 2_000_000), p -> sink[0] += p.reference().length());
        double genSeconds = (System.nanoTime() - t0) / 1e9;
        out.put("generate_payments_per_s", Math.round(Math.min(options.count(), 2_000_000) / genSeconds));

        Path dir = Files.createTempDirectory("issa-bench-finance");
        try (HikariDataSource h2 = pool("jdbc:h2:file:" + dir.resolve("issa"), "sa", "", null)) {
            Map<String, Object> r = load("H2", h2, generator);
            out.put("load_payments_per_s", r.get("rate"));
            out.put("load_seconds", r.get("seconds"));
            out.put("load_stored", r.get("stored"));
            out.put("load_stage_seconds", r.get("stages"));
            out.put("account_lookup_ms", r.get("lookup_ms"));
            out.put("account_lookup_payments", r.get("lookup_payments"));
        } finally {
            deleteTree(dir);
        }
        if (options.postgresUrl() != null && !options.postgresUrl().isBlank()) {
            String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            PGSimpleDataSource admin = new PGSimpleDataSource();
            admin.setURL(options.postgresUrl());
            admin.setUser(options.postgresUser());
            admin.setPassword(options.postgresPassword());
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            try (HikariDataSource pg = pool(options.postgresUrl(), options.postgresUser(), options.postgresPassword(), schema)) {
                Map<String, Object> r = load("PostgreSQL", pg, generator);
                out.put("load_payments_per_s_postgres", r.get("rate"));
                out.put("load_seconds_postgres", r.get("seconds"));
                out.put("load_stored_postgres", r.get("stored"));
                out.put("load_stage_seconds_postgres", r.get("stages"));
                out.put("account_lookup_ms_postgres", r.get("lookup_ms"));
            } finally {
                try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
        out.put("path", "SyntheticPayments -> PaymentStore.importPayments (generation inside the timed load, it streams): chunks of"
                + " 32,768; one thread drops repeats (SHA-256 fingerprints, 64 bits, checked against the stored reference on a match),"
                + " sorts by time, gives ids and account keys; another encodes the chunk into data segments of 4,096, payer/payee"
                + " posting, fingerprint and account segments and writes them (BYTEA) in the chunk's own transaction; one audit entry"
                + " per import; nothing is left to build after the last chunk");
        return out;
    }

    private Map<String, Object> load(String name, DataSource ds, SyntheticPayments generator) {
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
        PaymentStore store = new PaymentStore(sql, new JdbcAuditLog(sql, tx, clock), tx, clock);
        Marking marking = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of(), "FIU", Set.of(Handling.PERSONAL_DATA));
        progress.accept("loading " + options.count() + " synthetic payments into " + name);
        long t0 = System.nanoTime();
        ImportReceipt r = store.importPayments(new PaymentImport("synthetic-" + options.seed() + "-" + options.count(), PaymentFormat.CSV,
                Channel.BENCH, BENCH, marking), "synthetic seed " + options.seed(), s -> generator.generate(options.count(), s));
        if (name.equals("H2")) {
            // on disk before the clock stops: H2 writes committed pages in the background otherwise
            sql.update("CHECKPOINT SYNC");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long stored = store.countStored();
        if (stored != options.count() || r.stored() != options.count()) {
            throw new IllegalStateException(name + ": " + stored + " payments stored, " + options.count() + " expected");
        }
        progress.accept(String.format("%s: %d payments in %.1f s", name, stored, seconds));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rate", Math.round(stored / seconds));
        out.put("seconds", Math.round(seconds * 1000) / 1000.0);
        out.put("stored", stored);
        out.put("stages", store.lastImportStages());
        // a targeted lookup on the loaded store: one account's payments (payer and payee postings, then its data segments)
        String account = generator.accounts().get(0);
        long l0 = System.nanoTime();
        long key = store.accountKey(account).orElseThrow();
        int found = store.byAccount(BENCH, key).size();
        out.put("lookup_ms", Math.round((System.nanoTime() - l0) / 1e5) / 10.0);
        out.put("lookup_payments", found);
        return out;
    }

    private static HikariDataSource pool(String url, String user, String password, String schema) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(user);
        ds.setPassword(password);
        if (schema != null) {
            ds.setSchema(schema);
        }
        ds.setMaximumPoolSize(4);
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
