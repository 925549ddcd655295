package org.issa.passenger.edifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.issa.passenger.ingest.ParsedFile;
import org.issa.passenger.ingest.PassengerMessages;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.CheckIn;
import org.issa.passenger.pnr.ItineraryLeg;
import org.issa.passenger.pnr.MessageFormat;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.PassengerType;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.PushType;
import org.issa.passenger.pnr.TravelDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real PNRGOV 11.1 sample from StAEDI (see src/test/resources/pnr/README.md) parses completely. */
class RealSampleTest {

    static ParsedFile file;
    static PnrMessage message;
    static Booking booking;

    @BeforeAll
    static void read() throws Exception {
        file = new PassengerMessages().read(sample());
        message = file.pnrMessages().get(0);
        booking = message.bookings().get(0);
    }

    static byte[] sample() throws IOException {
        try (InputStream in = RealSampleTest.class.getResourceAsStream("/pnr/01-pnrgov-11.1-staedi-single-pnr-with-history.edi")) {
            return in.readAllBytes();
        }
    }

    @Test
    void envelopeAndLevelZero() {
        assertEquals(MessageFormat.PNRGOV_EDIFACT, file.format());
        assertEquals(1, file.pnrMessages().size());
        assertEquals(List.of(), file.allQuarantined(), "nothing quarantined: the UNT count (85) and UNZ are right");
        assertEquals("1", message.reference());
        assertEquals("0003", message.interchangeReference());
        assertEquals("11.1", message.version());
        assertEquals(PushType.FULL, message.pushType());
        assertEquals("1A", message.sender());
        assertEquals("KRC", message.recipient());
        assertEquals("1A", message.carrier());
        assertEquals("270513/0649/SQ/602", message.commonAccessReference());
        assertEquals(Optional.of(Instant.parse("2013-05-27T06:49:00Z")), message.preparedAt());
        assertEquals(Optional.of(1), message.declaredPnrCount());
        assertEquals(List.of(), message.parts());
        var f = message.flight().orElseThrow();
        assertEquals("SQ602", f.designator());
        assertEquals("SIN", f.departureAirport());
        assertEquals("ICN", f.arrivalAirport());
        assertEquals(Optional.of(LocalDateTime.parse("2013-05-27T14:30")), f.departureLocal());
        assertEquals(Optional.of(LocalDateTime.parse("2013-05-27T22:05")), f.arrivalLocal());
    }

    @Test
    void bookingHeader() {
        assertEquals(1, message.bookings().size());
        assertEquals("3PGZOV", booking.locator());
        assertEquals("1A/3PGZOV", booking.bookingKey());
        assertEquals(Optional.of(Instant.parse("2013-03-19T13:54:00Z")), booking.createdAt());
        assertEquals(Optional.of(Instant.parse("2013-05-27T05:59:00Z")), booking.lastChangedAt());
        var o = booking.originator().orElseThrow();
        assertEquals("1A", o.system());
        assertEquals("32393340", o.agencyNumber());
        assertEquals("SINSQ08AA", o.officeId());
        assertEquals("NCE", o.location());
        assertEquals("SG", o.country());
    }

    @Test
    void adultAndInfantWithTheirDocumentsDeduplicated() {
        assertEquals(2, booking.travellerCount());
        Passenger adult = booking.passengers().get(0);
        Passenger infant = booking.passengers().get(1);
        assertEquals("BELT", adult.surname());
        assertEquals("ISABELLE MRS", adult.givenNames());
        assertEquals(PassengerType.ADULT, adult.type());
        assertEquals("2", adult.ref());
        assertTrue(adult.accompaniedByInfant());
        assertEquals("001C451486DFF0CC", adult.uniqueId());
        assertEquals("SQ", adult.frequentFlyers().get(0).airline());
        assertEquals("8794285757", adult.frequentFlyers().get(0).number());

        assertEquals(PassengerType.INFANT, infant.type());
        assertEquals("SOPHY", infant.givenNames());
        assertEquals("3", infant.ref());

        // The adult's passport came twice (GR.2 and the flight-level DOCS +::2): once kept, as first sent.
        assertEquals(1, adult.documents().size(), adult.documents().toString());
        TravelDocument pp = adult.documents().get(0);
        assertEquals("509229987", pp.number());
        assertEquals("P", pp.type());
        assertEquals("GBR", pp.issuingCountry());
        assertEquals(Optional.of(LocalDate.of(1978, 7, 1)), pp.birthDate());
        assertEquals(Optional.of(LocalDate.of(2022, 11, 12)), pp.expiry());
        assertEquals("F", pp.gender());
        assertEquals("ISAB ELLE RUTH", pp.givenNames(), "line-wrapping spaces are kept, not repaired");

        // The infant's passport came under the adult's TIF and under the infant's: once, on the infant.
        assertEquals(1, infant.documents().size(), infant.documents().toString());
        TravelDocument ip = infant.documents().get(0);
        assertEquals("512731999", ip.number());
        assertEquals("FI", ip.gender());
        assertEquals(Optional.of(LocalDate.of(2012, 9, 20)), ip.birthDate());
        assertEquals(Optional.of(LocalDate.of(2017, 10, 25)), ip.expiry());
    }

    @Test
    void itineraryCheckInSeatsAndBags() {
        assertEquals(1, booking.legs().size());
        ItineraryLeg leg = booking.legs().get(0);
        assertEquals("SQ602", leg.flight().designator());
        assertEquals("D", leg.bookingClass());
        assertEquals("HK", leg.status());
        assertEquals(1, leg.seatsBooked());
        assertEquals("333", leg.aircraftType());
        assertEquals("3PGZOV", leg.recordLocators().get(0).locator());
        assertTrue(leg.services().stream().anyMatch(s -> s.code().equals("INFT") && s.passengerRef().equals("2")));
        assertEquals(2, leg.checkIns().size());
        CheckIn a = leg.checkIns().get(0);
        assertEquals("2", a.passengerRef());
        assertEquals("BELT", a.surname());
        assertEquals("011D", a.seat());
        assertEquals("J", a.cabin());
        assertEquals("SIN-168", a.sequenceNumber());
        assertEquals(1, a.bags().size());
        var bag = a.bags().get(0);
        assertEquals(Optional.of(3), bag.pieces());
        assertEquals("33", bag.weight().orElseThrow().toPlainString());
        assertEquals("KG", bag.weightUnit());
        assertEquals("HP", bag.poolRole());
        assertEquals(3, bag.tags().size());
        assertEquals("0123456789", bag.tags().get(0).number());
        assertEquals("ICN", bag.tags().get(0).destination());
        assertEquals("3", leg.checkIns().get(1).passengerRef());
        assertEquals("SOPHY", leg.checkIns().get(1).givenNames());
    }

    @Test
    void fortyNineHistoryLinesWithReleaseCharactersUndone() {
        assertEquals(49, booking.history().size());
        assertTrue(booking.history().stream().allMatch(h -> h.about().isEmpty() && h.maskedAfterSixMonths()));
        assertTrue(booking.history().stream().anyMatch(h -> h.text().contains("27MAY13 14:30 ON BSCT SEAT")), "14\\:30 unescaped");
        assertTrue(booking.history().stream().anyMatch(h -> h.text().equals("14/A/7/RX X VIAN / 8:48 IST 25/5/2013")));
        assertTrue(booking.history().get(0).text().startsWith("0/O/NM/BELT/ISABELLE MRS(ADT)"));
    }
}
