package org.issa.app.passenger.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.passenger.assessment.Direction;
import org.issa.passenger.assessment.FlightToAssess;
import org.issa.passenger.assessment.PassengerAssessment;
import org.issa.passenger.assessment.PassengerToAssess;
import org.issa.passenger.exchange.ExchangeDesk;
import org.issa.passenger.review.ReviewDesk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: once, after the demo watch lists exist, registers three competent authorities,
 * assesses a fictitious flight arriving tomorrow (two of its passengers are on the demo lists)
 * and registers a request from another PIU and one from Europol, so that the review queue, the
 * requests page and the DPO view have something to show. All names are invented.
 */
@Component
@Order(3)
public class DemoPassengerReview implements ApplicationRunner {

    private final boolean demo;
    private final Sql sql;
    private final ReviewDesk desk;
    private final PassengerAssessment assessment;
    private final ExchangeDesk exchange;
    private final Clock clock;

    public DemoPassengerReview(@Value("${issa.demo:false}") boolean demo, Sql sql, ReviewDesk desk, PassengerAssessment assessment,
                               ExchangeDesk exchange, Clock clock) {
        this.demo = demo;
        this.sql = sql;
        this.desk = desk;
        this.assessment = assessment;
        this.exchange = exchange;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || sql.count("SELECT COUNT(*) FROM competent_authorities") > 0) {
            return;
        }
        Principal supervisor = new Principal("supervisor", "FR-MININT", "FR", Set.of(Role.SUPERVISOR), Classification.CONFIDENTIEL_UE);
        Principal analyst = new Principal("analyst", "FR-MININT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
        desk.addAuthority(supervisor, "FR-DGSI", "Direction générale de la sécurité intérieure (demo)", "FR", "demo: national list, Art 7(3)");
        desk.addAuthority(supervisor, "FR-OCRTEH", "Office central pour la répression de la traite des êtres humains (demo)", "FR",
                "demo: national list, Art 7(3)");
        desk.addAuthority(supervisor, "FR-DNRED", "Direction nationale du renseignement et des enquêtes douanières (demo)", "FR",
                "demo: national list, Art 7(3)");

        Instant arrival = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(20));
        Instant departure = arrival.minus(Duration.ofHours(4));
        FlightToAssess flight = new FlightToAssess("XQ", "4711", "IST", "CDG", LocalDate.ofInstant(departure, ZoneOffset.UTC), departure,
                arrival, Direction.ARRIVING);
        Marking pnr = new Marking(Classification.UNCLASSIFIED, Tlp.AMBER, Set.of(), "FR-MININT", Set.of(Handling.PERSONAL_DATA));
        assessment.assess("system", flight, List.of(
                new PassengerToAssess("DEMO-XQ4711-1", "DMO001", List.of("Dragomir Wolvercote"), List.of("1955-06-30"), List.of("XC"),
                        "male", List.of(), pnr),
                new PassengerToAssess("DEMO-XQ4711-2", "DMO002", List.of("Gideon Farthingale"), List.of("1976-05-18"), List.of("XF"),
                        "male", List.of(), pnr),
                new PassengerToAssess("DEMO-XQ4711-3", "DMO002", List.of("Maren Farthingale"), List.of("1979-01-04"), List.of("XF"),
                        "female", List.of(), pnr),
                new PassengerToAssess("DEMO-XQ4711-4", "DMO003", List.of("Tobiah Quennell"), List.of("1990-09-09"), List.of("XA"),
                        "male", List.of(), pnr)));

        exchange.receive(analyst, new ExchangeDesk.NewRequest("PIU", "PIU Belgium (demo)", "BE", "BE-PIU-DEMO-0931", "", "trafficking in"
                + " human beings (Annex II)", "The subject of investigation DEMO/114 flew IST-CDG last month; we need the booking and"
                + " co-travellers to identify the network's couriers.", "PNR of the flight XQ 4711 booking DMO002", false, "NORMAL"), null);
        exchange.receive(analyst, new ExchangeDesk.NewRequest("EUROPOL", "Europol (demo) via the FR national unit", "EU", "EP-DEMO-55",
                "SIENA DEMO-2026-0042", "terrorism", "Analysis project DEMO needs the travel pattern of a suspected facilitator over the last"
                + " three months.", "bookings of one passenger, three months", false, "URGENT"), null);
    }
}
