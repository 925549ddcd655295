package org.issa.passenger.airport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.marking.Marking;
import org.issa.passenger.assessment.PushedFlight;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.MessageFormat;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.PushType;
import org.junit.jupiter.api.Test;

/** Local flight times placed on the time line in the airports' own zones, summer and winter; unknown airports read as UTC. */
class AirportZonesTest {

    @Test
    void theTableLoadsAndEveryZoneIsAnIanaZone() {
        assertThat(AirportZones.size()).isGreaterThanOrEqualTo(50);
        assertThat(AirportZones.zoneOf("fra")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(AirportZones.zoneOf("SAW")).contains(ZoneId.of("Europe/Istanbul"));
        assertThat(AirportZones.zoneOf("XXX")).isEmpty();
        assertThat(AirportZones.zoneOf(null)).isEmpty();
    }

    @Test
    void localTimesBecomeInstantsInTheAirportsZoneWithSummerTime() {
        assertThat(AirportZones.at("FRA", LocalDateTime.parse("2026-01-15T10:00")).instant()).isEqualTo(Instant.parse("2026-01-15T09:00:00Z"));
        assertThat(AirportZones.at("FRA", LocalDateTime.parse("2026-07-15T10:00")).instant()).isEqualTo(Instant.parse("2026-07-15T08:00:00Z"));
        assertThat(AirportZones.at("JFK", LocalDateTime.parse("2026-11-30T12:15")).instant()).isEqualTo(Instant.parse("2026-11-30T17:15:00Z"));
        assertThat(AirportZones.at("SIN", LocalDateTime.parse("2013-05-27T14:30")).instant()).isEqualTo(Instant.parse("2013-05-27T06:30:00Z"));
        AirportZones.Placed unknown = AirportZones.at("XXX", LocalDateTime.parse("2026-07-15T10:00"));
        assertThat(unknown.zoneKnown()).isFalse();
        assertThat(unknown.instant()).isEqualTo(Instant.parse("2026-07-15T10:00:00Z"));
        assertThat(AirportZones.at("IST", LocalDateTime.parse("2026-07-15T10:00")).zoneKnown()).isTrue();
    }

    @Test
    void aPushedFlightDepartsAndArrivesInItsAirportsZones() {
        LocalDateTime dep = LocalDateTime.parse("2026-11-30T23:10:00");
        Flight f = new Flight("TK", "1589", "", "IST", "FRA", Optional.of(dep), Optional.of(LocalDateTime.parse("2026-12-01T01:25:00")));
        PnrMessage m = new PnrMessage("1", "0003", MessageFormat.PNRGOV_EDIFACT, "11:1", PushType.FULL, "1A", "FRPIU", "TK", Optional.empty(),
                "", List.of(), Optional.of(f), Optional.of(0), List.of(), List.of());
        PushedFlight p = PushedFlight.of(m, List.of(), Set.of("FRA"), Marking.unclassified("FR-PIU"));
        assertThat(p.flight().departure()).isEqualTo(Instant.parse("2026-11-30T20:10:00Z")); // Istanbul, UTC+3
        assertThat(p.flight().arrival()).isEqualTo(Instant.parse("2026-12-01T00:25:00Z")); // Frankfurt, UTC+1
        assertThat(p.flight().reviewBy()).isEqualTo(p.flight().arrival());
        assertThat(p.flight().key()).isEqualTo("TK1589/2026-11-30/IST-FRA"); // the published (local) date stays the key
    }
}
