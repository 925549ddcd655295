package org.issa.cyber.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one outbox over a real database: markings in SQL, masked lists, audited full reads, retention. */
class OutboxContractTest {

    static final Principal ANALYST = new Principal("ana", "FR-CERT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    static final Principal LOW = new Principal("lou", "DE-BKA", "DE", Set.of(Role.ANALYST), Classification.UNCLASSIFIED);
    static final Principal DPO = new Principal("dora", "FR-CERT", "FR", Set.of(Role.DPO), Classification.RESTREINT_UE);
    static final Principal PARTNER = new Principal("pat", "DE-BSI", "DE", Set.of(Role.PARTNER), Classification.RESTREINT_UE);

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void oneOutboxForEveryKindWithMarkingsMaskingAuditAndRetention(TestDatabase db) {
        Sql sql = new Sql(db.dataSource());
        Outbox outbox = new Outbox(sql);
        RecordingAuditLog audit = new RecordingAuditLog();
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        OutboxDesk desk = new OutboxDesk(outbox, audit, new Autocommit(), clock);
        Marking restricted = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of(), "FR-CERT", Set.of());
        outbox.add(OutboxMessage.queued("m1", clock.instant(), OutboxMessage.Kind.REPORT_FORWARDED, "victime@example.fr", "fr",
                "Votre signalement", "corps", "report-1", Optional.empty(), restricted));
        clock.advance(Duration.ofMinutes(1));
        outbox.add(OutboxMessage.queued("m2", clock.instant(), OutboxMessage.Kind.CONFIRM_SUBSCRIPTION, "jane@example.org", "en",
                "Please confirm", "https://x/confirm?token=secret", "subscription", Optional.of("sub-1"), Outbox.toThePublic()));

        List<OutboxLine> lines = desk.lines(ANALYST, 10);
        assertThat(lines).extracting(OutboxLine::id).containsExactly("m2", "m1");
        assertThat(lines).extracting(OutboxLine::maskedRecipient).containsExactly("j***@example.org", "v***@example.fr");
        assertThat(lines).allMatch(l -> l.state() == OutboxMessage.State.QUEUED);
        assertThat(desk.lines(LOW, 10)).as("the restricted message is filtered out in SQL").extracting(OutboxLine::id).containsExactly("m2");
        assertThat(desk.count(ANALYST)).isEqualTo(2);
        assertThat(desk.count(PARTNER)).isZero();
        assertThatThrownBy(() -> desk.lines(PARTNER, 10)).isInstanceOf(ForbiddenException.class);
        assertThat(audit.entries).as("masked lists are not reads of personal data").isEmpty();

        assertThatThrownBy(() -> desk.messages(ANALYST, "curious", Optional.empty(), 10)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> desk.messages(DPO, " ", Optional.empty(), 10)).isInstanceOf(InvalidInputException.class);
        List<OutboxMessage> full = desk.messages(DPO, "access request 2026/3", Optional.of("subscription"), 10);
        assertThat(full).singleElement().satisfies(m -> assertThat(m.recipient()).isEqualTo("jane@example.org"));
        assertThat(audit.last().action()).isEqualTo("personal-data.read");
        assertThat(audit.last().purpose()).isEqualTo("access request 2026/3");

        outbox.remark(OutboxMessage.Kind.REPORT_FORWARDED, "report-1", Marking.unclassified("FR-CERT"));
        assertThat(desk.lines(LOW, 10)).hasSize(2);

        clock.advance(Outbox.RETENTION);
        assertThat(desk.purge()).as("only the first is older than the retention period").isEqualTo(1);
        assertThat(audit.last().action()).isEqualTo("cyber.outbox.purge");
        int entries = audit.entries.size();
        assertThat(desk.purge()).isZero();
        assertThat(audit.entries).as("a purge that deletes nothing records nothing").hasSize(entries);
        assertThat(outbox.deleteForSubscriber("sub-1")).isEqualTo(1);
        assertThat(outbox.forRelay(Optional.empty(), 10)).isEmpty();
    }
}
