package org.issa.cyber.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.testdb.Autocommit;
import org.issa.core.testdb.TestDatabase;
import org.issa.cyber.outbox.Outbox;
import org.issa.cyber.outbox.OutboxDesk;
import org.issa.cyber.outbox.OutboxMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Double opt-in, unsubscribe, audited reads of addresses, and retention of unconfirmed subscriptions. */
class SubscriptionsContractTest {

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    /** The token in a confirmation message's link. */
    static String token(OutboxMessage m) {
        Matcher x = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(m.body());
        assertThat(x.find()).as("a link with a token in " + m.body()).isTrue();
        return x.group(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void doubleOptInThenUnsubscribe(TestDatabase db) {
        var n = AdvisoryDeskContractTest.node(db);
        n.subscriptions().subscribe("Jane.Doe@Example.ORG", Audience.SMES, Set.of(Sector.HEALTH), "de");
        assertThat(n.subscriptions().count(false)).isEqualTo(1);
        assertThat(n.subscriptions().count(true)).isZero();
        OutboxMessage m = n.outbox().latest(Fixtures.DPO, Optional.empty(), 5).getFirst();
        assertThat(m.kind()).isEqualTo(OutboxMessage.Kind.CONFIRM_SUBSCRIPTION);
        assertThat(m.recipient()).isEqualTo("Jane.Doe@example.org");
        assertThat(m.subject()).startsWith("Bitte bestätigen");
        assertThat(n.sql().count("SELECT COUNT(*) FROM cyber_subscriber WHERE confirm_hash = ?", token(m)))
                .as("the token is stored only as a hash").isZero();
        assertThat(n.audit().entries.getLast().event().detail()).doesNotContain("Jane");

        assertThat(n.subscriptions().confirm("not-a-token")).isFalse();
        assertThat(n.subscriptions().confirm(token(m))).isTrue();
        assertThat(n.subscriptions().confirm(token(m))).as("a token works once").isFalse();
        assertThat(n.subscriptions().count(true)).isEqualTo(1);

        // a new subscription of the same address replaces the old one once confirmed
        n.clock().advance(Duration.ofMinutes(1));
        n.subscriptions().subscribe("Jane.Doe@example.org", Audience.BOTH, Set.of(), "en");
        OutboxMessage again = n.outbox().latest(Fixtures.DPO, Optional.of("subscription"), 5).getFirst();
        assertThat(n.subscriptions().confirm(token(again))).isTrue();
        List<Subscriber> subs = n.subscriptions().subscribers(Fixtures.DPO, "answering the data subject's access request 2026/14", 10);
        assertThat(subs).singleElement().satisfies(s -> {
            assertThat(s.audience()).isEqualTo(Audience.BOTH);
            assertThat(s.confirmed()).isTrue();
        });
        assertThat(n.audit().entries.getLast().event().action()).isEqualTo("personal-data.read");
        assertThat(n.audit().entries.getLast().event().purpose()).contains("access request");
        assertThatThrownBy(() -> n.subscriptions().subscribers(Fixtures.ANA, "curious", 10)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> n.subscriptions().subscribers(Fixtures.SAM, " ", 10)).isInstanceOf(InvalidInputException.class);

        String unsubscribe = n.sql().queryOne("SELECT unsubscribe_token FROM cyber_subscriber", rs -> rs.getString(1)).orElseThrow();
        assertThat(n.subscriptions().unsubscribe(unsubscribe)).isTrue();
        assertThat(n.subscriptions().unsubscribe(unsubscribe)).isFalse();
        assertThat(n.sql().count("SELECT COUNT(*) FROM cyber_subscriber")).isZero();
        assertThat(n.sql().count("SELECT COUNT(*) FROM cyber_outbox WHERE recipient LIKE '%Jane%'")).as("queued mail goes with it").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void unconfirmedSubscriptionsAreDeletedAfterSevenDays(TestDatabase db) {
        var n = AdvisoryDeskContractTest.node(db);
        n.subscriptions().subscribe("early@example.org", Audience.CITIZENS, Set.of(), "en");
        n.clock().advance(Duration.ofDays(3));
        n.subscriptions().subscribe("late@example.org", Audience.CITIZENS, Set.of(), "en");
        n.subscriptions().subscribe("keeper@example.org", Audience.CITIZENS, Set.of(), "en");
        OutboxMessage keeper = n.outbox().latest(Fixtures.DPO, Optional.empty(), 10).stream().filter(m -> m.recipient().startsWith("keeper"))
                .findFirst().orElseThrow();
        assertThat(n.subscriptions().confirm(token(keeper))).isTrue();
        OutboxMessage early = n.outbox().latest(Fixtures.DPO, Optional.empty(), 10).stream().filter(m -> m.recipient().startsWith("early"))
                .findFirst().orElseThrow();

        n.clock().advance(Duration.ofDays(4).plusMinutes(1)); // early is 7 days and a minute old; late 4 days
        assertThat(n.subscriptions().confirm(token(early))).as("too late to confirm").isFalse();
        Subscriptions.Purge p = n.subscriptions().purge();
        assertThat(p.unconfirmed()).isEqualTo(1);
        assertThat(p.outboxMessages()).isEqualTo(1);
        assertThat(n.sql().query("SELECT email FROM cyber_subscriber ORDER BY email", rs -> rs.getString(1)))
                .containsExactly("keeper@example.org", "late@example.org");
        assertThat(n.audit().entries.getLast().event().action()).isEqualTo("cyber.subscription.purge");
        assertThat(n.subscriptions().purge()).as("idempotent").isEqualTo(new Subscriptions.Purge(0, 0));

        n.clock().advance(Duration.ofDays(4));
        assertThat(n.subscriptions().purge().unconfirmed()).isEqualTo(1);
        assertThat(n.subscriptions().count(true)).isEqualTo(1);
        OutboxDesk desk = new OutboxDesk(n.outbox(), n.audit(), new Autocommit(), n.clock());
        assertThat(desk.purge()).as("nothing is old enough yet").isZero();
        n.clock().advance(Outbox.RETENTION);
        assertThat(desk.purge()).isEqualTo(1);
        assertThat(n.audit().last().action()).isEqualTo("cyber.outbox.purge");
        assertThat(desk.purge()).as("idempotent").isZero();
        assertThat(n.sql().count("SELECT COUNT(*) FROM cyber_outbox")).as("old messages expire").isZero();
        assertThat(n.subscriptions().count(true)).as("confirmed subscriptions stay").isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void badAddressesAreRefused(TestDatabase db) {
        var n = AdvisoryDeskContractTest.node(db);
        for (String bad : List.of("", "no-at-sign", "a@b", "<script>@x.org", "x@" + "a".repeat(300) + ".org")) {
            assertThatThrownBy(() -> n.subscriptions().subscribe(bad, Audience.CITIZENS, Set.of(), "en"))
                    .as(bad).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("email"));
        }
        assertThat(n.sql().count("SELECT COUNT(*) FROM cyber_subscriber")).isZero();
    }
}
