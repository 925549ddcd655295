package org.issa.passenger.synthetic;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.issa.passenger.pnr.Address;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.CheckIn;
import org.issa.passenger.pnr.Contact;
import org.issa.passenger.pnr.ContactKind;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.FrequentFlyer;
import org.issa.passenger.pnr.ItineraryLeg;
import org.issa.passenger.pnr.MonetaryAmount;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.Payment;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.RecordLocator;
import org.issa.passenger.pnr.Remark;
import org.issa.passenger.pnr.SpecialService;
import org.issa.passenger.pnr.Ticket;
import org.issa.passenger.pnr.TravelDocument;

/**
 * Writes a PNRGOV XML notification ({@code IATA_PNRGOV_NotifRQ}) with the elements and attributes the XML reader
 * understands: PNR locators, POS, contacts, passengers with loyalty, documents, tickets and payments, SSR/OSI, flights
 * with codeshare and check-in. Not validated against the IATA XSD.
 */
public final class PnrgovXmlWriter {

    static final String NS = "http://www.iata.org/IATA/2007/00";

    private PnrgovXmlWriter() {}

    public static byte[] document(PnrMessage m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("", "IATA_PNRGOV_NotifRQ", NS);
            w.writeDefaultNamespace(NS);
            w.writeAttribute("EchoToken", m.reference());
            w.writeAttribute("Version", m.version());
            w.writeAttribute("PushType", m.pushType().name());
            m.preparedAt().ifPresent(t -> attr(w, "TimeStamp", t.toString()));
            w.writeEmptyElement("Originator");
            w.writeAttribute("AirlineCode", m.carrier());
            w.writeAttribute("SystemCode", m.sender());
            m.flight().ifPresent(f -> flight(w, "FlightLeg", f, null));
            w.writeStartElement("PNRs");
            for (Booking b : m.bookings()) {
                booking(w, b);
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing generated XML failed", e);
        }
        return out.toByteArray();
    }

    private static void booking(XMLStreamWriter w, Booking b) throws XMLStreamException {
        w.writeStartElement("PNR");
        for (RecordLocator r : b.recordLocators()) {
            w.writeEmptyElement("BookingRefID");
            w.writeAttribute("ID", r.locator());
            w.writeAttribute("CompanyShortName", r.airline());
            r.createdAt().ifPresent(t -> attr(w, "DateTime", t.toString()));
        }
        for (SpecialService s : b.services()) {
            ssr(w, s);
        }
        for (Remark r : b.remarks()) {
            osi(w, r);
        }
        if (b.originator().isPresent()) {
            var o = b.originator().get();
            w.writeStartElement("POS");
            w.writeStartElement("Source");
            w.writeAttribute("AirlineVendorID", o.system());
            w.writeAttribute("PseudoCityCode", o.officeId());
            w.writeAttribute("ISOCountry", o.country());
            w.writeAttribute("AgentSine", o.agentId());
            w.writeEmptyElement("RequestorID");
            w.writeAttribute("ID", o.agencyNumber());
            w.writeEndElement();
            w.writeEndElement();
        }
        for (Contact c : b.contacts()) {
            contact(w, c);
        }
        for (Passenger p : b.passengers()) {
            passenger(w, p);
        }
        for (ItineraryLeg l : b.legs()) {
            flight(w, "Flight", l.flight(), l);
        }
        w.writeEndElement();
    }

