package org.issa.passenger.exchange;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Requests and transfers over a real database: H2 always, PostgreSQL when ISSA_TEST_POSTGRES_URL is set. */
class ExchangeDeskContractTest {

    static final Principal ANALYST = new Principal("ana", "FR-PIU", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    static final Principal SUPERVISOR = new Principal("sam", "FR-PIU", "FR", Set.of(Role.SUPERVISOR), Classification.CONFIDENTIEL_UE);
    static final Principal DPO = new Principal("dora", "FR-PIU", "FR", Set.of(Role.DPO), Classification.CONFIDENTIEL_UE);
    static final Principal OTHER = new Principal("otto", "DE-PIU", "DE", Set.of(Role.SUPERVISOR), Classification.CONFIDENTIEL_UE);
    static final String REASONING = "Subject of investigation 2026/114 into a trafficking network flew CDG-IST on 3 November;"
            + " we need the booking and co-travellers.";

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    static ExchangeDesk.NewRequest request(String kind, String channel, String reasoning, boolean old, String urgency) {
        return new ExchangeDesk.NewRequest(kind, kind.equals("EUROPOL") ? "Europol via FR ENU" : "PIU Belgium", kind.equals("EUROPOL")
                ? "EU" : "BE", "BE-PIU-2026-0931", channel, "trafficking in human beings (Annex II 11)", reasoning, "PNR of passenger"
                + " X, flight TK1821 of 2026-11-03", old, urgency);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void requestsAreDulyReasonedTrackedAgainstTheirDeadlineAndAnsweredOnce(TestDatabase db) {
        RecordingAuditLog audit = new RecordingAuditLog();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
        ExchangeDesk desk = new ExchangeDesk(new ExchangeStore(new Sql(db.dataSource())), ResponseDeadlines.DEFAULT, audit,
                new Autocommit(), clock);

        assertThatThrownBy(() -> desk.receive(ANALYST, request("PIU", "", "need it", false, "NORMAL"), null))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("reasoning");
        assertThatThrownBy(() -> desk.receive(ANALYST, request("EUROPOL", "", REASONING, false, "NORMAL"), null))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("channelReference");
        assertThatThrownBy(() -> desk.receive(ANALYST, request("INTERPOL", "", REASONING, false, "NORMAL"), null))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("requesterKind");
        assertThatThrownBy(() -> desk.receive(DPO, request("PIU", "", REASONING, false, "NORMAL"), null))
                .isInstanceOf(ForbiddenException.class);

        InformationRequest piu = desk.receive(ANALYST, request("PIU", "", REASONING, false, "URGENT"), null);
        InformationRequest europol = desk.receive(ANALYST, request("EUROPOL", "SIENA 1234-56", REASONING, true, ""),
                new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of("STATE:FR"), "X", Set.of()));
        assertThat(piu.legalBasis()).isEqualTo("Art 9(2) Directive (EU) 2016/681");
        assertThat(europol.legalBasis()).isEqualTo("Art 10 Directive (EU) 2016/681");
        assertThat(piu.dueAt()).isEqualTo(Instant.parse("2026-11-03T09:00:00Z"));
        assertThat(europol.dueAt()).isEqualTo(Instant.parse("2026-11-12T09:00:00Z"));
        assertThat(europol.marking().isPersonalData()).isTrue();

        clock.advance(Duration.ofDays(2));
        assertThat(desk.requests(SUPERVISOR, Optional.empty(), true, 10)).extracting(InformationRequest::id).containsExactly(piu.id());
        assertThat(desk.requests(SUPERVISOR, Optional.empty(), false, 10)).extracting(InformationRequest::id)
                .containsExactly(piu.id(), europol.id());
        assertThat(desk.requests(OTHER, Optional.empty(), false, 10)).extracting(InformationRequest::id).containsExactly(piu.id());
        assertThat(piu.overdueAt(clock.now())).isTrue();

        assertThatThrownBy(() -> desk.close(ANALYST, piu.id(), "ANSWERED", "data sent", "")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> desk.close(SUPERVISOR, europol.id(), "ANSWERED", "data sent", ""))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("approvalReference");
        InformationRequest answered = desk.close(SUPERVISOR, piu.id(), "ANSWERED", "booking and two co-travellers sent over the PIU channel", "");
        assertThat(answered.status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(answered.answeredBy()).contains("sam");
        assertThat(audit.last().detail()).contains("(late)");
        assertThatThrownBy(() -> desk.close(SUPERVISOR, piu.id(), "REFUSED", "no", "")).isInstanceOf(ConflictException.class);
        InformationRequest eu = desk.close(SUPERVISOR, europol.id(), "ANSWERED", "full data", "JLD Paris ord. 2026/88");
        assertThat(eu.approvalReference()).contains("JLD Paris ord. 2026/88");
        assertThat(desk.requests(SUPERVISOR, Optional.empty(), true, 10)).isEmpty();
        assertThat(desk.request(DPO, piu.id(), Optional.empty()).id()).isEqualTo(piu.id());
        assertThatThrownBy(() -> desk.request(OTHER, europol.id(), Optional.empty())).isInstanceOf(NotFoundException.class);
        assertThat(audit.actions()).containsSubsequence("passenger.request.receive", "passenger.request.receive",
                "passenger.request.answer", "passenger.request.answer", "personal-data.read");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aTransferIsRegisteredOnlyWithEveryConditionAndTheDpoAcknowledgesIt(TestDatabase db) {
        RecordingAuditLog audit = new RecordingAuditLog();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
        ExchangeDesk desk = new ExchangeDesk(new ExchangeStore(new Sql(db.dataSource())), ResponseDeadlines.DEFAULT, audit,
                new Autocommit(), clock);
        TransferRequest incomplete = TransferConditionsTest.with(v -> TransferConditionsTest.set(v, 10, false));
        assertThatThrownBy(() -> desk.transfer(SUPERVISOR, incomplete, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("transfer refused").extracting("field").isEqualTo("onwardTransferAgreed");
        assertThatThrownBy(() -> desk.transfer(ANALYST, TransferConditionsTest.complete(), null)).isInstanceOf(ForbiddenException.class);
        assertThat(desk.transfers(SUPERVISOR, false, 10)).isEmpty();

        ThirdCountryTransfer t = desk.transfer(SUPERVISOR, TransferConditionsTest.complete(), null);
        assertThat(t.request().onwardTransferAgreed()).isTrue();
        assertThat(audit.last().action()).isEqualTo("passenger.transfer.third-country");
        assertThat(audit.last().detail()).contains("DPO informed");
        assertThat(desk.transfers(DPO, true, 10)).extracting(ThirdCountryTransfer::id).containsExactly(t.id());
        assertThatThrownBy(() -> desk.acknowledge(SUPERVISOR, t.id())).isInstanceOf(ForbiddenException.class);
        assertThat(desk.acknowledge(DPO, t.id()).dpoAcknowledgedBy()).contains("dora");
        assertThatThrownBy(() -> desk.acknowledge(DPO, t.id())).isInstanceOf(ConflictException.class);
        assertThat(desk.transfers(DPO, true, 10)).isEmpty();
        assertThat(desk.transfers(DPO, false, 10)).singleElement().satisfies(x -> {
            assertThat(x.request().chapterVBasis()).isEqualTo(ChapterVBasis.ADEQUACY_DECISION);
            assertThat(x.request().country()).isEqualTo("CA");
        });
    }
}
