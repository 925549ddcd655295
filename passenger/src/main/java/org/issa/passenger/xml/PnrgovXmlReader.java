package org.issa.passenger.xml;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issa.passenger.ingest.NotAnInterchangeException;
import org.issa.passenger.ingest.ParsedFile;
import org.issa.passenger.ingest.ReadLimits;
import org.issa.passenger.pnr.Address;
import org.issa.passenger.pnr.AnnexItem;
import org.issa.passenger.pnr.BagTag;
import org.issa.passenger.pnr.Baggage;
import org.issa.passenger.pnr.BaggageKind;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.BookingOriginator;
import org.issa.passenger.pnr.CheckIn;
import org.issa.passenger.pnr.Contact;
import org.issa.passenger.pnr.ContactKind;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.FrequentFlyer;
import org.issa.passenger.pnr.HistoryAction;
import org.issa.passenger.pnr.HistoryEntry;
import org.issa.passenger.pnr.ItineraryLeg;
import org.issa.passenger.pnr.MessageFormat;
import org.issa.passenger.pnr.MonetaryAmount;
import org.issa.passenger.pnr.OtherService;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.PassengerType;
import org.issa.passenger.pnr.Payment;
import org.issa.passenger.pnr.PaymentType;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.PushType;
import org.issa.passenger.pnr.Quarantined;
import org.issa.passenger.pnr.RecordLocator;
import org.issa.passenger.pnr.Remark;
import org.issa.passenger.pnr.RemarkKind;
import org.issa.passenger.pnr.SpecialService;
import org.issa.passenger.pnr.SplitPnr;
import org.issa.passenger.pnr.Ticket;
import org.issa.passenger.pnr.TravelDocument;

/**
 * Reads a PNRGOV XML notification ({@code IATA_PNRGOV_NotifRQ}, namespace {@code http://www.iata.org/IATA/2007/00}) into
 * the model, by element and attribute names of the IATA schema as ISSA's reference note outlines them. It does not
 * validate against the XSD (IATA's schema package is not redistributable); an element it cannot read is quarantined
 * with its line, the rest kept.
 */
public final class PnrgovXmlReader {

    public static final String ROOT = "IATA_PNRGOV_NotifRQ";
    private final SafeXml xml;

    public PnrgovXmlReader(ReadLimits limits) {
        this.xml = new SafeXml(limits);
    }

    public ParsedFile read(byte[] data) throws NotAnInterchangeException {
        XmlNode root = xml.read(data);
        if (!root.name.equals(ROOT)) {
            throw new NotAnInterchangeException("not a PNRGOV XML document: the root element is <" + root.name + ">, not <" + ROOT + ">");
        }
        String reference = root.attr("EchoToken").isEmpty() ? root.attr("TransactionIdentifier") : root.attr("EchoToken");
        List<Quarantined> q = new ArrayList<>();
        Optional<Instant> stamp = instant(root.attr("TimeStamp"));
        Optional<XmlNode> originator = root.child("Originator");
        Optional<Flight> flight = root.child("FlightLeg").map(PnrgovXmlReader::flight);
        List<Booking> bookings = new ArrayList<>();
        for (XmlNode pnrs : root.all("PNRs")) {
            for (XmlNode pnr : pnrs.all("PNR")) {
                try {
                    bookings.add(booking(pnr, reference, q));
                } catch (RuntimeException e) {
                    q.add(new Quarantined(reference, pnr.line, pnr.describe(), "PNR unreadable: " + e.getClass().getSimpleName()));
                }
            }
        }
        PushType push = switch (root.attr("PushType").isEmpty() ? root.attr("MessageFunction") : root.attr("PushType")) {
            case "22", "Full", "FULL" -> PushType.FULL;
            case "141", "Update", "CHANGES" -> PushType.CHANGES;
            default -> PushType.UNKNOWN;
        };
        PnrMessage m = new PnrMessage(reference, "", MessageFormat.PNRGOV_XML, root.attr("Version"), push,
                originator.map(o -> o.attr("SystemCode")).orElse(""), "", originator.map(o -> o.attr("AirlineCode")).orElse(""), stamp,
                "", List.of(), flight, Optional.empty(), bookings, q);
        return new ParsedFile(MessageFormat.PNRGOV_XML, List.of(m), List.of(), List.of());
    }

