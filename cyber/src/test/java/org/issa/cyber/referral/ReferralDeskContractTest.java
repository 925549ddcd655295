package org.issa.cyber.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import org.issa.cyber.advisory.Fixtures;
import org.issa.cyber.outbox.Outbox;
import org.issa.cyber.outbox.OutboxMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Referrals over a real database: H2 always, PostgreSQL when ISSA_TEST_POSTGRES_URL is set. */
class ReferralDeskContractTest {

    static final Principal OTHER_STATE = new Principal("otto", "DE-BKA", "DE", Set.of(Role.ANALYST), Classification.RESTREINT_UE);

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    record Node(ReferralDesk desk, Outbox outbox, RecordingAuditLog audit, MutableClock clock, Sql sql) {
    }

    static Node node(TestDatabase db) {
        Sql sql = new Sql(db.dataSource());
        RecordingAuditLog audit = new RecordingAuditLog();
        MutableClock clock = new MutableClock(Instant.parse("2026-04-01T10:00:00Z"));
        Outbox outbox = new Outbox(sql);
        return new Node(new ReferralDesk(new ReferralStore(sql), outbox, audit, new Autocommit(), clock), outbox, audit, clock, sql);
    }

    static ReferralDesk.ReferralInput input(String providerId, String url) {
        return new ReferralDesk.ReferralInput(providerId, url, "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "CONTENT_TYPE_TEXT",
                "Code pénal, art. 313-1 (escroquerie)", "FR", "A copy of the national tax portal that collects card numbers.", 48, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aReferralGoesFromDraftToRemovalUnderFourEyes(TestDatabase db) {
        Node n = node(db);
        HostingProvider host = n.desk().addProvider(Fixtures.ANA, new ReferralDesk.ProviderInput("Example Hosting SA", "ie",
                "abuse@hosting.example", "https://hosting.example/dsa-contact", "Art. 11 point of contact"));
        assertThat(host.country()).isEqualTo("IE");
        assertThatThrownBy(() -> n.desk().addProvider(Fixtures.ANA, new ReferralDesk.ProviderInput("example hosting sa", "IE",
                "x@y.example", "https://y.example", ""))).isInstanceOf(ConflictException.class);

        Referral r = n.desk().create(Fixtures.ANA, input(host.id(), "https://impots-remboursement.example/login"));
        assertThat(r.reference()).isEqualTo("REF-2026-00001");
        assertThat(r.status()).isEqualTo(ReferralStatus.DRAFTED);
        assertThat(r.marking().tlp()).isEqualTo(Tlp.AMBER);
        assertThat(n.outbox().latest(Fixtures.DPO, Optional.empty(), 10)).as("nothing is sent before approval").isEmpty();
        assertThatThrownBy(() -> n.desk().create(Fixtures.SAM, input(host.id(), "https://a.example"))).as("supervisors approve, analysts draft")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> n.desk().approveAndSend(Fixtures.ALEX, r.id(), "ok")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> n.desk().approveAndSend(Fixtures.SAM, r.id(), "")).isInstanceOf(InvalidInputException.class);

        Referral sent = n.desk().approveAndSend(Fixtures.SAM, r.id(), "Clearly fraudulent; ground checked.");
        assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(sent.sentAt()).contains(Instant.parse("2026-04-01T10:00:00Z"));
        assertThat(sent.dueAt()).contains(Instant.parse("2026-04-03T10:00:00Z"));
        OutboxMessage notice = n.outbox().latest(Fixtures.DPO, Optional.of(r.reference()), 5).getFirst();
        assertThat(notice.kind()).isEqualTo(OutboxMessage.Kind.REFERRAL_NOTICE);
        assertThat(notice.recipient()).isEqualTo("abuse@hosting.example");
        assertThat(notice.body()).contains("https://impots-remboursement.example/login", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
                "Code pénal, art. 313-1", "(FR)", "48 hours");
        assertThatThrownBy(() -> n.desk().approveAndSend(Fixtures.SAM, r.id(), "again")).isInstanceOf(ConflictException.class);

        n.clock().advance(Duration.ofHours(3));
        n.desk().acknowledge(Fixtures.ANA, r.id(), "ticket 99812");
        assertThatThrownBy(() -> n.desk().recordResponse(Fixtures.ANA, r.id(), ReferralStatus.REMOVED,
                List.of("DECISION_VISIBILITY_CONTENT_DISABLED"), "")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("decisions"));
        assertThatThrownBy(() -> n.desk().recordResponse(Fixtures.ANA, r.id(), ReferralStatus.REMOVED,
                List.of("DECISION_VISIBILITY_CONTENT_REMOVED", "STATEMENT_CATEGORY_VIOLENCE"), "")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("decisions[1]"));
        assertThatThrownBy(() -> n.desk().recordResponse(Fixtures.ANA, r.id(), ReferralStatus.SENT, List.of(), ""))
                .isInstanceOf(InvalidInputException.class);
        n.clock().advance(Duration.ofMinutes(90));
        Referral removed = n.desk().recordResponse(Fixtures.ANA, r.id(), ReferralStatus.REMOVED,
                List.of("DECISION_VISIBILITY_CONTENT_REMOVED", "DECISION_ACCOUNT_SUSPENDED"), "removed and account suspended");
        assertThat(removed.timeToRemoval()).contains(Duration.ofMinutes(270));
        assertThat(n.desk().get(Fixtures.ANA, r.id()).decisions()).containsExactly("DECISION_VISIBILITY_CONTENT_REMOVED",
                "DECISION_ACCOUNT_SUSPENDED");
        assertThat(n.desk().history(Fixtures.SAM, r.id())).extracting(ReferralEvent::to).containsExactly(ReferralStatus.DRAFTED,
                ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED, ReferralStatus.REMOVED);
        assertThat(n.audit().actions()).containsSubsequence("cyber.provider.create", "cyber.referral.create", "cyber.referral.sent",
                "cyber.referral.acknowledged", "cyber.referral.removed");

        var stats = n.desk().statistics(Fixtures.SAM);
        assertThat(stats.overall().takenDown()).isEqualTo(1);
        assertThat(stats.overall().medianHours()).contains(4.5);
        assertThat(stats.byProvider()).singleElement().extracting(ReferralStatistics.Row::label).isEqualTo("Example Hosting SA");

        // four eyes for one who drafts and supervises
        Principal solo = new Principal("solo", "FR-CERT", "FR", Set.of(Role.ANALYST, Role.SUPERVISOR), Classification.CONFIDENTIEL_UE);
        Referral own = n.desk().create(solo, input(host.id(), "https://second.example/"));
        assertThatThrownBy(() -> n.desk().approveAndSend(solo, own.id(), "mine")).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("four-eyes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void overdueReferralsAreFoundByAQueryAndCanBeClosedAsNoResponse(TestDatabase db) {
        Node n = node(db);
        HostingProvider host = n.desk().addProvider(Fixtures.ANA, new ReferralDesk.ProviderInput("Slow Host", "NL", "abuse@slow.example",
                "https://slow.example/contact", ""));
        Referral quick = n.desk().create(Fixtures.ANA, new ReferralDesk.ReferralInput(host.id(), "https://a.example/1",
                "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "CONTENT_TYPE_VIDEO", "Loi 2004-575, art. 6", "FR", "Incitement.", 24, null));
        Referral slow = n.desk().create(Fixtures.ANA, new ReferralDesk.ReferralInput(host.id(), "https://a.example/2",
                "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "CONTENT_TYPE_VIDEO", "Loi 2004-575, art. 6", "FR", "Incitement.", 72, null));
        n.desk().approveAndSend(Fixtures.SAM, quick.id(), "ok");
        n.desk().approveAndSend(Fixtures.SAM, slow.id(), "ok");
        assertThat(n.desk().overdue(Fixtures.ANA)).isEmpty();
        assertThatThrownBy(() -> n.desk().markNoResponse(Fixtures.ANA, quick.id())).isInstanceOf(ConflictException.class);
        n.clock().advance(Duration.ofHours(25));
        assertThat(n.desk().overdue(Fixtures.ANA)).extracting(Referral::id).containsExactly(quick.id());
        n.clock().advance(Duration.ofHours(48));
        assertThat(n.desk().overdue(Fixtures.ANA)).extracting(Referral::id).containsExactly(quick.id(), slow.id());
        n.desk().markNoResponse(Fixtures.ANA, quick.id());
        assertThat(n.desk().overdue(Fixtures.ANA)).extracting(Referral::id).containsExactly(slow.id());
        assertThat(n.desk().statistics(Fixtures.ANA).overall().noResponse()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void markingsAreEnforcedInTheQueryAndBadInputNamesTheField(TestDatabase db) {
        Node n = node(db);
        HostingProvider host = n.desk().addProvider(Fixtures.ANA, new ReferralDesk.ProviderInput("Host", "FR", "a@host.example",
                "https://host.example", ""));
        Marking strict = new Marking(Classification.UNCLASSIFIED, Tlp.AMBER_STRICT, Set.of(), "ignored", Set.of());
        Referral secret = n.desk().create(Fixtures.ANA, new ReferralDesk.ReferralInput(host.id(), "https://csam.example/x",
                "STATEMENT_CATEGORY_PROTECTION_OF_MINORS", "CONTENT_TYPE_IMAGE", "Directive 2011/93/EU art. 25", "FR", "Abuse material.", 1,
                strict));
        assertThat(n.desk().list(OTHER_STATE, List.of(), Optional.empty(), 10)).isEmpty();
        assertThatThrownBy(() -> n.desk().get(OTHER_STATE, secret.id())).isInstanceOf(NotFoundException.class);
        assertThat(n.desk().statistics(OTHER_STATE).overall().total()).isZero();
        assertThat(n.desk().list(Fixtures.SAM, List.of(ReferralStatus.DRAFTED), Optional.of(host.id()), 10)).hasSize(1);

        record Case(ReferralDesk.ReferralInput in, String field) {
        }
        for (Case c : List.of(
                new Case(new ReferralDesk.ReferralInput("", "https://a.example", "STATEMENT_CATEGORY_VIOLENCE", "CONTENT_TYPE_TEXT", "x", "FR",
                        "y", null, null), "providerId"),
                new Case(new ReferralDesk.ReferralInput(host.id(), "ftp://a.example", "STATEMENT_CATEGORY_VIOLENCE", "CONTENT_TYPE_TEXT", "x",
                        "FR", "y", null, null), "url"),
                new Case(new ReferralDesk.ReferralInput(host.id(), "https://a.example", "VIOLENCE", "CONTENT_TYPE_TEXT", "x", "FR", "y", null,
                        null), "category"),
                new Case(new ReferralDesk.ReferralInput(host.id(), "https://a.example", "STATEMENT_CATEGORY_VIOLENCE", "TEXT", "x", "FR", "y",
                        null, null), "contentType"),
                new Case(new ReferralDesk.ReferralInput(host.id(), "https://a.example", "STATEMENT_CATEGORY_VIOLENCE", "CONTENT_TYPE_TEXT", " ",
                        "FR", "y", null, null), "legalProvision"),
                new Case(new ReferralDesk.ReferralInput(host.id(), "https://a.example", "STATEMENT_CATEGORY_VIOLENCE", "CONTENT_TYPE_TEXT", "x",
                        "France", "y", null, null), "memberState"),
                new Case(new ReferralDesk.ReferralInput(host.id(), "https://a.example", "STATEMENT_CATEGORY_VIOLENCE", "CONTENT_TYPE_TEXT", "x",
                        "FR", "y", 0, null), "dueHours"))) {
            assertThatThrownBy(() -> n.desk().create(Fixtures.ANA, c.in())).as(c.field()).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(c.field()));
        }
        assertThat(n.sql().count("SELECT COUNT(*) FROM cyber_referral")).isEqualTo(1);
    }
}
