package org.issa.cyber.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.Autocommit;
import org.issa.core.testdb.MutableClock;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.cyber.outbox.Outbox;
import org.issa.cyber.outbox.OutboxMessage;
import org.issa.cyber.report.ReportInput.AttachmentInput;
import org.issa.cyber.report.incident.IncidentStatus;
import org.issa.cyber.report.incident.IncidentStore;
import org.issa.cyber.report.incident.Incidents;
import org.issa.cyber.report.incident.InvestigationStatus;
import org.issa.cyber.report.observable.ObservableExtractor.Field;
import org.issa.cyber.report.routing.RoutingRule;
import org.issa.cyber.report.rsit.RsitRule;
import org.issa.cyber.report.rsit.RsitTaxonomy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reports, triage, incidents, rules and retention over a real database: H2 always, PostgreSQL when ISSA_TEST_POSTGRES_URL is set. */
class ReportsContractTest {

    static final Principal ANALYST = new Principal("ana", "FR-MININT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    static final Principal SUPERVISOR = new Principal("sam", "FR-MININT", "FR", Set.of(Role.SUPERVISOR), Classification.CONFIDENTIEL_UE);
    static final Principal LOW = new Principal("lou", "DE-BKA", "DE", Set.of(Role.ANALYST), Classification.UNCLASSIFIED);
    static final Principal BANK = new Principal("bank-api", "DE-BANK", "DE", Set.of(Role.PARTNER), Classification.UNCLASSIFIED);
    static final Principal OTHER_BANK = new Principal("other-api", "NL-BANK", "NL", Set.of(Role.PARTNER), Classification.UNCLASSIFIED);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    /** The services over one database, a recording audit log and a clock the test moves. */
    static final class Fixture {
        final RecordingAuditLog audit = new RecordingAuditLog();
        final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        final Sql sql;
        final ReportStore reports;
        final ReportIntake intake;
        final Triage triage;
        final RuleBook rules;
        final Incidents incidents;
        final ReportRetention retention;
        final Outbox outbox;

        Fixture(TestDatabase db) {
            sql = new Sql(db.dataSource());
            reports = new ReportStore(sql);
            outbox = new Outbox(sql);
            RuleStore ruleStore = new RuleStore(sql);
            Autocommit tx = new Autocommit();
            intake = new ReportIntake(reports, ruleStore, audit, tx, clock, IntakePolicy.defaults("FR-CYBER"));
            triage = new Triage(reports, ruleStore, RsitTaxonomy.builtIn(), audit, tx, clock);
            rules = new RuleBook(ruleStore, RsitTaxonomy.builtIn(), audit, tx);
            incidents = new Incidents(new IncidentStore(sql), reports, audit, tx, clock);
            retention = new ReportRetention(reports, audit, tx, clock, RetentionPolicy.TWO_YEARS);
        }

        long count(String table) {
            return sql.count("SELECT COUNT(*) FROM " + table);
        }
    }

    static ReportInput input(String description, String email, Map<Field, String> fields, List<AttachmentInput> files) {
        return new ReportInput("CITIZEN", false, "", email, "", description, "2026-02-27", "FR", "individual", fields, "fr", files);
    }

    static ReportInput phishing(String email) {
        Map<Field, String> f = new EnumMap<>(Field.class);
        f.put(Field.URLS, "hxxps://secure-login.bank-example[.]com/fr");
        return input("J'ai reçu un courriel de hameçonnage me demandant mes identifiants.", email, f,
                List.of(new AttachmentInput("capture.png", PNG), new AttachmentInput("mail.eml", "From: x\n\nbody".getBytes(StandardCharsets.UTF_8))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPublicReportIsStoredWholeAndItsReporterCanFollowItWithTheSecretOnly(TestDatabase db) {
        Fixture f = new Fixture(db);
        Receipt r = f.intake.submitPublic(phishing("victime@example.fr"));
        assertThat(r.reference()).matches("CR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(r.secret()).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        assertThat(f.audit.last().actor()).isEqualTo("public");
        assertThat(f.audit.last().action()).isEqualTo("cyber.report.submit");
        assertThat(f.audit.last().detail()).contains(r.reference(), "suggested fraud/phishing").doesNotContain("victime");

        ReporterView v = f.intake.status(r.reference().toLowerCase().replace("-", " "), r.secret()).orElseThrow();
        assertThat(v.status()).isEqualTo(ReportStatus.NEW);
        assertThat(v.forwardedTo()).isEmpty();
        assertThat(f.intake.status(r.reference(), References.newSecret())).isEmpty();
        assertThat(f.intake.status("CR-0000-0000-0000", r.secret())).isEmpty();
        assertThat(f.intake.status(r.reference(), "")).isEmpty();

        assertThat(f.reports.observables(r.id())).extracting(o -> o.kind() + " " + o.value())
                .containsExactlyInAnyOrder("URL https://secure-login.bank-example.com/fr", "DOMAIN secure-login.bank-example.com");
        assertThat(f.reports.attachments(r.id())).extracting(Attachment::mediaType).containsExactlyInAnyOrder("image/png", "text/plain");
        assertThat(f.sql.count("SELECT COUNT(*) FROM cyber_report WHERE secret_hash LIKE ?", "%" + r.secret() + "%")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aBadReportIsRefusedWithEveryProblemNamedAndNothingIsStored(TestDatabase db) {
        Fixture f = new Fixture(db);
        Map<Field, String> fields = new EnumMap<>(Field.class);
        fields.put(Field.IPS, "999.1.1.1");
        ReportInput bad = new ReportInput("CITIZEN", true, "", "me@example.org", "", "<script>alert(1)</script> my bank", "2099-01-01",
                "XX", "banking", fields, "fr", List.of(new AttachmentInput("big.pdf", big()),
                new AttachmentInput("page.html", "<!DOCTYPE html><html></html>".getBytes(StandardCharsets.UTF_8))));
        assertThatThrownBy(() -> f.intake.submitPublic(bad)).isInstanceOfSatisfying(ReportRejected.class, e ->
                assertThat(e.problems()).extracting(p -> p.field() + ":" + p.code()).containsExactlyInAnyOrder(
                        "anonymous:anonymous-contact", "description:markup", "occurredOn:date-range", "country:country",
                        "sector:choice", "ips:observable-ips", "attachments:file-too-large", "attachments:file-type"));
        assertThat(f.count("cyber_report") + f.count("cyber_report_observable") + f.count("cyber_report_attachment")).isZero();
        assertThat(f.audit.entries).isEmpty();
        ReportInput tooMany = input("Something went wrong with my account.", "", Map.of(), List.of(new AttachmentInput("a.png", PNG),
                new AttachmentInput("b.png", PNG), new AttachmentInput("c.png", PNG), new AttachmentInput("d.png", PNG)));
        assertThatThrownBy(() -> f.intake.submitPublic(tooMany)).isInstanceOfSatisfying(ReportRejected.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("too-many-files"));
    }

    private static byte[] big() {
        byte[] b = new byte[(int) AttachmentPolicy.MAX_FILE_BYTES + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 8);
        return b;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void triageClassifiesForwardsByTheRulesLogsItAndTellsTheReporter(TestDatabase db) {
        Fixture f = new Fixture(db);
        Receipt r = f.intake.submitPublic(phishing("victime@example.fr"));
        assertThat(f.triage.queue(ANALYST, Optional.of(ReportStatus.NEW), "", 10).items()).extracting(ReportSummary::reference)
                .containsExactly(r.reference());
        assertThat(f.triage.queue(LOW, Optional.empty(), "", 10).items()).isEmpty();
        assertThatThrownBy(() -> f.triage.open(LOW, r.id(), "triage")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.triage.open(ANALYST, r.id(), " ")).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("purpose");
        assertThatThrownBy(() -> f.triage.open(BANK, r.id(), "triage")).isInstanceOf(ForbiddenException.class);

        ReportFile file = f.triage.open(ANALYST, r.id(), "triage of new reports");
        assertThat(f.audit.last().action()).isEqualTo("personal-data.read");
        assertThat(f.audit.last().purpose()).isEqualTo("triage of new reports");
        assertThat(file.report().contact().email()).isEqualTo("victime@example.fr");
        assertThat(file.report().suggested()).isEqualTo(new Rsit("fraud", "phishing"));
        assertThat(file.report().suggestionReason()).contains("keyword 'hameçonnage'");
        assertThat(file.route().authorityCode()).isEqualTo("POLICE-CYBER");

        assertThatThrownBy(() -> f.triage.forward(ANALYST, r.id(), Optional.empty())).isInstanceOf(ConflictException.class);
        f.triage.classify(ANALYST, r.id(), "fraud", "phishing", "confirmed");
        assertThat(f.audit.last().detail()).contains("suggestion confirmed: rsit:fraud=\"phishing\"");
        Forwarding fw = f.triage.forward(ANALYST, r.id(), Optional.empty());
        assertThat(fw.authorityCode()).isEqualTo("POLICE-CYBER");
        assertThat(fw.actor()).isEqualTo("ana");
        assertThat(fw.ruleText()).isEqualTo("rule 20: class fraud, any country, any sector → National police cybercrime unit (POLICE-CYBER)");
        assertThat(f.audit.actions()).containsSubsequence("cyber.report.classify", "cyber.report.forward", "cyber.outbox.queue");

        List<OutboxMessage> outbox = f.outbox.latest(ANALYST, Optional.empty(), 10);
        assertThat(outbox).singleElement().satisfies(m -> {
            assertThat(m.state()).isEqualTo(OutboxMessage.State.QUEUED);
            assertThat(m.kind()).isEqualTo(OutboxMessage.Kind.REPORT_FORWARDED);
            assertThat(m.subjectRef()).isEqualTo(r.id());
            assertThat(m.recipient()).isEqualTo("victime@example.fr");
            assertThat(m.maskedRecipient()).isEqualTo("v***@example.fr");
            assertThat(m.subject()).isEqualTo("Votre signalement " + r.reference() + " a été transmis");
            assertThat(m.body()).contains("National police cybercrime unit");
        });
        assertThat(f.outbox.latest(LOW, Optional.empty(), 10)).isEmpty();

        ReporterView v = f.intake.status(r.reference(), r.secret()).orElseThrow();
        assertThat(v.status()).isEqualTo(ReportStatus.FORWARDED);
        assertThat(v.classification()).isEqualTo(new Rsit("fraud", "phishing"));
        assertThat(v.forwardedTo()).extracting(ReporterView.Forwarded::authorityName).containsExactly("National police cybercrime unit");

        f.clock.advance(Duration.ofMinutes(5));
        Forwarding second = f.triage.forward(ANALYST, r.id(), Optional.of("00000000-0000-4000-8000-000000000203"));
        assertThat(second.authorityCode()).isEqualTo("NATIONAL-CSIRT");
        assertThatThrownBy(() -> f.triage.reject(ANALYST, r.id(), "spam")).isInstanceOf(ConflictException.class);

        Receipt noEmail = f.intake.submitPublic(input("Spam again and again in my inbox.", "", Map.of(), List.of()));
        f.triage.reject(ANALYST, noEmail.id(), "not a crime");
        assertThat(f.intake.status(noEmail.reference(), noEmail.secret()).orElseThrow().status()).isEqualTo(ReportStatus.REJECTED);
        assertThat(f.outbox.latest(ANALYST, Optional.empty(), 10)).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void correlationsShowOnlyReportsTheReaderMaySee(TestDatabase db) {
        Fixture f = new Fixture(db);
        Map<Field, String> wallet = new EnumMap<>(Field.class);
        wallet.put(Field.WALLETS, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
        Receipt a = f.intake.submitPublic(input("Investment scam: they asked me to pay in bitcoin.", "", wallet, List.of()));
        Receipt b = f.intake.submitPublic(input("Same crooks, wallet BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4, call +33 6 12 34 56 78.",
                "", Map.of(), List.of()));
        Receipt c = f.intake.submitPublic(input("They called me from 06 12 34 56 78 about my parcel.", "", Map.of(), List.of()));
        assertThat(f.triage.open(ANALYST, a.id(), "correlation").correlations()).extracting(x -> x.kind() + " " + x.reference())
                .containsExactly("BTC_WALLET " + b.reference());
        assertThat(f.triage.open(ANALYST, b.id(), "correlation").correlations()).extracting(x -> x.kind() + " " + x.reference())
                .containsExactlyInAnyOrder("BTC_WALLET " + a.reference(), "PHONE " + c.reference());
        assertThat(f.triage.open(ANALYST, a.id(), "triage").report().suggested()).isEqualTo(new Rsit("fraud", "masquerade"));

        f.triage.remark(SUPERVISOR, b.id(), new Marking(Classification.CONFIDENTIEL_UE, Tlp.AMBER, Set.of(), "X", Set.of()), "ongoing case");
        assertThat(f.triage.open(ANALYST, a.id(), "correlation").correlations()).isEmpty();
        assertThat(f.triage.open(SUPERVISOR, a.id(), "correlation").correlations()).extracting(Correlation::reference)
                .containsExactly(b.reference());
        assertThatThrownBy(() -> f.triage.open(ANALYST, b.id(), "x")).isInstanceOf(NotFoundException.class);
        assertThat(f.triage.open(SUPERVISOR, b.id(), "x").report().marking().isPersonalData()).isTrue();
        assertThatThrownBy(() -> f.triage.remark(ANALYST, a.id(), null, "x")).isInstanceOf(ForbiddenException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void partnersSubmitAndFollowOnlyTheirAgencysReports(TestDatabase db) {
        Fixture f = new Fixture(db);
        Receipt mine = f.intake.submitByPartner(BANK, new ReportInput("BUSINESS", false, "SOC desk", "soc@bank.example", "",
                "Phishing campaign against our customers, see URL.", "", "DE", "finance",
                Map.of(Field.URLS, "https://bank-example.login-check.example/"), "de", List.of()));
        Receipt publicOne = f.intake.submitPublic(phishing(""));
        assertThat(f.intake.statusForPartner(BANK, mine.reference()).status()).isEqualTo(ReportStatus.NEW);
        assertThatThrownBy(() -> f.intake.statusForPartner(OTHER_BANK, mine.reference())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.intake.statusForPartner(BANK, publicOne.reference())).isInstanceOf(NotFoundException.class);
        assertThat(f.intake.partnerReports(BANK, "", 10).items()).extracting(ReporterView::reference).containsExactly(mine.reference());
        assertThat(f.intake.partnerReports(OTHER_BANK, "", 10).items()).isEmpty();
        assertThat(f.audit.entries.getFirst().event().actor()).isEqualTo("bank-api");
        assertThatThrownBy(() -> f.intake.submitByPartner(new Principal("dpo", "FR-MININT", "FR", Set.of(Role.DPO), Classification.SECRET_UE),
                phishing(""))).isInstanceOf(ForbiddenException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void reportsBecomeIncidentsAndInvestigationsWithValidatedAuditedLifecycles(TestDatabase db) {
        Fixture f = new Fixture(db);
        Receipt r1 = f.intake.submitPublic(phishing(""));
        Receipt r2 = f.intake.submitPublic(phishing(""));
        assertThatThrownBy(() -> f.incidents.openFromReport(ANALYST, r1.id(), "Bank phishing wave")).isInstanceOf(ConflictException.class);
        f.triage.classify(ANALYST, r1.id(), "fraud", "phishing", "");
        f.triage.classify(ANALYST, r2.id(), "fraud", "phishing", "");
        var incident = f.incidents.openFromReport(ANALYST, r1.id(), "Bank phishing wave");
        f.incidents.mergeInto(ANALYST, r2.id(), incident.id());
        assertThat(f.incidents.reports(ANALYST, incident.id())).extracting(ReportSummary::status).containsOnly(ReportStatus.MERGED);
        assertThatThrownBy(() -> f.incidents.reports(LOW, incident.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.incidents.transition(ANALYST, incident.id(), IncidentStatus.CLOSED, "done"))
                .isInstanceOf(ConflictException.class);
        f.incidents.assign(ANALYST, incident.id(), "sam");
        f.incidents.transition(ANALYST, incident.id(), IncidentStatus.CONTAINED, "site taken down");
        var inv = f.incidents.openInvestigation(ANALYST, incident.id(), "Police case 2026/17");
        f.incidents.transition(ANALYST, incident.id(), IncidentStatus.RESOLVED, "no new victims for a week");
        f.incidents.transition(SUPERVISOR, incident.id(), IncidentStatus.CLOSED, "closed after review");
        assertThat(f.reports.report(ANALYST, r1.id()).orElseThrow().closedAt()).isPresent();
        assertThatThrownBy(() -> f.incidents.mergeInto(ANALYST, r1.id(), incident.id())).isInstanceOf(ConflictException.class);
        assertThat(f.incidents.closeInvestigation(ANALYST, inv.id(), "charges filed").status()).isEqualTo(InvestigationStatus.CLOSED);
        assertThatThrownBy(() -> f.incidents.closeInvestigation(ANALYST, inv.id(), "again")).isInstanceOf(ConflictException.class);
        assertThat(f.incidents.timeline(ANALYST, incident.id())).extracting(e -> e.kind()).containsExactly("opened", "report-merged",
                "report-merged", "owner", "status", "investigation", "status", "status", "investigation");
        assertThat(f.audit.actions()).contains("cyber.incident.open", "cyber.report.merge", "cyber.incident.transition",
                "cyber.incident.assign", "cyber.investigation.open", "cyber.investigation.close");
        assertThatThrownBy(() -> f.incidents.incident(LOW, incident.id())).isInstanceOf(NotFoundException.class);
        assertThat(f.intake.status(r1.reference(), r1.secret()).orElseThrow().status()).isEqualTo(ReportStatus.MERGED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void supervisorsEditTheRulesAndTheSuggestionsFollow(TestDatabase db) {
        Fixture f = new Fixture(db);
        RsitRule sextortion = new RsitRule("", 1, "Sextortion", List.of("webcam", "sextorsion"), Optional.empty(), "fraud", "masquerade", true);
        assertThatThrownBy(() -> f.rules.save(ANALYST, sextortion)).isInstanceOf(ForbiddenException.class);
        RsitRule saved = f.rules.save(SUPERVISOR, sextortion);
        assertThat(f.audit.last().action()).isEqualTo("cyber.rule.rsit.create");
        Receipt r = f.intake.submitPublic(input("Chantage à la webcam, ils demandent de l'argent.", "", Map.of(), List.of()));
        assertThat(f.triage.open(ANALYST, r.id(), "triage").report().suggestionReason()).startsWith("rule 'Sextortion'");
        f.rules.deleteRsitRule(SUPERVISOR, saved.id());
        assertThat(f.rules.rsitRules(ANALYST)).noneMatch(x -> x.name().equals("Sextortion"));

        RoutingRule def = f.rules.routingRules(ANALYST).stream().filter(RoutingRule::isDefault).findFirst().orElseThrow();
        assertThatThrownBy(() -> f.rules.deleteRoutingRule(SUPERVISOR, def.id())).isInstanceOf(ConflictException.class);
        f.rules.save(SUPERVISOR, new RoutingRule(def.id(), 0, "", "", "", "", "CERT-FR", "CERT-FR", true, true));
        RoutingRule health = f.rules.save(SUPERVISOR, new RoutingRule("", 5, "", "", "", "health", "CERT-SANTE", "CERT Santé", false, true));
        assertThat(f.rules.routingRules(ANALYST)).extracting(RoutingRule::authorityCode).containsExactly("CERT-SANTE", "CERT-FIN",
                "POLICE-CYBER", "CERT-FR");
        assertThat(f.audit.last().detail()).isEqualTo(health.describe());
        assertThatThrownBy(() -> f.rules.save(SUPERVISOR, new RoutingRule(def.id(), 0, "fraud", "", "", "", "X", "X", true, true)))
                .isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void closedReportsAreErasedWhenTheirRetentionRunsOutAndOpenOnesAreKept(TestDatabase db) {
        Fixture f = new Fixture(db);
        Receipt closed = f.intake.submitPublic(phishing("victime@example.fr"));
        Receipt open = f.intake.submitPublic(phishing(""));
        f.triage.classify(ANALYST, closed.id(), "fraud", "phishing", "");
        f.triage.forward(ANALYST, closed.id(), Optional.empty());
        f.clock.advance(Duration.ofDays(729));
        assertThat(f.retention.run()).isZero();
        f.clock.advance(Duration.ofDays(2));
        assertThat(f.retention.run()).isEqualTo(1);
        assertThat(f.audit.last().action()).isEqualTo("cyber.report.erase");
        assertThat(f.audit.last().actor()).isEqualTo("system");
        assertThat(f.audit.last().detail()).contains(closed.reference()).doesNotContain("victime");
        assertThat(f.intake.status(closed.reference(), closed.secret())).isEmpty();
        assertThat(f.sql.count("SELECT COUNT(*) FROM cyber_report_observable WHERE report_id = ?", closed.id())).isZero();
        assertThat(f.sql.count("SELECT COUNT(*) FROM cyber_report_attachment WHERE report_id = ?", closed.id())).isZero();
        assertThat(f.sql.count("SELECT COUNT(*) FROM cyber_outbox WHERE subject_ref = ?", closed.id())).isZero();
        assertThat(f.intake.status(open.reference(), open.secret())).isPresent();
        assertThat(f.retention.run()).isZero();
    }
}