    private static void passenger(XMLStreamWriter w, Passenger p) throws XMLStreamException {
        w.writeStartElement("Passenger");
        w.writeAttribute("RPH", p.ref());
        w.writeAttribute("PassengerTypeCode", p.type().code());
        if (p.accompaniedByInfant()) {
            w.writeAttribute("AccompaniedByInfantInd", "true");
        }
        text(w, "GivenName", p.givenNames());
        text(w, "Surname", p.surname());
        for (FrequentFlyer f : p.frequentFlyers()) {
            w.writeEmptyElement("CustLoyalty");
            w.writeAttribute("ProgramID", f.airline());
            w.writeAttribute("MembershipID", f.number());
            if (!f.tier().isEmpty()) {
                w.writeAttribute("LoyalLevel", f.tier());
            }
        }
        for (Remark r : p.remarks()) {
            osi(w, r);
        }
        for (SpecialService s : p.services()) {
            ssr(w, s);
        }
        for (Contact c : p.contacts()) {
            contact(w, c);
        }
        for (Ticket t : p.tickets()) {
            w.writeStartElement("TicketDocument");
            w.writeAttribute("TicketDocumentNbr", t.number());
            w.writeAttribute("Type", t.documentType());
            t.issuedAt().ifPresent(i -> attr(w, "DateOfIssue", i.toString()));
            for (MonetaryAmount a : t.amounts()) {
                w.writeEmptyElement("TotalFare");
                w.writeAttribute("Amount", a.amount().toPlainString());
                w.writeAttribute("CurrencyCode", a.currency());
            }
            for (Payment y : t.payments()) {
                w.writeStartElement("PaymentInfo");
                w.writeAttribute("PaymentType", y.code());
                y.amount().ifPresent(a -> attr(w, "PaymentAmount", a.toPlainString()));
                attrIf(w, "VendorCode", y.vendor());
                attrIf(w, "AccountNbr", y.accountNumber());
                attrIf(w, "ExpiryDate", y.expiry());
                attrIf(w, "CardHolderName", y.cardHolder());
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        if (!p.documents().isEmpty()) {
            w.writeStartElement("DOC_SSR");
            for (TravelDocument d : p.documents()) {
                if (d.isVisa()) {
                    continue;
                }
                w.writeStartElement("DOCS");
                w.writeAttribute("DocType", d.type());
                w.writeAttribute("DocID", d.number());
                w.writeAttribute("DocIssueCountry", d.issuingCountry());
                w.writeAttribute("DocHolderNationality", d.nationality());
                d.birthDate().ifPresent(x -> attr(w, "BirthDate", x.toString()));
                w.writeAttribute("Gender", d.gender());
                d.expiry().ifPresent(x -> attr(w, "ExpiryDate", x.toString()));
                text(w, "Surname", d.surname());
                text(w, "GivenName", d.givenNames());
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void flight(XMLStreamWriter w, String name, Flight f, ItineraryLeg leg) {
        try {
            w.writeStartElement(name);
            w.writeAttribute("FlightNumber", f.number());
            f.departureLocal().ifPresent(t -> attr(w, "DepartureDateTime", t.toString()));
            f.arrivalLocal().ifPresent(t -> attr(w, "ArrivalDateTime", t.toString()));
            if (leg != null) {
                attrIf(w, "ResBookDesigCode", leg.bookingClass());
                attrIf(w, "Status", leg.status());
                if (leg.seatsBooked() > 0) {
                    w.writeAttribute("NumberInParty", String.valueOf(leg.seatsBooked()));
                }
            }
            w.writeEmptyElement("DepartureAirport");
            w.writeAttribute("LocationCode", f.departureAirport());
            w.writeEmptyElement("ArrivalAirport");
            w.writeAttribute("LocationCode", f.arrivalAirport());
            w.writeEmptyElement("MarketingAirline");
            w.writeAttribute("Code", f.carrier());
            if (leg != null) {
                if (leg.operating().isPresent()) {
                    w.writeEmptyElement("OperatingAirline");
                    w.writeAttribute("Code", leg.operating().get().carrier());
                    w.writeAttribute("FlightNumber", leg.operating().get().number());
                }
                if (!leg.aircraftType().isEmpty()) {
                    w.writeEmptyElement("Equipment");
                    w.writeAttribute("AirEquipType", leg.aircraftType());
                }
                for (SpecialService s : leg.services()) {
                    ssr(w, s);
                }
                for (CheckIn c : leg.checkIns()) {
                    w.writeStartElement("CheckInInfo");
                    w.writeAttribute("RPH", c.passengerRef());
                    c.checkedInAt().ifPresent(t -> attr(w, "CheckInDateTime", t.toString()));
                    w.writeStartElement("BoardingNumber");
                    w.writeAttribute("Number", c.sequenceNumber());
                    text(w, "SeatNumber", c.seat());
                    w.writeEndElement();
                    w.writeEndElement();
                }
            }
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void ssr(XMLStreamWriter w, SpecialService s) throws XMLStreamException {
        w.writeStartElement("SSR");
        w.writeAttribute("SSRCode", s.code());
        attrIf(w, "Status", s.status());
        w.writeAttribute("ServiceQuantity", String.valueOf(s.quantity()));
        attrIf(w, "AirlineCode", s.carrier());
        attrIf(w, "BoardPoint", s.boardPoint());
        attrIf(w, "OffPoint", s.offPoint());
        attrIf(w, "RPH", s.passengerRef());
        text(w, "Text", s.text());
        w.writeEndElement();
    }

    private static void osi(XMLStreamWriter w, Remark r) throws XMLStreamException {
        w.writeStartElement("OSI");
        attrIf(w, "Code", r.carrier());
        text(w, "Text", r.text());
        w.writeEndElement();
    }

    private static void contact(XMLStreamWriter w, Contact c) throws XMLStreamException {
        w.writeStartElement("ContactInfo");
        if (c.kind() == ContactKind.PHONE) {
            w.writeAttribute("PhoneNumber", c.value());
        } else if (c.kind() == ContactKind.EMAIL) {
            w.writeAttribute("EmailAddress", c.value());
        } else {
            Address a = c.address().orElse(new Address("", c.value(), "", "", "", ""));
            attrIf(w, "Type", a.purpose());
            text(w, "AddressLine", a.street());
            text(w, "CityName", a.city());
            text(w, "PostalCode", a.postalCode());
            text(w, "StateProv", a.region());
            if (!a.country().isEmpty()) {
                w.writeEmptyElement("CountryName");
                w.writeAttribute("Code", a.country());
            }
        }
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        if (!value.isEmpty()) {
            w.writeStartElement(name);
            w.writeCharacters(value);
            w.writeEndElement();
        }
    }

    private static void attr(XMLStreamWriter w, String n, String v) {
        try {
            w.writeAttribute(n, v);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void attrIf(XMLStreamWriter w, String n, String v) throws XMLStreamException {
        if (!v.isEmpty()) {
            w.writeAttribute(n, v);
        }
    }

}