    private static Booking booking(XmlNode pnr, String reference, List<Quarantined> q) {
        List<RecordLocator> locators = pnr.all("BookingRefID").stream().map(PnrgovXmlReader::locator).toList();
        Optional<Instant> created = locators.stream().flatMap(l -> l.createdAt().stream()).findFirst();
        Optional<BookingOriginator> pos = pnr.child("POS").flatMap(p -> p.child("Source")).map(s -> new BookingOriginator(
                s.attr("AirlineVendorID"), s.attr("AirportCode"), s.childAttr("RequestorID", "ID"), s.attr("PseudoCityCode"),
                s.attr("AirportCode"), s.childAttr("BookingChannel", "Code"), s.attr("AgentType"), s.attr("ISOCountry"),
                s.attr("ISOCurrency"), s.attr("AgentSine")));
        List<Passenger> passengers = new ArrayList<>();
        int i = 0;
        for (XmlNode p : pnr.all("Passenger")) {
            passengers.add(passenger(p, ++i, reference, q));
        }
        List<ItineraryLeg> legs = new ArrayList<>();
        int seq = 0;
        for (XmlNode f : pnr.all("Flight")) {
            legs.add(leg(f, ++seq));
        }
        List<SplitPnr> splits = pnr.all("SplitPNR").stream().map(s -> new SplitPnr(intOf(s.attr("NumberInParty")),
                s.all("BookingRefID").stream().map(PnrgovXmlReader::locator).toList())).toList();
        List<OtherService> other = new ArrayList<>();
        for (XmlNode o : pnr.all("OtherTravelSegment")) {
            for (XmlNode s : o.children) {
                other.add(new OtherService(s.name, s.attr("ChainCode").isEmpty() ? s.attr("CompanyCode") : s.attr("ChainCode"),
                        s.attr("CityCode").isEmpty() ? s.attr("HotelCityCode") : s.attr("CityCode"),
                        local(s.attr("Start").isEmpty() ? s.attr("CheckInDate") : s.attr("Start")),
                        local(s.attr("End").isEmpty() ? s.attr("CheckOutDate") : s.attr("End"))));
            }
        }
        List<HistoryEntry> history = new ArrayList<>();
        for (XmlNode h : pnr.all("StructuredPNR_History")) {
            String by = h.child("Credit").map(c -> c.attr("AgentSine").isEmpty() ? c.describe() : c.attr("AgentSine")).orElse("");
            Optional<Instant> at = h.child("Credit").flatMap(c -> instant(c.attr("DateTime")));
            for (XmlNode item : h.all("Item")) {
                history.add(new HistoryEntry(history.size() + 1, HistoryAction.ofCode(actionCode(item.attr("Action"))),
                        item.children.isEmpty() ? Optional.empty() : historySubject(item.children.get(0).name), by, at,
                        item.children.stream().map(XmlNode::describe).reduce((a, b) -> a + " " + b).orElse(item.text())));
            }
        }
        List<Baggage> bags = pnr.all("PrepaidBag").stream().map(b -> bag(b, BaggageKind.PREPAID)).toList();
        List<SpecialService> ssrs = new ArrayList<>();
        List<Remark> remarks = new ArrayList<>();
        for (XmlNode s : pnr.all("SSR")) {
            ssrs.add(ssr(s, ""));
        }
        for (XmlNode o : pnr.all("OSI")) {
            remarks.add(new Remark(RemarkKind.OSI, "OSI", o.attr("Code"), osiText(o), ""));
        }
        List<Contact> contacts = new ArrayList<>();
        pnr.all("ContactInfo").forEach(c -> contacts.addAll(contacts(c)));
        return new Booking(locators, created, instant(pnr.attr("LastModified")), Optional.empty(), pos, contacts, passengers, legs, splits,
                other, ssrs, remarks, bags, history);
    }

