package org.issa.investigation.warrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.issa.core.error.ConflictException;
import org.issa.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The Article 17 and 23 limits of FD 2002/584/JHA computed from events, and the order of steps. */
class WarrantDeadlinesTest {

    static final Instant ARREST = Instant.parse("2026-03-02T06:15:00Z");

    static List<WarrantEvent> events(Object... kindAndDays) {
        List<WarrantEvent> out = new ArrayList<>();
        for (int i = 0; i < kindAndDays.length; i += 2) {
            Instant at = ARREST.plus(Duration.ofDays((Integer) kindAndDays[i + 1]));
            out.add(new WarrantEvent("e" + i, "w", i / 2 + 1, (WarrantEventKind) kindAndDays[i], at, at, "t", ""));
        }
        return out;
    }

    @Test
    void noLimitRunsBeforeTheArrest() {
        assertThat(WarrantDeadlines.of(List.of())).isEmpty();
        assertThat(WarrantDeadlines.stage(List.of())).isEqualTo(WarrantStage.ISSUED);
    }

    @Test
    void withoutConsentTheDecisionIsDueSixtyDaysAfterArrest() {
        var limits = WarrantDeadlines.of(events(WarrantEventKind.ARRESTED, 0));
        assertThat(limits).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("decision");
            assertThat(l.dueAt()).isEqualTo(Instant.parse("2026-05-01T06:15:00Z"));
            assertThat(l.basis()).contains("Art. 17(3)");
            assertThat(l.overdue(Instant.parse("2026-05-01T06:15:00Z"))).isFalse();
            assertThat(l.overdue(Instant.parse("2026-05-01T06:15:01Z"))).isTrue();
        });
    }

    @Test
    void consentMakesItTenDaysAfterConsent() {
        var limits = WarrantDeadlines.of(events(WarrantEventKind.ARRESTED, 0, WarrantEventKind.CONSENTED, 3));
        assertThat(limits).singleElement().satisfies(l -> {
            assertThat(l.startedAt()).isEqualTo(ARREST.plus(Duration.ofDays(3)));
            assertThat(l.dueAt()).isEqualTo(ARREST.plus(Duration.ofDays(13)));
            assertThat(l.basis()).contains("Art. 17(2)");
        });
        // consent late in the 60 days still gives 10 days from consent (Art. 17(2) applies where the person consents)
        assertThat(WarrantDeadlines.of(events(WarrantEventKind.ARRESTED, 0, WarrantEventKind.CONSENTED, 55)).getFirst().dueAt())
                .isEqualTo(ARREST.plus(Duration.ofDays(65)));
    }

    @Test
    void anExtensionAddsThirtyDaysOnce() {
        var noConsent = WarrantDeadlines.of(events(WarrantEventKind.ARRESTED, 0, WarrantEventKind.EXTENDED, 58));
        assertThat(noConsent.getFirst().dueAt()).isEqualTo(ARREST.plus(Duration.ofDays(90)));
        assertThat(noConsent.getFirst().basis()).contains("Art. 17(4)");
        var consent = WarrantDeadlines.of(events(WarrantEventKind.ARRESTED, 0, WarrantEventKind.CONSENTED, 1, WarrantEventKind.EXTENDED, 9));
        assertThat(consent.getFirst().dueAt()).isEqualTo(ARREST.plus(Duration.ofDays(1 + 10 + 30)));
        var extended = events(WarrantEventKind.ARRESTED, 0, WarrantEventKind.EXTENDED, 58);
        assertThatThrownBy(() -> WarrantDeadlines.checkNext(extended, WarrantEventKind.EXTENDED, ARREST.plus(Duration.ofDays(80)),
                ARREST.plus(Duration.ofDays(80)))).isInstanceOf(ConflictException.class).hasMessageContaining("already extended");
    }

    @Test
    void theDecisionEndsTheLimitAndStartsTenDaysForSurrender() {
        var limits = WarrantDeadlines.of(events(WarrantEventKind.ARRESTED, 0, WarrantEventKind.SURRENDER_DECIDED, 40));
        assertThat(limits).hasSize(2);
        assertThat(limits.get(0).running()).isFalse();
        assertThat(limits.get(0).keptLate()).isFalse();
        assertThat(limits.get(1).name()).isEqualTo("surrender");
        assertThat(limits.get(1).dueAt()).isEqualTo(ARREST.plus(Duration.ofDays(50)));
        assertThat(limits.get(1).basis()).contains("Art. 23(2)");
        var agreed = WarrantDeadlines.of(events(WarrantEventKind.ARRESTED, 0, WarrantEventKind.SURRENDER_DECIDED, 40,
                WarrantEventKind.SURRENDER_DATE_AGREED, 55));
        assertThat(agreed.get(1).dueAt()).isEqualTo(ARREST.plus(Duration.ofDays(65)));
        assertThat(agreed.get(1).basis()).contains("Art. 23(3)");
        var done = WarrantDeadlines.of(events(WarrantEventKind.ARRESTED, 0, WarrantEventKind.SURRENDER_DECIDED, 40,
                WarrantEventKind.SURRENDERED, 45));
        assertThat(done).noneMatch(WarrantDeadlines.Limit::running);
        assertThat(WarrantDeadlines.stage(events(WarrantEventKind.ARRESTED, 0, WarrantEventKind.SURRENDER_DECIDED, 40,
                WarrantEventKind.SURRENDERED, 45))).isEqualTo(WarrantStage.SURRENDERED);
    }

    @Test
    void aLateDecisionIsMarkedAndARefusalStartsNoSurrenderLimit() {
        var late = WarrantDeadlines.of(events(WarrantEventKind.ARRESTED, 0, WarrantEventKind.REFUSED, 61));
        assertThat(late).singleElement().satisfies(l -> {
            assertThat(l.keptLate()).isTrue();
            assertThat(l.ending()).isEqualTo("refused");
        });
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        Instant now = ARREST.plus(Duration.ofDays(100));
        assertThatThrownBy(() -> WarrantDeadlines.checkNext(List.of(), WarrantEventKind.CONSENTED, ARREST, now))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> WarrantDeadlines.checkNext(List.of(), WarrantEventKind.SURRENDER_DECIDED, ARREST, now))
                .isInstanceOf(ConflictException.class);
        var arrested = events(WarrantEventKind.ARRESTED, 0);
        assertThatThrownBy(() -> WarrantDeadlines.checkNext(arrested, WarrantEventKind.SURRENDERED, now, now))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> WarrantDeadlines.checkNext(arrested, WarrantEventKind.CONSENTED, ARREST.minusSeconds(60), now))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("before the previous step");
        assertThatThrownBy(() -> WarrantDeadlines.checkNext(arrested, WarrantEventKind.CONSENTED, now.plus(Duration.ofDays(1)), now))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("future");
        var refused = events(WarrantEventKind.ARRESTED, 0, WarrantEventKind.REFUSED, 5);
        assertThatThrownBy(() -> WarrantDeadlines.checkNext(refused, WarrantEventKind.WITHDRAWN, now, now))
                .isInstanceOf(ConflictException.class);
        WarrantDeadlines.checkNext(arrested, WarrantEventKind.CONSENTED, ARREST.plusSeconds(3600), now);
    }
}
