package org.issa.finance.freezing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.core.marking.Marking;
import org.issa.finance.account.Iban;
import org.junit.jupiter.api.Test;

/** What remains frozen after licences, on a day: hand-computed figures. */
class FrozenAmountsTest {

    static final Iban DE = Iban.parse("iban", "DE89 3704 0044 0532 0130 00");
    static final Iban FR = Iban.parse("iban", "FR14 2004 1010 0505 0001 3M02 606");
    static final LocalDate D1 = LocalDate.of(2026, 3, 1);

    static FreezingOrder order(Optional<LocalDate> lifted, List<Licence> licences) {
        return new FreezingOrder("o1", "FRZ-2026-00001", Regime.TERRORISM, "Council Regulation (EC) No 2580/2001", "Art. 2(1)(a)", "A. Person",
                FreezingOrder.SubjectKind.PERSON, Optional.empty(), ListSource.NONE, D1, D1, lifted, Optional.empty(),
                List.of(new FrozenAccount(DE, "A. Person", new Money(new BigDecimal("100000.00"), "EUR"), D1),
                        new FrozenAccount(FR, "A. Person", new Money(new BigDecimal("2500.50"), "EUR"), D1.plusDays(10))),
                licences, Instant.EPOCH, "sup", 1, Marking.unclassified("FR-MININT"));
    }

    static Licence licence(String amount, LocalDate on) {
        return new Licence("l" + amount, LicenceKind.BASIC_NEEDS, DE, new Money(new BigDecimal(amount), "EUR"), "Ministry of Finance", "",
                on, "sup");
    }

    @Test
    void accountsCountFromTheDayTheyWereFrozenAndLicencesFromTheDayTheyWereGranted() {
        FreezingOrder o = order(Optional.empty(), List.of(licence("1200", D1.plusDays(5)), licence("300.25", D1.plusDays(20))));
        assertThat(FrozenAmounts.remaining(o, D1.minusDays(1))).isEmpty();
        assertThat(FrozenAmounts.remaining(o, D1)).isEqualTo(Map.of("EUR", new BigDecimal("100000.00")));
        assertThat(FrozenAmounts.remaining(o, D1.plusDays(5))).isEqualTo(Map.of("EUR", new BigDecimal("98800.00")));
        assertThat(FrozenAmounts.remaining(o, D1.plusDays(10))).isEqualTo(Map.of("EUR", new BigDecimal("101300.50")));
        assertThat(FrozenAmounts.remaining(o, D1.plusDays(20))).isEqualTo(Map.of("EUR", new BigDecimal("101000.25")));
        assertThat(FrozenAmounts.remainingOn(o, DE, D1.plusDays(30))).isEqualByComparingTo("98499.75");
        assertThat(FrozenAmounts.released(o)).isEqualTo(Map.of("EUR", new BigDecimal("1500.25")));
    }

    @Test
    void nothingRemainsFrozenFromTheDayTheOrderIsLifted() {
        FreezingOrder o = order(Optional.of(D1.plusDays(40)), List.of());
        assertThat(FrozenAmounts.remaining(o, D1.plusDays(39))).containsEntry("EUR", new BigDecimal("102500.50"));
        assertThat(FrozenAmounts.remaining(o, D1.plusDays(40))).isEmpty();
    }
}
