package org.issa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.issa.app.IssaCommand;
import org.issa.app.audit.JdbcAuditLog;
import org.issa.core.audit.AuditEvent;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.Autocommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line without a server: help, usage errors, and {@code audit verify} on a real H2 file. */
class CommandLineTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CliRun.Result r = CliRun.run(args);
        return new Run(r.code(), r.out(), r.err());
    }

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("serve", "demo", "audit");
        assertThat(run("audit", "--help").out()).contains("verify");
    }

    @Test
    void unknownCommandsAndMissingCommandsAreUsageErrors() {
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("serve", "--port", "not-a-number").code()).isEqualTo(2);
    }

    @Test
    void auditVerifyPassesOnAnIntactChainAndNamesTheTamperedRow(@TempDir Path dir) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(Settings.embeddedUrl(dir));
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        Sql sql = new Sql(ds);
        JdbcAuditLog log = new JdbcAuditLog(sql, new Autocommit(), Clock.systemUTC());
        for (int i = 0; i < 12; i++) {
            log.record(AuditEvent.write("alice", "test.write", "thing", "t-" + i, "entry " + i));
        }
        Run ok = run("audit", "verify", "--data-dir", dir.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("intact", "12 entries");

        sql.update("UPDATE audit_log SET detail = 'forged' WHERE seq = 5");
        Run broken = run("audit", "verify", "--data-dir", dir.toString());
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.out()).contains("BROKEN at entry 5");
    }

    @Test
    void auditVerifyRefusesAMissingDatabaseWithoutCreatingOne(@TempDir Path dir) {
        Run r = run("audit", "verify", "--data-dir", dir.resolve("nowhere").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no database");
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }
}
