package org.issa.passenger.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.issa.passenger.pnr.Booking;
import org.issa.rules.Compilation;
import org.issa.rules.Explanation;
import org.issa.rules.Facts;
import org.issa.rules.Field;
import org.issa.rules.RuleCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PassengerFactsTest {

    static final RuleCompiler COMPILER = new RuleCompiler(CriteriaModel.MODEL);

    @Test
    void aBookingBecomesOneSetOfFactsPerPassengerFromItsAnnexIItems() {
        Booking b = Bookings.istanbulFrankfurtReturn();
        List<Facts> all = PassengerFacts.of(b, TravelHistoryLookup.NONE);
        assertThat(all).hasSize(2);
        Facts p1 = all.get(0);
        assertThat(p1.value("itinerary.origin")).contains("IST");
        assertThat(p1.value("itinerary.destination")).contains("IST");
        assertThat(p1.value("itinerary.airports")).contains(List.of("IST", "FRA"));
        assertThat(p1.value("itinerary.segments")).contains(List.of("IST-FRA", "FRA-IST"));
        assertThat(p1.value("itinerary.flights")).contains(List.of("TK1589", "LH1298"));
        assertThat(p1.value("itinerary.carriers")).contains(List.of("TK", "LH"));
        assertThat(p1.value("itinerary.legs")).contains(2L);
        assertThat(p1.value("itinerary.one_way")).contains(false);
        assertThat(p1.value("itinerary.stay_days")).contains(3L);
        assertThat(p1.value("itinerary.departure_date")).contains("2026-03-14");
        assertThat(p1.value("itinerary.departure_weekday")).contains(6L);
        assertThat(p1.value("itinerary.departure_hour")).contains(23L);
        assertThat(p1.value("booking.days_before_departure")).contains(1L);
        assertThat(p1.value("booking.days_ticketed_before_departure")).contains(1L);
        assertThat(p1.value("booking.payment_forms")).contains(List.of("CA"));
        assertThat(p1.value("booking.paid_cash")).contains(true);
        assertThat(p1.value("booking.travel_agency")).contains("12345678");
        assertThat(p1.value("booking.via_travel_agency")).contains(true);
        assertThat(p1.value("booking.agency_country")).contains("NL");
        assertThat(p1.value("booking.travellers")).contains(2L);
        assertThat(p1.value("passenger.co_travellers")).contains(1L);
        assertThat(p1.value("passenger.type")).contains("ADULT");
        assertThat(p1.value("passenger.bags")).contains(3L);
        assertThat(p1.value("passenger.bag_weight_kg")).contains(45.4);
        assertThat(p1.value("passenger.checked_in")).contains(true);
        assertThat(p1.value("history.trips_90d")).isEmpty();

        Facts p2 = all.get(1);
        assertThat(p2.value("booking.paid_cash")).contains(false);
        assertThat(p2.value("passenger.bags")).isEmpty();
        assertThat(p2.value("passenger.checked_in")).contains(false);
    }

    @Test
    void historyComesFromTheLookupWhenThereIsOne() {
        TravelHistoryLookup lookup = (booking, passenger, departure) -> passenger.ref().equals("P1")
                ? Optional.of(new TravelHistory(1, 4, 9, List.of("BEY", "IST"), List.of("IST-BEY"))) : Optional.empty();
        List<Facts> all = PassengerFacts.of(Bookings.istanbulFrankfurtReturn(), lookup);
        assertThat(all.get(0).value("history.trips_90d")).contains(4L);
        assertThat(all.get(0).value("history.airports_365d")).contains(List.of("BEY", "IST"));
        assertThat(all.get(1).value("history.trips_90d")).isEmpty();
    }

    @Test
    void aCriterionOnTheModelHitsTheRightPassengerAndExplainsWhy() {
        var rule = COMPILER.compile("'IST-FRA' in itinerary.segments && booking.paid_cash && booking.days_before_departure <= 2").orThrow();
        List<Facts> all = PassengerFacts.of(Bookings.istanbulFrankfurtReturn(), TravelHistoryLookup.NONE);
        assertThat(rule.evaluate(all.get(0)).hit()).isTrue();
        assertThat(rule.evaluate(all.get(1)).hit()).isFalse();
        Explanation e = rule.explain(all.get(0));
        assertThat(e.summary()).contains("Routes flown = IST-FRA, FRA-IST").contains("Ticket paid in cash = yes")
                .contains("Days between booking and departure = 1");
        assertThat(e.summary()).doesNotContain("DOE");

        var needsHistory = COMPILER.compile("'IST' in itinerary.airports && history.trips_90d > 3").orThrow();
        assertThat(needsHistory.evaluate(all.get(0)).reason()).contains("Trips in the last 90 days");
    }

    @ParameterizedTest
    @ValueSource(strings = {"passenger.meal == 'MOML'", "passenger.nationality == 'SYR'", "passenger.gender == 'F'",
        "'WCHR' in passenger.special_services", "passenger.religion == 'x'", "passenger.name == 'DOE/JANE'",
        "passenger.date_of_birth == '1980-01-01'", "passenger.remarks.contains('halal')", "passenger.health == 'x'",
        "passenger.sexual_orientation == 'x'", "passenger.trade_union == 'x'", "passenger.political_opinion == 'x'",
        "passenger.ethnic_origin == 'x'"})
    void sensitiveFieldsAreRefusedByName(String condition) {
        Compilation c = COMPILER.compile("itinerary.origin == 'IST' && booking.paid_cash && " + condition);
        assertThat(c.ok()).isFalse();
        assertThat(c.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("forbidden-field");
            assertThat(p.field()).isPresent();
            assertThat(condition).contains(p.field().get());
            assertThat(p.column()).isGreaterThan(40);
        });
    }

    @Test
    void noSensitiveFieldCanBeGivenAValue() {
        for (Field f : CriteriaModel.MODEL.fields()) {
            if (f.isForbidden()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> CriteriaModel.MODEL.facts().put(f.name(), "x"))
                        .hasMessageContaining("forbidden");
            }
        }
    }

    @Test
    void everyFieldExampleIsValidCelOfItsTypeAndEveryFieldIsDocumented() throws Exception {
        Path doc = Path.of("..", "docs", "modules", "passenger-criteria.md");
        String text = Files.readString(doc);
        for (Field f : CriteriaModel.MODEL.fields()) {
            assertThat(text).as("documented: " + f.name()).contains("`" + f.name() + "`");
            if (!f.isForbidden()) {
                String source = f.name() + " == " + f.example() + " && itinerary.origin == 'IST' && booking.travellers == 2";
                if (f.name().equals("itinerary.origin") || f.name().equals("booking.travellers")) {
                    source = f.name() + " == " + f.example() + " && itinerary.destination == 'FRA' && booking.changes == 2";
                }
                Compilation c = COMPILER.compile(source);
                assertThat(c.problems()).as(source).isEmpty();
            }
        }
        assertThat(LocalDate.parse("2026-03-14").getDayOfWeek().getValue()).isEqualTo(6);
    }
}
