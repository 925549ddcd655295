package org.issa.app.finance.register.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.issa.app.audit.JdbcAuditLog;
import org.issa.core.marking.Classification;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.finance.account.Bic;
import org.issa.finance.register.AuthorityKind;
import org.issa.finance.register.BankRegister;
import org.issa.finance.register.LegalBasis;
import org.issa.finance.register.RegisterEntities;
import org.issa.finance.register.RegisterQuery;
import org.issa.finance.register.RegisterSearch;
import org.issa.finance.register.Submission;
import org.issa.finance.register.SubmissionContent;
import org.issa.finance.register.SyntheticRegister;
import org.issa.finance.register.load.RegisterColumns;
import org.issa.finance.register.load.SubmissionFormat;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a synthetic register of N accounts (valid IBANs, invented names; about 1.3 parties per account) as one bank's
 * submission — hash, parse, validate, batch insert, replace, audit, in one transaction — into a fresh H2 file database
 * and, when given, a fresh PostgreSQL schema; then times queries of a designated authority through the full path
 * (purpose checks, indexed search within the markings, query log and audit entry in one transaction): by IBAN and by
 * name. The baseline is the same name lookup as an unindexed scan of the party table, timed on the same database.
 */
public final class RegisterBench {

    /** What to run. */
    public record Options(int accounts, int queries, long seed, String postgresUrl, String postgresUser, String postgresPassword) {
    }

    private static final Principal SUPERVISOR = new Principal("bench", "BENCH-FIU", "FR", Set.of(Role.SUPERVISOR, Role.ANALYST),
            Classification.CONFIDENTIEL_UE);

    private final Options options;
    private final Consumer<String> progress;

