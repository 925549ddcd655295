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

    @Test
    void importAssessesWhatItStoresAsTheCarrierEndpointDoes(@TempDir Path dir) throws Exception {
        Sql sql = database(dir);
        org.issa.core.security.Principal sam = new org.issa.core.security.Principal("sam", "FR-PIU", "FR",
                java.util.Set.of(Role.SUPERVISOR), Classification.RESTREINT_UE);
        org.issa.core.security.Principal sue = new org.issa.core.security.Principal("sue", "FR-PIU", "FR",
                java.util.Set.of(Role.SUPERVISOR), Classification.RESTREINT_UE);
        org.issa.core.audit.AuditLog audit = new org.issa.core.testdb.RecordingAuditLog();
        org.issa.core.tx.Transactions tx = new org.issa.core.testdb.Autocommit();
        java.time.Clock clock = java.time.Clock.systemUTC();
        // A manual watch list holding Anna Roth, and one criterion in force on the route.
        org.issa.app.watchlist.Watchlists lists = new org.issa.app.watchlist.Watchlists(new org.issa.app.watchlist.WatchlistStore(sql), null,
                audit, tx, clock, id -> {
        });
        var list = lists.create(sam, "PIU alerts", "MANUAL", null, null, "persons to examine", null);
        lists.addEntry(sam, list.id(), new org.issa.matching.model.Subject("A-1", org.issa.matching.model.Schema.PERSON,
                java.util.List.of(org.issa.matching.model.Name.of("Anna Roth")),
                java.util.List.of(org.issa.matching.model.BirthDate.parse("1991-01-01")), java.util.List.of(),
                org.issa.matching.model.Gender.UNKNOWN, java.util.List.of(), java.util.Map.of()), "case 2026/7",
                java.time.LocalDate.now().plusMonths(6), null);
        var register = new org.issa.passenger.criteria.CriteriaRegister(new org.issa.passenger.criteria.CriteriaStore(sql),
                new org.issa.rules.RuleCompiler(org.issa.passenger.criteria.CriteriaModel.MODEL), audit, tx, clock);
        var c = register.create(sam, new org.issa.passenger.criteria.CriterionDraft("FRA-CDG with company", "sam",
                "'FRA-CDG' in itinerary.segments && booking.travellers >= 2", "Couriers of case 2026/7 travel FRA-CDG in pairs.",
                java.time.LocalDate.now().plusMonths(3), 2), null);
        register.approve(sue, c.id(), 1, "proportionate");
        register.activate(sam, c.id(), 1);

        Path file = dir.resolve("xb811.edi");
        Files.writeString(file, SyntheticPnrgov.simple("8011", "XB", "811", "041226", "CLI011",
                new SyntheticPnrgov.Traveller("ROTH", "ANNA", "K1HV00051", "01JAN91"),
                new SyntheticPnrgov.Traveller("BRANDT", "OLE", "K1HV00052", "02FEB88")), StandardCharsets.ISO_8859_1);
        Run r = run(file.toString(), "--as", "ana", "--data-dir", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String line = r.out().lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow();
        assertThat(line).contains("\"flight\":\"XB811/2026-12-04/FRA-CDG\"").contains("\"passengers\":2").contains("\"lists\":1")
                .contains("\"criteria\":1").contains("\"list_hits\":1").contains("\"criterion_hits\":2").contains("\"new_hits\":3");
        // The hits are in the passenger review queue, linked to the stored PNR, as the carrier endpoint's are.
        assertThat(sql.count("SELECT COUNT(*) FROM review_hits WHERE source = 'WATCHLIST' AND passenger_name LIKE '%ROTH%'")).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM review_hits WHERE source = 'CRITERION'")).isEqualTo(2);
        assertThat(sql.count("SELECT COUNT(*) FROM review_hits h JOIN pnr_booking_version v ON v.message_id = h.pnr_message_id"
                + " AND v.booking_id = h.pnr_booking_id")).isEqualTo(3);
        assertThat(sql.count("SELECT COUNT(*) FROM passenger_assessments WHERE flight_key = 'XB811/2026-12-04/FRA-CDG'")).isEqualTo(2);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'passenger.assessment.run' AND actor = 'ana'")).isEqualTo(1);
        // Imported again: stored once, assessed once.
        Run again = run(file.toString(), "--as", "ana", "--data-dir", dir.toString());
        assertThat(again.out()).contains("\"already_stored\":1").contains("\"assessed\":[]");
        assertThat(sql.count("SELECT COUNT(*) FROM review_hits")).isEqualTo(3);
    }
}