    private static String actionCode(String a) {
        return switch (a) {
            case "Add", "A" -> "A";
            case "Delete", "X", "Cancel" -> "X";
            case "Modify", "Change", "C" -> "C";
            default -> "";
        };
    }

    private static Optional<AnnexItem> historySubject(String element) {
        return Optional.ofNullable(switch (element) {
            case "Passenger" -> AnnexItem.NAMES;
            case "Flight" -> AnnexItem.ITINERARY;
            case "OSI" -> AnnexItem.GENERAL_REMARKS;
            case "Seat" -> AnnexItem.SEAT;
            case "Bag" -> AnnexItem.BAGGAGE;
            case "DOC_SSR" -> AnnexItem.API_DATA;
            case "ContactInfo" -> AnnexItem.ADDRESS_CONTACT;
            case "TicketDocument" -> AnnexItem.TICKETING;
            case "CustLoyalty" -> AnnexItem.FREQUENT_FLYER;
            default -> null;
        });
    }

    private static RecordLocator locator(XmlNode b) {
        String company = b.attr("CompanyShortName").isEmpty() ? b.childAttr("CompanyName", "Code") : b.attr("CompanyShortName");
        return new RecordLocator(company, b.attr("ID"), b.attr("Type"), instant(b.attr("DateTime")));
    }

    private static Passenger passenger(XmlNode p, int index, String reference, List<Quarantined> q) {
        String ref = p.attr("RPH").isEmpty() ? p.attr("PaxID") : p.attr("RPH");
        if (ref.isEmpty()) {
            ref = "P" + index;
        }
        String given = p.childText("GivenName");
        String title = p.childText("NameTitle");
        if (!title.isEmpty()) {
            given = (given + " " + title).trim();
        }
        List<TravelDocument> docs = new ArrayList<>();
        List<Address> addresses = new ArrayList<>();
        for (XmlNode ds : p.all("DOC_SSR")) {
            for (XmlNode d : ds.children) {
                switch (d.name) {
                    case "DOCS" -> docs.add(new TravelDocument(d.attr("DocType"), d.attr("DocIssueCountry"), d.attr("DocID"),
                            d.attr("DocHolderNationality"), date(d.attr("BirthDate")), d.attr("Gender"), date(d.attr("ExpiryDate")),
                            d.childText("Surname").isEmpty() ? d.attr("Surname") : d.childText("Surname"),
                            d.childText("GivenName").isEmpty() ? d.attr("GivenName") : d.childText("GivenName"), "", Optional.empty(), ""));
                    case "DOCO" -> docs.add(new TravelDocument(d.attr("DocType").isEmpty() ? "V" : d.attr("DocType"), d.attr("ApplicableCountry"),
                            d.attr("DocID"), "", Optional.empty(), "", Optional.empty(), "", "", d.attr("PlaceOfIssue"),
                            date(d.attr("DateOfIssue")), d.attr("PlaceOfBirth")));
                    case "DOCA" -> addresses.add(new Address(d.attr("AddressType"), d.childText("AddressLine"), d.childText("CityName"),
                            d.childText("StateProv"), d.childText("PostalCode"), d.childAttr("CountryName", "Code")));
                    default -> q.add(new Quarantined(reference, d.line, d.describe(), "unknown DOC_SSR element <" + d.name + ">"));
                }
            }
        }
        List<FrequentFlyer> ffs = p.all("CustLoyalty").stream()
                .map(c -> new FrequentFlyer(c.attr("ProgramID"), c.attr("MembershipID"), c.attr("LoyalLevel"))).toList();
        List<Contact> contacts = new ArrayList<>();
        p.all("ContactInfo").forEach(c -> contacts.addAll(contacts(c)));
        List<Ticket> tickets = p.all("TicketDocument").stream().map(PnrgovXmlReader::ticket).toList();
        List<SpecialService> ssrs = new ArrayList<>();
        for (XmlNode s : p.all("SSR")) {
            ssrs.add(ssr(s, ref));
        }
        List<Remark> remarks = new ArrayList<>();
        for (XmlNode o : p.all("OSI")) {
            remarks.add(new Remark(RemarkKind.OSI, "OSI", o.attr("Code"), osiText(o), ref));
        }
        for (XmlNode f : p.all("FareInfo")) {
            remarks.add(new Remark(RemarkKind.FARE_CALCULATION, "FareInfo", "", f.describe(), ref));
        }
        List<Baggage> bags = p.all("ExcessBaggage").stream().map(b -> bag(b, BaggageKind.EXCESS)).toList();
        return new Passenger(ref, p.childText("Surname"), given, PassengerType.ofCode(p.attr("PassengerTypeCode")),
                "true".equalsIgnoreCase(p.attr("AccompaniedByInfantInd")), p.attr("PaxID"), docs, addresses, ffs, contacts, tickets, ssrs,
                remarks, bags);
    }

