package org.issa.app.passenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.marking.Classification;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.investigation.entity.EntityRecord;
import org.issa.investigation.entity.EntityStore;
import org.issa.investigation.entity.Statement;
import org.issa.investigation.entity.StoredEntity;
import org.issa.passenger.keep.KeptBooking;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.ItineraryLeg;
import org.issa.passenger.pnr.MessageFormat;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.PassengerType;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.PushType;
import org.issa.passenger.pnr.RecordLocator;
import org.issa.passenger.pnr.TravelDocument;
import org.issa.passenger.retention.Retention;
import org.issa.passenger.store.Channel;
import org.issa.passenger.store.Delivery;
import org.issa.passenger.store.PnrStore;
import org.issa.passenger.store.Receipt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The passenger store and the investigation's entity store wired as in the server: a stored PNR publishes its travellers
 * (Person), its flight (Flight) and the co-travel link (Associate) through the core entity port into the entity store,
 * under the PIU's marking; depersonalisation withdraws the persons and the link; deletion at the end of retention the
 * flight no other stored booking flies.
 */
class PassengerEntityRoundTripTest extends PassengerHttpSupport {

    @Autowired
    PnrStore store;

    @Autowired
    EntityStore entities;

    @Autowired
    Retention retention;

    @Autowired
    Sql sql;

    static Passenger traveller(String ref, String surname, String given, String passport) {
        TravelDocument doc = new TravelDocument("P", "DEU", passport, "DEU", Optional.of(LocalDate.parse("1984-07-02")), "F", Optional.empty(),
                surname, given, "", Optional.empty(), "");
        return new Passenger(ref, surname, given, PassengerType.ADULT, false, "", List.of(doc), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    @Test
    void aStoredPnrReachesTheEntityStoreAndRetentionTakesItBack() {
        String s = suffix();
        String number = String.valueOf(1000 + Math.floorMod(s.hashCode(), 9000));
        String locator = ("E" + s).substring(0, Math.min(6, s.length() + 1)).toUpperCase();
        LocalDateTime dep = LocalDateTime.parse("2026-12-06T08:40:00");
        Flight flight = new Flight("ZQ", number, "", "ATH", "FRA", Optional.of(dep), Optional.of(dep.plusHours(3)));
        ItineraryLeg leg = new ItineraryLeg(1, flight, Optional.empty(), "Y", "HK", 2, "", List.of(), List.of(), List.of(), List.of());
        Booking b = new Booking(List.of(new RecordLocator("1A", locator, "", Optional.of(Instant.parse("2026-11-21T08:00:00Z")))),
                Optional.of(Instant.parse("2026-11-21T08:00:00Z")), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of(traveller("1", "ENTWISTLE" + s.toUpperCase(), "MAREN", "E1" + locator), traveller("2", "ENTWISTLE" + s.toUpperCase(),
                        "JOOST", "E2" + locator)), List.of(leg), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        PnrMessage m = new PnrMessage("1", "E" + s, MessageFormat.PNRGOV_EDIFACT, "13:1", PushType.FULL, "1A", "FRPIU", "ZQ", Optional.empty(),
                "", List.of(), Optional.of(flight), Optional.of(1), List.of(b), List.of());
        Receipt receipt = store.store(new Delivery(Channel.CLI, "importer", "ZQ", ("entities " + s).getBytes(StandardCharsets.UTF_8)), m,
                List.of(new KeptBooking(b, List.of())));
        String bookingId = sql.queryOne("SELECT booking_id FROM pnr_booking_version WHERE message_id = ?", rs -> rs.getString(1),
                receipt.messageId()).orElseThrow();
        String maren = StoredEntity.key("passenger", "pnr-person:" + bookingId + ":1");
        String joost = StoredEntity.key("passenger", "pnr-person:" + bookingId + ":2");
        String link = StoredEntity.key("passenger", "pnr-cotravel:" + bookingId + ":1:2");
        String flightId = StoredEntity.key("passenger", "pnr-flight:ZQ" + number + "-2026-12-06");
        // An investigator of the PIU's own agency, cleared for its marking.
        Principal investigator = new Principal("ivy", store.marking().originator(), "FR", Set.of(Role.ANALYST), Classification.SECRET_UE);

        // Published under the PIU's marking, and readable in the entity store (with a purpose: personal data).
        EntityRecord person = entities.read(investigator, maren, "check the PIU's publication");
        assertThat(person.entity().schema()).isEqualTo("Person");
        assertThat(person.entity().marking()).isEqualTo(store.marking());
        assertThat(person.statements()).extracting(Statement::value).contains("MAREN ENTWISTLE" + s.toUpperCase(), "E1" + locator);
        assertThat(entities.find(investigator, joost)).isPresent();
        EntityRecord together = entities.read(investigator, link, "check the PIU's publication");
        assertThat(together.entity().schema()).isEqualTo("Associate");
        assertThat(together.statements()).extracting(Statement::value)
                .anyMatch(v -> v.endsWith("pnr-person:" + bookingId + ":1")).anyMatch(v -> v.endsWith("pnr-person:" + bookingId + ":2"));
        assertThat(entities.find(investigator, flightId).orElseThrow().schema()).isEqualTo("Flight");

        // Depersonalised after six months (moved in the database, as a clock would): persons and link withdrawn, flight kept.
        sql.update("UPDATE pnr_message SET received_at = ? WHERE id = ?", Instant.now().minus(Duration.ofDays(200)), receipt.messageId());
        retention.run();
        assertThat(entities.unfiltered(maren)).isEmpty();
        assertThat(entities.unfiltered(joost)).isEmpty();
        assertThat(entities.unfiltered(link)).isEmpty();
        assertThat(entities.unfiltered(flightId)).isPresent();

        // Deleted at the end of retention: no stored booking flies the flight any more, so it is withdrawn too.
        sql.update("UPDATE pnr_message SET received_at = ? WHERE id = ?", Instant.now().minus(Duration.ofDays(365 * 6)), receipt.messageId());
        retention.run();
        assertThat(entities.unfiltered(flightId)).isEmpty();
    }
}