    public RegisterBench(Options options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    public Map<String, Object> run() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        Path dir = Files.createTempDirectory("issa-bench-register");
        try {
            Path csv = dir.resolve("register.csv");
            progress.accept("generating " + options.accounts() + " accounts (seed " + options.seed() + ")");
            try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                new SyntheticRegister(options.seed(), "37040044").writeCsv(w, options.accounts());
            }
            out.put("accounts", options.accounts());
            out.put("csv_bytes", Files.size(csv));
            out.put("queries_per_kind", options.queries());
            out.put("cores", Runtime.getRuntime().availableProcessors());
            // baseline of the load figures: reading and checking the same file without storing it
            long p0 = System.nanoTime();
            long parsed;
            try (var r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                parsed = new org.issa.finance.register.load.RegisterCsv(RegisterColumns.defaults(), "register.csv", new Bic("COBADEFF"))
                        .read(r, (a, line) -> { });
            }
            out.put("parse_only_accounts_per_s", Math.round(parsed / ((System.nanoTime() - p0) / 1e9)));
            try (HikariDataSource h2 = pool("jdbc:h2:file:" + dir.resolve("issa"), "sa", "", null)) {
                out.putAll(measure("h2", h2, csv));
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
                    out.putAll(measure("postgres", pg, csv));
                } finally {
                    try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                        s.execute("DROP SCHEMA " + schema + " CASCADE");
                    }
                }
            }
            out.put("path", "load: SHA-256 pass, CSV parse and IBAN checks, JDBC batches of 1000, replacement and audit entry in one "
                    + "transaction; query: purpose checks, indexed lookup within the markings, account and party reads, query log "
                    + "row and audit entry in one transaction");
            return out;
        } finally {
            deleteTree(dir);
        }
    }

    private Map<String, Object> measure(String db, DataSource ds, Path csv) {
        Map<String, Object> out = new LinkedHashMap<>();
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
        BankRegister register = new BankRegister(sql, audit, tx, clock, RegisterEntities.none());
        RegisterSearch search = new RegisterSearch(sql, audit, tx, clock);
        search.designate(SUPERVISOR, "BENCH-FIU", "Benchmark FIU", AuthorityKind.FIU, "FR");

        progress.accept(db + ": loading " + options.accounts() + " accounts");
        long t0 = System.nanoTime();
        Submission s = register.load(SUPERVISOR, new BankRegister.Upload(new Bic("COBADEFF"), "Bench bank", "register.csv",
                SubmissionFormat.CSV, RegisterColumns.defaults(), Optional.empty()), SubmissionContent.of(csv));
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.put("load_seconds_" + db, round(seconds));
        out.put("load_accounts_per_s_" + db, Math.round(s.accounts() / seconds));
        out.put("load_rows_per_s_" + db, Math.round((s.accounts() + s.parties()) / seconds));
        out.put("parties", s.parties());
        progress.accept(db + ": " + s.accounts() + " accounts, " + s.parties() + " parties in " + round(seconds) + " s");

        int step = Math.max(1, options.accounts() / options.queries());
        List<String> ibans = sql.query("SELECT identifier FROM fin_reg_account WHERE MOD(acct_no, ?) = 0 AND kind = 'PAYMENT_ACCOUNT' "
                + "ORDER BY acct_no", rs -> rs.getString(1), step);
        List<String> names = sql.query("SELECT name FROM fin_reg_party WHERE MOD(acct_no, ?) = 1 AND party_no = 1 ORDER BY acct_no",
                rs -> rs.getString(1), step);
        ibans = ibans.subList(0, Math.min(ibans.size(), options.queries()));
        names = names.subList(0, Math.min(names.size(), options.queries()));
        // warm-up, not timed
        for (int i = 0; i < Math.min(100, ibans.size()); i++) {
            search.query(SUPERVISOR, query(Optional.of(ibans.get(i)), Optional.empty()));
            search.query(SUPERVISOR, query(Optional.empty(), Optional.of(names.get(i))));
        }
        double[] ibanMs = new double[ibans.size()];
        long ibanFound = 0;
        for (int i = 0; i < ibans.size(); i++) {
            long q0 = System.nanoTime();
            ibanFound += search.query(SUPERVISOR, query(Optional.of(ibans.get(i)), Optional.empty())).accounts().size();
            ibanMs[i] = (System.nanoTime() - q0) / 1e6;
        }
        double[] nameMs = new double[names.size()];
        long nameFound = 0;
        for (int i = 0; i < names.size(); i++) {
            long q0 = System.nanoTime();
            nameFound += search.query(SUPERVISOR, query(Optional.empty(), Optional.of(names.get(i)))).accounts().size();
            nameMs[i] = (System.nanoTime() - q0) / 1e6;
        }
        out.put("iban_query_p50_ms_" + db, percentile(ibanMs, 50));
        out.put("iban_query_p99_ms_" + db, percentile(ibanMs, 99));
        out.put("name_query_p50_ms_" + db, percentile(nameMs, 50));
        out.put("name_query_p99_ms_" + db, percentile(nameMs, 99));
        out.put("iban_query_mean_results_" + db, round((double) ibanFound / Math.max(1, ibanMs.length)));
        out.put("name_query_mean_results_" + db, round((double) nameFound / Math.max(1, nameMs.length)));

        // baseline: the same name lookup where no index helps (the name as written, upper-cased, against a scan)
        int scans = Math.min(5, names.size());
        double[] scanMs = new double[scans];
        for (int i = 0; i < scans; i++) {
            long q0 = System.nanoTime();
            sql.count("SELECT COUNT(*) FROM fin_reg_party WHERE UPPER(name) = ?", names.get(i).toUpperCase(java.util.Locale.ROOT));
            scanMs[i] = (System.nanoTime() - q0) / 1e6;
        }
        out.put("baseline_unindexed_name_scan_p50_ms_" + db, percentile(scanMs, 50));
        progress.accept(db + ": IBAN p50 " + percentile(ibanMs, 50) + " ms, p99 " + percentile(ibanMs, 99) + " ms; name p50 "
                + percentile(nameMs, 50) + " ms, p99 " + percentile(nameMs, 99) + " ms");
        return out;
    }

    private static RegisterQuery query(Optional<String> iban, Optional<String> name) {
        return new RegisterQuery("BENCH-FIU", LegalBasis.AMLD5_ART_32A_2, "", "BENCH-1", iban, name, Optional.empty(), Optional.empty());
    }

    static double percentile(double[] values, int p) {
        if (values.length == 0) {
            return 0;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int i = (int) Math.ceil(p / 100.0 * v.length) - 1;
        return round(v[Math.max(0, Math.min(v.length - 1, i))]);
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
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
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

}
