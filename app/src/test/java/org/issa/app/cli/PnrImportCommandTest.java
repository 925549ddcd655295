package org.issa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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
import org.issa.app.passenger.SyntheticPnrgov;
import org.issa.core.marking.Classification;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code issa pnr import}: stores files without a server, once, audited; refuses what is no interchange with exit 2. */
class PnrImportCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new PnrImportCommand()).execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static Sql database(Path dir) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(Settings.embeddedUrl(dir));
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        Sql sql = new Sql(ds);
        Instant now = Instant.now();
        UserStore users = new UserStore(sql);
        users.insert(new UserAccount("u-1", "ana", "Ana Analyst", Optional.empty(), "FR-PIU", "FR", EnumSet.of(Role.ANALYST),
                Classification.RESTREINT_UE, true, 0, Optional.empty(), now, now));
        users.insert(new UserAccount("u-2", "rita", "Rita Auditor", Optional.empty(), "FR-PIU", "FR", EnumSet.of(Role.AUDITOR),
                Classification.RESTREINT_UE, true, 0, Optional.empty(), now, now));
        return sql;
    }

    @Test
    void importsOnceAndReportsQuarantineAndRefusals(@TempDir Path dir) throws Exception {
        Sql sql = database(dir);
        Path good = dir.resolve("xb801.edi");
        Files.writeString(good, SyntheticPnrgov.simple("8001", "XB", "801", "041226", "CLI001",
                new SyntheticPnrgov.Traveller("ROTH", "ANNA MS", "K1HV00041", "01JAN91")), StandardCharsets.ISO_8859_1);
        Path broken = dir.resolve("xb802.edi");
        Files.writeString(broken, SyntheticPnrgov.message("8002", "XB", "802", "041226", "22", java.util.List.of("CLI002"),
                java.util.List.of(new SyntheticPnrgov.Traveller("ROTH", "ANNA MS", "K1HV00041", "01JAN91")), "TVL+991399:2575+FRA+CDG+XB+802"),
                StandardCharsets.ISO_8859_1);
        Path letter = dir.resolve("letter.txt");
        Files.writeString(letter, "Dear PIU, our passengers are attached.");

        Run r = run(good.toString(), broken.toString(), "--as", "ana", "--data-dir", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // (run outside IssaCommand, the database library logs to stdout too: only the JSON lines are the command's)
        String[] lines = r.out().lines().filter(l -> l.startsWith("{")).toArray(String[]::new);
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains("\"pnrs\":1").contains("\"new_bookings\":1").contains("\"quarantined\":[]");
        assertThat(lines[1]).contains("\"position\"").contains("\"reason\"");
        assertThat(sql.count("SELECT COUNT(*) FROM pnr_booking")).isEqualTo(2);
        assertThat(sql.count("SELECT COUNT(*) FROM pnr_quarantine")).isPositive();
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'passenger.message.store' AND actor = 'ana'")).isEqualTo(2);

        Run again = run(good.toString(), letter.toString(), "--as", "ana", "--data-dir", dir.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.out()).contains("\"already_stored\":1").contains("\"error\"");
        assertThat(sql.count("SELECT COUNT(*) FROM pnr_message")).isEqualTo(2);

        Run auditor = run(good.toString(), "--as", "rita", "--data-dir", dir.toString());
        assertThat(auditor.code()).isEqualTo(2);
        assertThat(auditor.err()).contains("only PIU analysts and supervisors");
        Run nobody = run(good.toString(), "--as", "ana", "--data-dir", dir.resolve("none").toString());
        assertThat(nobody.code()).isEqualTo(2);
        assertThat(nobody.err()).contains("no ISSA database");
    }
}