    private static String osiText(XmlNode o) {
        return o.childText("Text").isEmpty() ? (o.attr("Text").isEmpty() ? o.text() : o.attr("Text")) : o.childText("Text");
    }

    private static SpecialService ssr(XmlNode s, String ref) {
        String text = s.childText("Text").isEmpty() ? s.attr("Text") : s.childText("Text");
        return new SpecialService(s.attr("SSRCode"), s.attr("Status"), intOf(s.attr("ServiceQuantity")), s.attr("AirlineCode"),
                s.attr("BoardPoint"), s.attr("OffPoint"), text, ref.isEmpty() ? s.attr("RPH") : ref);
    }

    private static List<Contact> contacts(XmlNode c) {
        List<Contact> out = new ArrayList<>();
        if (!c.attr("PhoneNumber").isEmpty()) {
            out.add(new Contact(ContactKind.PHONE, c.attr("PhoneNumber"), Optional.empty()));
        }
        if (!c.attr("EmailAddress").isEmpty()) {
            out.add(new Contact(ContactKind.EMAIL, c.attr("EmailAddress"), Optional.empty()));
        }
        if (!c.childText("AddressLine").isEmpty() || !c.childText("CityName").isEmpty()) {
            Address a = new Address(c.attr("Type"), c.childText("AddressLine"), c.childText("CityName"), c.childText("StateProv"),
                    c.childText("PostalCode"), c.childAttr("CountryName", "Code"));
            out.add(new Contact(ContactKind.ADDRESS, a.oneLine(), Optional.of(a)));
        }
        return out;
    }

    private static Ticket ticket(XmlNode t) {
        List<MonetaryAmount> amounts = t.child("TotalFare")
                .map(f -> List.of(new MonetaryAmount("T", decimal(f.attr("Amount")).orElse(BigDecimal.ZERO), f.attr("CurrencyCode"))))
                .orElse(List.of());
        List<MonetaryAmount> taxes = t.child("Taxes").map(x -> x.all("Tax").stream()
                .map(tx -> new MonetaryAmount(tx.attr("TaxCode"), decimal(tx.attr("Amount")).orElse(BigDecimal.ZERO), tx.attr("CurrencyCode")))
                .toList()).orElse(List.of());
        String pricing = t.child("PricingInfo").map(p -> String.join(":", p.attributes.values())).orElse("");
        List<Payment> payments = new ArrayList<>();
        for (XmlNode p : t.all("PaymentInfo")) {
            Optional<Address> billing = p.child("Address").map(a -> new Address("", a.childText("AddressLine"), a.childText("CityName"),
                    a.childText("StateProv"), a.childText("PostalCode"), a.childAttr("CountryName", "Code")));
            payments.add(new Payment(PaymentType.ofCode(p.attr("PaymentType")), p.attr("PaymentType"), decimal(p.attr("PaymentAmount")),
                    p.attr("VendorCode"), p.attr("AccountNbr"), p.attr("ExpiryDate"), p.attr("CardHolderName"), billing));
        }
        String number = t.attr("TicketDocumentNbr");
        return new Ticket(number, t.attr("Type"), 1, number.isEmpty(), instant(t.attr("DateOfIssue")), amounts, taxes, pricing,
                t.childText("FareCalculation"), payments);
    }

