package org.issa.passenger.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.issa.rules.CompiledRule;
import org.issa.rules.Facts;
import org.issa.rules.Field;
import org.issa.rules.FieldType;
import org.issa.rules.RuleCompiler;
import org.junit.jupiter.api.Test;

/** The compact copy of the criteria facts: every non-history field of the model round-trips, and it equals PassengerFacts. */
class CriteriaFactsTest {

    /** Every field of the model that is not forbidden and not history, read from the model itself (not from the codec). */
    private static List<Field> modelFields() {
        return CriteriaModel.MODEL.fields().stream().filter(f -> !f.isForbidden() && !f.name().startsWith("history.")).toList();
    }

    /** Values of each type, one per variant: edge cases first. */
    private static Object value(FieldType type, int variant) {
        return switch (type) {
            case BOOL -> variant % 2 == 0;
            case INT -> List.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 365L, 127L, 128L).get(variant % 7);
            case DOUBLE -> List.of(0.0, 46.3, -0.5, 1e-9, 123456.789, Double.MAX_VALUE, 20.0).get(variant % 7);
            case STRING -> List.of("", "IST", "Zürich ✈ 東京", "12345678", "a".repeat(300), "IST", "NL").get(variant % 7);
            case STRING_LIST -> List.<List<String>>of(List.of(), List.of("IST"), List.of("IST-FRA", "FRA-IST"), List.of("", "x"),
                    List.of("CA", "CC", "CA"), List.of("ü"), List.of("TK", "LH", "AF")).get(variant % 7);
            case INT_LIST -> List.<List<Long>>of(List.of(), List.of(1L), List.of(-5L, Long.MAX_VALUE)).get(variant % 3);
        };
    }

    @Test
    void everyNonHistoryFieldOfTheModelRoundTripsWithMissingValuesEmptyListsAndDoubles() {
        List<Field> fields = modelFields();
        assertThat(fields).hasSizeGreaterThan(20);
        for (int variant = 0; variant < 8; variant++) {
            List<CriteriaFacts.Traveller> in = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                Facts.Builder b = CriteriaModel.MODEL.facts();
                for (int k = 0; k < fields.size(); k++) {
                    // one passenger in three has each field missing, in turn
                    if ((k + p + variant) % 3 != 0) {
                        b.put(fields.get(k).name(), value(fields.get(k).type(), variant + k + p));
                    }
                }
                in.add(new CriteriaFacts.Traveller(p == 0 ? "" : "P" + p, b.build()));
            }
            List<CriteriaFacts.Traveller> out = CriteriaFacts.decode(CriteriaFacts.encode(in));
            assertThat(out).hasSameSizeAs(in);
            for (int p = 0; p < in.size(); p++) {
                assertThat(out.get(p).ref()).isEqualTo(in.get(p).ref());
                for (Field f : fields) {
                    assertThat(out.get(p).facts().value(f.name())).as(f.name() + " variant " + variant + " passenger " + p)
                            .isEqualTo(in.get(p).facts().value(f.name()));
                }
            }
        }
    }

    @Test
    void theCopyHoldsNoHistoryAndNoPassengersMeansNoPassengers() {
        Facts.Builder b = CriteriaModel.MODEL.facts();
        b.put("history.trips_30d", 3L).put("history.airports_365d", List.of("BEY")).put("itinerary.origin", "IST");
        List<CriteriaFacts.Traveller> out = CriteriaFacts.decode(CriteriaFacts.encode(List.of(new CriteriaFacts.Traveller("P1", b.build()))));
        assertThat(out.get(0).facts().value("history.trips_30d")).isEmpty();
        assertThat(out.get(0).facts().value("history.airports_365d")).isEmpty();
        assertThat(out.get(0).facts().value("itinerary.origin")).contains("IST");
        assertThat(CriteriaFacts.FIELDS).noneMatch(f -> f.name().startsWith("history.") || f.isForbidden());
        assertThat(CriteriaFacts.decode(CriteriaFacts.encode(List.of()))).isEmpty();
    }

    @Test
    void decodedFactsEqualPassengerFactsFieldByFieldForGeneratedBookings() {
        List<StoredBooking> bookings = new SyntheticBookings(11, 3000, LocalDate.of(2026, 1, 1), 60).all();
        long passengers = 0;
        for (StoredBooking s : bookings) {
            List<Facts> expected = PassengerFacts.of(s.booking(), TravelHistoryLookup.NONE);
            List<CriteriaFacts.Traveller> decoded = CriteriaFacts.decode(CriteriaFacts.encode(s.booking()));
            assertThat(decoded).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                passengers++;
                assertThat(decoded.get(i).ref()).isEqualTo(s.booking().passengers().get(i).ref());
                for (Field f : CriteriaModel.MODEL.fields()) {
                    assertThat(decoded.get(i).facts().value(f.name())).as(s.id() + " " + f.name()).isEqualTo(expected.get(i).value(f.name()));
                }
            }
        }
        assertThat(passengers).isGreaterThan(3000);
    }

    @Test
    void onlyTheWantedFieldsAndTheRouteAreDecoded() {
        CompiledRule rule = new RuleCompiler(CriteriaModel.MODEL).compile("itinerary.origin == 'IST' && booking.paid_cash && itinerary.legs >= 1").orThrow();
        boolean[] wanted = CriteriaFacts.wanted(rule.fields());
        StoredBooking s = new SyntheticBookings(5, 1, LocalDate.of(2026, 1, 1), 1).all().get(0);
        Facts full = PassengerFacts.of(s.booking(), TravelHistoryLookup.NONE).get(0);
        Facts part = CriteriaFacts.decode(CriteriaFacts.encode(s.booking()), wanted).get(0).facts();
        Set<String> kept = Set.of("itinerary.origin", "booking.paid_cash", "itinerary.legs", "itinerary.segments");
        for (Field f : CriteriaModel.MODEL.fields()) {
            assertThat(part.value(f.name())).as(f.name()).isEqualTo(kept.contains(f.name()) ? full.value(f.name()) : java.util.Optional.empty());
        }
        assertThat(rule.evaluate(part)).isEqualTo(rule.evaluate(full));
    }

    @Test
    void aDamagedOrForeignCopyIsRefusedWithAReason() {
        byte[] good = CriteriaFacts.encode(new SyntheticBookings(3, 1, LocalDate.of(2026, 1, 1), 1).all().get(0).booking());
        assertThatThrownBy(() -> CriteriaFacts.decode(Arrays.copyOf(good, good.length - 3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CriteriaFacts.decode(Arrays.copyOf(good, good.length + 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too many");
        byte[] other = good.clone();
        other[2] ^= 1;
        assertThatThrownBy(() -> CriteriaFacts.decode(other)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("layout");
    }
}
