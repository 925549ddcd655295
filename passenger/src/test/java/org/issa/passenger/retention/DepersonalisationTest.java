package org.issa.passenger.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.PassengerType;
import org.issa.passenger.pnr.RemarkKind;
import org.issa.passenger.store.BookingJson;
import org.issa.passenger.store.Fixtures;
import org.junit.jupiter.api.Test;

/** Masking takes exactly the Article 12(2) items (a)-(f) and keeps every other Annex I item. */
class DepersonalisationTest {

    static final LocalDateTime DEP = LocalDateTime.of(2026, 11, 30, 10, 15);

    @Test
    void masksNamesContactsPaymentFrequentFlyerRemarksAndApiDataAndNothingElse() {
        Booking b = Fixtures.booking("ABC123", LocalDate.of(2026, 10, 1),
                List.of(Fixtures.passenger("P1", "SMITH", "JOHN MR", "C01X00T47", LocalDate.of(1980, 5, 17))),
                List.of(Fixtures.flight("LH", "400", "FRA", "JFK", DEP)));
        Booking m = Depersonalisation.mask(b);
        Passenger p = m.passengers().get(0);
        // (a) names and the traveller type (number and other names of travellers)
        assertThat(p.surname()).isEqualTo(Depersonalisation.MASK);
        assertThat(p.givenNames()).isEqualTo(Depersonalisation.MASK);
        assertThat(p.type()).isEqualTo(PassengerType.UNKNOWN);
        // (b) contacts, (d) frequent flyer, (f) API data
        assertThat(p.contacts()).isEmpty();
        assertThat(m.contacts()).isEmpty();
        assertThat(p.frequentFlyers()).isEmpty();
        assertThat(p.documents()).isEmpty();
        // (c) payment, inside the ticket; the ticket itself (item 13) stays
        assertThat(p.tickets()).singleElement().satisfies(t -> {
            assertThat(t.number()).isEqualTo("2201234567890");
            assertThat(t.payments()).isEmpty();
            assertThat(t.amounts()).isEmpty();
            assertThat(t.fareCalculation()).isEqualTo("FRA LH JFK 416.00");
        });
        // (e) general remarks (OSI), at passenger and PNR level
        assertThat(p.remarks()).isEmpty();
        assertThat(m.remarks()).noneMatch(r -> r.kind() == RemarkKind.GENERAL || r.kind() == RemarkKind.OSI);
        // History: the entry about names goes, the one about the itinerary stays.
        assertThat(m.history()).singleElement().satisfies(h -> assertThat(h.text()).isEqualTo("SS LH400 Y"));
        // Kept: locator, dates, itinerary, travel agency, baggage, status.
        assertThat(m.locator()).isEqualTo("ABC123");
        assertThat(m.createdAt()).isEqualTo(b.createdAt());
        assertThat(m.legs()).isEqualTo(b.legs());
        assertThat(m.originator()).isEqualTo(b.originator());
        // A masked booking survives the store's JSON both ways.
        assertThat(BookingJson.read(BookingJson.write(m))).isEqualTo(m);
        assertThat(BookingJson.read(BookingJson.write(b))).isEqualTo(b);
        // The original is untouched.
        assertThat(b.passengers().get(0).surname()).isEqualTo("SMITH");
    }

    @Test
    void retentionPolicyRefusesPeriodsTheDirectiveDoesNotAllow() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RetentionPolicy.parse("x", "P7M", "P5Y"))
                .hasMessageContaining("six months");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RetentionPolicy.parse("x", "P6M", "P6Y"))
                .hasMessageContaining("five years");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RetentionPolicy.parse("x", "P6M", "P3M"))
                .hasMessageContaining("before");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RetentionPolicy.parse("x", "six months", "P5Y"))
                .hasMessageContaining("ISO-8601");
        assertThat(RetentionPolicy.parse("BE", "P6M", "P6M").deletesInsteadOfMasking()).isTrue();
        assertThat(RetentionPolicy.DIRECTIVE.deletesInsteadOfMasking()).isFalse();
    }
}