    private static Flight flight(XmlNode f) {
        String carrier = f.childAttr("MarketingAirline", "Code");
        if (carrier.isEmpty()) {
            carrier = f.attr("CarrierCode");
        }
        return new Flight(carrier, f.attr("FlightNumber"), "", f.childAttr("DepartureAirport", "LocationCode"),
                f.childAttr("ArrivalAirport", "LocationCode"), local(f.attr("DepartureDateTime")), local(f.attr("ArrivalDateTime")));
    }

    private static ItineraryLeg leg(XmlNode f, int seq) {
        Flight fl = flight(f);
        Optional<Flight> operating = f.child("OperatingAirline").filter(o -> !o.attr("Code").isEmpty())
                .map(o -> new Flight(o.attr("Code"), o.attr("FlightNumber"), "", fl.departureAirport(), fl.arrivalAirport(),
                        fl.departureLocal(), fl.arrivalLocal()));
        List<CheckIn> checkIns = new ArrayList<>();
        for (XmlNode c : f.all("CheckInInfo")) {
            List<Baggage> bags = new ArrayList<>();
            String seat = "";
            String seq2 = "";
            for (XmlNode b : c.all("BoardingNumber")) {
                seq2 = b.attr("Number");
                seat = b.childText("SeatNumber");
                b.all("CheckedBag").forEach(x -> bags.add(bag(x, BaggageKind.CHECKED)));
            }
            checkIns.add(new CheckIn(c.attr("RPH"), c.attr("Surname"), c.attr("GivenName"), instant(c.attr("CheckInDateTime")),
                    c.attr("AgentID"), seq2, seat, c.attr("CabinClass"), f.attr("BoardingStatus"), bags));
        }
        List<SpecialService> ssrs = f.all("SSR").stream().map(s -> ssr(s, "")).toList();
        List<Remark> remarks = f.all("OSI").stream().map(o -> new Remark(RemarkKind.OSI, "OSI", o.attr("Code"), osiText(o), "")).toList();
        return new ItineraryLeg(seq, fl, operating, f.attr("ResBookDesigCode"), f.attr("Status"), intOf(f.attr("NumberInParty")),
                f.childAttr("Equipment", "AirEquipType"), f.all("BookingRefID").stream().map(PnrgovXmlReader::locator).toList(), ssrs,
                remarks, checkIns);
    }

    private static Baggage bag(XmlNode b, BaggageKind kind) {
        List<BagTag> tags = b.attr("BagTagNumber").isEmpty() ? List.of()
                : List.of(new BagTag(b.attr("IssuerCode"), b.attr("BagTagNumber"), Math.max(1, intOf(b.attr("NumberOfTags"))),
                        b.attr("BagDestination")));
        Optional<MonetaryAmount> charge = decimal(b.attr("Amount")).map(a -> new MonetaryAmount("", a, b.attr("CurrencyCode")));
        return new Baggage(kind, b.attr("Quantity").isEmpty() ? Optional.empty() : Optional.of(intOf(b.attr("Quantity"))),
                decimal(b.attr("UnitOfMeasureQuantity")), b.attr("UnitOfMeasure"), b.attr("PoolRole"), "", tags, charge);
    }

    static int intOf(String s) {
        try {
            return s.isEmpty() ? 0 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static Optional<BigDecimal> decimal(String s) {
        try {
            return s.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(s.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> date(String s) {
        try {
            return s.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDateTime> local(String s) {
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(s.length() == 10 ? LocalDate.parse(s).atStartOfDay() : LocalDateTime.parse(s.length() > 19 ? s.substring(0, 19) : s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<Instant> instant(String s) {
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            return local(s).map(t -> t.toInstant(ZoneOffset.UTC));
        }
    }
}
