package org.issa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.issa.app.identity.UserAccount;
import org.issa.app.identity.UserStore;
import org.issa.core.marking.Classification;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code issa finance import}: stores a payment file without a server, once, as a named user, audited and handed to the
 * entity store; a bad file stores nothing (exit 1, naming the line); and {@code issa bench finance} prints its figures.
 */
class FinanceCommandTest {

    private static Sql database(Path dir) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(Settings.embeddedUrl(dir));
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        Sql sql = new Sql(ds);
        Instant now = Instant.now();
        UserStore users = new UserStore(sql);
        users.insert(new UserAccount("u-1", "fia", "Fia Analyst", Optional.empty(), "FR-FIU", "FR", EnumSet.of(Role.ANALYST),
                Classification.RESTREINT_UE, true, 0, Optional.empty(), now, now));
        users.insert(new UserAccount("u-2", "rita", "Rita Auditor", Optional.empty(), "FR-FIU", "FR", EnumSet.of(Role.AUDITOR),
                Classification.RESTREINT_UE, true, 0, Optional.empty(), now, now));
        return sql;
    }

    static final String CSV = """
            id,payer,payee,eur,day
            T1,DE89370400440532013000,FR1420041010050500013M02606,1200.50,2024-06-01
            T2,FR1420041010050500013M02606,NL91ABNA0417164300,1100.00,2024-06-02
            """;

    @Test
    void importsOnceNamingTheUserAndRefusesABadFileWhole(@TempDir Path dir) throws Exception {
        Sql sql = database(dir);
        Path file = dir.resolve("june.csv");
        Files.writeString(file, CSV, StandardCharsets.UTF_8);
        String columns = "reference=id,from=payer,to=payee,amount=eur,time=day";
        CliRun.Result r = CliRun.run("finance", "import", "--payments", file.toString(), "--columns", columns, "--user", "fia",
                "--data-dir", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode line = JsonMapper.builder().build().readTree(r.out().lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow());
        assertThat(line.get("stored").asLong()).isEqualTo(2);
        assertThat(line.get("published").asLong()).isEqualTo(2);
        assertThat(sql.count("SELECT COALESCE(SUM(rows_live), 0) FROM fin_payment_segment WHERE kind = 'D'")).isEqualTo(2);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'finance.payments.import' AND actor = 'fia'")).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM inv_entity WHERE schema_name = 'Payment'")).isEqualTo(2);

        CliRun.Result again = CliRun.run("finance", "import", "--payments", file.toString(), "--columns", columns, "--user", "fia",
                "--data-dir", dir.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("\"stored\":0").contains("\"already_stored\":2");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, CSV.replace("T2", "T3") + "T4,NL91ABNA0417164300,DE89370400440532013000,lots,2024-06-03\n", StandardCharsets.UTF_8);
        CliRun.Result refused = CliRun.run("finance", "import", "--payments", bad.toString(), "--columns", columns, "--user", "fia",
                "--data-dir", dir.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("bad.csv, line 4").contains("nothing stored");
        assertThat(sql.count("SELECT COALESCE(SUM(rows_live), 0) FROM fin_payment_segment WHERE kind = 'D'")).isEqualTo(2);

        CliRun.Result format = CliRun.run("finance", "import", "--payments", file.toString(), "--format", "swift", "--user", "fia",
                "--data-dir", dir.toString());
        assertThat(format.code()).isEqualTo(1);
        assertThat(format.out()).contains("\"field\":\"format\"");

        CliRun.Result auditor = CliRun.run("finance", "import", "--payments", file.toString(), "--user", "rita", "--data-dir", dir.toString());
        assertThat(auditor.code()).isEqualTo(2);
        assertThat(auditor.err()).contains("only analysts and supervisors");
        CliRun.Result nobody = CliRun.run("finance", "import", "--payments", file.toString(), "--user", "nobody", "--data-dir", dir.toString());
        assertThat(nobody.code()).isEqualTo(2);
        assertThat(nobody.err()).contains("there is no user 'nobody'");
    }

    @Test
    void benchFinancePrintsTheLoadFigures() {
        // --load-only: no AMLSim part (tests use no data outside the repository) and no 1M-payment trace ledger
        CliRun.Result r = CliRun.run("bench", "finance", "--count", "3000", "--accounts", "200", "--load-only", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out().substring(r.out().indexOf('{')));
        assertThat(json.get("payments").asLong()).isEqualTo(3000);
        assertThat(json.get("load_stored").asLong()).isEqualTo(3000);
        assertThat(json.get("load_payments_per_s").asLong()).isPositive();
        assertThat(json.get("load_seconds").asDouble()).isPositive();
    }

    @Test
    void benchFinancePrintsTheTraceFiguresBesideTheReferenceTracersAndNamesTheSlowest() {
        CliRun.Result r = CliRun.run("bench", "finance", "--no-load", "--trace-payments", "20000", "--trace-accounts", "2000",
                "--traces", "40", "--trace-compare", "--amlsim", "no-such-amlsim.tgz", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out().substring(r.out().indexOf('{')));
        assertThat(json.has("load_payments_per_s")).isFalse();
        assertThat(json.get("trace_count").asInt()).isEqualTo(40);
        assertThat(json.get("trace_p99_ms").asDouble()).isGreaterThanOrEqualTo(json.get("trace_p50_ms").asDouble()).isPositive();
        assertThat(json.get("trace_reference_p99_ms").asDouble()).isGreaterThanOrEqualTo(json.get("trace_reference_p50_ms").asDouble());
        assertThat(json.get("trace_backward_proportional_p50_p99_ms").size()).isEqualTo(2);
        assertThat(json.get("trace_slowest").size()).isEqualTo(5);
        assertThat(json.get("trace_slowest").get(0).asText()).matches("acc\\d+ (forward|backward) (fifo|proportional) .* ms, \\d+ accounts, \\d+ payments");
        assertThat(json.get("amlsim").asText()).startsWith("not measured");
    }
}
