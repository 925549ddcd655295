package org.issa.passenger.synthetic;

import static org.issa.passenger.synthetic.SegmentWriter.c;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
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
import org.issa.passenger.pnr.MonetaryAmount;
import org.issa.passenger.pnr.OtherService;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.PassengerType;
import org.issa.passenger.pnr.Payment;
import org.issa.passenger.pnr.PaymentType;
import org.issa.passenger.pnr.RecordLocator;
import org.issa.passenger.pnr.Remark;
import org.issa.passenger.pnr.RemarkKind;
import org.issa.passenger.pnr.SpecialService;
import org.issa.passenger.pnr.SplitPnr;
import org.issa.passenger.pnr.Ticket;
import org.issa.passenger.pnr.TravelDocument;

/** Makes realistic synthetic bookings (1 to 9 passengers, multi-leg, documents, payments, agencies, history). */
final class SyntheticBookings {

    static final String[] SURNAMES = {"MUELLER", "SCHMIDT", "DUBOIS", "MARTIN", "ROSSI", "RUSSO", "GARCIA", "FERNANDEZ", "NOWAK",
            "KOWALSKI", "JANSSEN", "DE VRIES", "PETERS", "NIELSEN", "HANSEN", "VIRTANEN", "KOVACS", "HORVAT", "PAPADOPOULOS", "SILVA",
            "SANTOS", "MURPHY", "OBRIEN", "SMITH", "JONES", "ANDERSSON", "NOVAK", "POPESCU", "IVANOV", "DIMITROV", "BERG", "LEROY",
            "O", "YY", "WEBER", "FISCHER", "MORENO", "BIANCHI", "LAMBERT", "MAES"};
    static final String[] GIVEN_M = {"JOHN", "LUKAS", "PIERRE", "MARCO", "JAN", "PIOTR", "LARS", "MIKKO", "JANOS", "NIKOS", "JOAO",
            "SEAN", "ERIK", "ANDREI", "GEORGI", "LUCA", "JEAN PAUL", "KARL HEINZ"};
    static final String[] GIVEN_F = {"ANNA", "MARIE", "SOFIA", "GIULIA", "LAURA", "ZOFIA", "INGRID", "AINO", "ESZTER", "ELENI", "ANA",
            "SIOBHAN", "ELSA", "IOANA", "MARIA", "CLAIRE", "ANNE SOPHIE"};
    static final String[] TITLES_M = {"MR", "", "DR"};
    static final String[] TITLES_F = {"MRS", "MS", "", "DR"};
    static final String[] COUNTRIES = {"DEU", "FRA", "ITA", "ESP", "POL", "NLD", "BEL", "DNK", "SWE", "FIN", "HUN", "HRV", "GRC", "PRT",
            "IRL", "AUT", "ROU", "BGR", "CZE", "GBR", "USA", "TUR", "MAR", "UKR", "IND", "BRA"};
    static final String[][] AIRPORTS = {{"FRA", "DEU"}, {"MUC", "DEU"}, {"CDG", "FRA"}, {"ORY", "FRA"}, {"FCO", "ITA"}, {"MXP", "ITA"},
            {"MAD", "ESP"}, {"BCN", "ESP"}, {"WAW", "POL"}, {"AMS", "NLD"}, {"BRU", "BEL"}, {"CPH", "DNK"}, {"ARN", "SWE"},
            {"HEL", "FIN"}, {"BUD", "HUN"}, {"ZAG", "HRV"}, {"ATH", "GRC"}, {"LIS", "PRT"}, {"DUB", "IRL"}, {"VIE", "AUT"},
            {"OTP", "ROU"}, {"SOF", "BGR"}, {"PRG", "CZE"}, {"LHR", "GBR"}, {"JFK", "USA"}, {"IST", "TUR"}, {"CMN", "MAR"},
            {"KBP", "UKR"}, {"DEL", "IND"}, {"GRU", "BRA"}, {"DXB", "ARE"}, {"SIN", "SGP"}};
    static final String[] CARRIERS = {"LH", "AF", "KL", "AZ", "IB", "LO", "SK", "AY", "OS", "SN", "TP", "EI", "A3", "RO", "OK", "BA", "TK",
            "AT", "EK", "SQ"};
    static final String[] AIRCRAFT = {"320", "321", "32N", "319", "738", "7M8", "333", "359", "77W", "E90", "AT7"};
    static final String[] SYSTEMS = {"1A", "1S", "1G", "1B"};
    static final String[] CITIES = {"BERLIN", "PARIS", "ROMA", "MADRID", "WARSZAWA", "AMSTERDAM", "BRUXELLES", "KOBENHAVN", "STOCKHOLM",
            "HELSINKI", "BUDAPEST", "ZAGREB", "ATHINA", "LISBOA", "DUBLIN", "WIEN", "BUCURESTI", "SOFIA", "PRAHA", "LONDON"};
    static final String[] STREETS = {"HAUPTSTRASSE", "RUE DE LA PAIX", "VIA ROMA", "CALLE MAYOR", "ULICA DLUGA", "KERKSTRAAT",
            "STORGATAN", "FO UTCA", "ODOS ERMOU", "MAIN STREET"};
    static final String[] OSI = {"CTCM PAX PREFERS TEXT MESSAGES", "PAX TRAVELLING ON BUSINESS", "VIP ACCOUNT", "GROUP BOOKING CONF 44",
            "PLS ASSIST WITH CONNECTION", "PAX REQUESTS AISLE SEAT", "CORPORATE DEAL ABC123", "PAX TRAVELLING TOGETHER WITH PNR"};
    static final String[] LTS = {"0/O/NM/%s/%s", "0/O/SS/%s %s Y %s HK1", "1/Z/1AINV RM %s CR-%s 0000", "2/P/QE/%s/1C15D4",
            "3/A/7/RX PAX CALLED X SEAT CHANGE REQUESTED AT 14:30", "4/Z/ETK-ISSBOE CR-%s GS 1916VV", "5/A/27/TKOK %s/%s",
            "6/A/SR/SSR DOCS HK1 P/%s/%s"};

    private final SplittableRandom r;
    private final double sensitiveRate;
    private int locatorSeq;

    SyntheticBookings(SplittableRandom r, double sensitiveRate) {
        this.r = r;
        this.sensitiveRate = sensitiveRate;
    }

    <T> T pick(T[] a) {
        return a[r.nextInt(a.length)];
    }

    boolean chance(double p) {
        return r.nextDouble() < p;
    }

    String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    String letters(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('A' + r.nextInt(26)));
        }
        return b.toString();
    }

    String locator() {
        // unique within a generator: a base-36 counter mixed with random letters
        String seq = Integer.toString(++locatorSeq, 36).toUpperCase(Locale.ROOT);
        return (letters(6 - Math.min(4, seq.length())) + seq).substring(0, 6);
    }

    static Instant minute(Instant t) {
        return t.truncatedTo(ChronoUnit.MINUTES);
    }

    /** A flight of the pushed carrier. */
    Flight flight(String carrier, LocalDateTime departure) {
        String[] from = pick(AIRPORTS);
        String[] to = pick(AIRPORTS);
        while (to[0].equals(from[0])) {
            to = pick(AIRPORTS);
        }
        LocalDateTime dep = departure.truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime arr = dep.plusMinutes(60 + r.nextInt(600));
        return new Flight(carrier, String.valueOf(1 + r.nextInt(9899)), "", from[0], to[0], Optional.of(dep), Optional.of(arr));
    }

    /** A booking that includes the pushed flight as one of its legs. */
    Booking booking(Flight pushed, Instant preparedAt, List<PnrgovWriter.HistoryItem> structured) {
        String system = pick(SYSTEMS);
        String locator = locator();
        LocalDateTime dep = pushed.departureLocal().orElseThrow();
        Instant created = minute(preparedAt.minus(Duration.ofHours(2 + r.nextInt(24 * 120))));
        List<RecordLocator> locators = new ArrayList<>();
        locators.add(new RecordLocator(system, locator, "", Optional.of(created)));
        if (chance(0.4)) {
            locators.add(new RecordLocator(pushed.carrier(), letters(6), "", Optional.empty()));
        }
        Instant lastChange = minute(preparedAt.minus(Duration.ofMinutes(5 + r.nextInt(600))));
        Optional<Instant> issued = chance(0.7) ? Optional.of(minute(created.plus(Duration.ofMinutes(r.nextInt(2000))))) : Optional.empty();
        boolean agency = chance(0.6);
        String country = pick(COUNTRIES).substring(0, 2);
        BookingOriginator origin = new BookingOriginator(system, pick(AIRPORTS)[0], agency ? digits(8) : "",
                (agency ? pick(AIRPORTS)[0] + "T" : pushed.departureAirport() + pushed.carrier()) + digits(2) + "AA", pick(AIRPORTS)[0],
                agency ? "" : pushed.carrier(), agency ? "T" : "A", country, chance(0.5) ? "EUR" : "", letters(4));

        int pax = 1 + (int) Math.min(8, Math.floor(-Math.log(1 - r.nextDouble()) * 1.2));
        List<Passenger> passengers = new ArrayList<>();
        String family = pick(SURNAMES);
        boolean infantUsed = false;
        String carrier = pushed.carrier();
        for (int i = 0; i < pax; i++) {
            boolean female = r.nextBoolean();
            PassengerType type = i > 0 && chance(0.2) ? PassengerType.CHILD : PassengerType.ADULT;
            String surname = i == 0 || chance(0.6) ? family : pick(SURNAMES);
            String title = type == PassengerType.ADULT ? pick(female ? TITLES_F : TITLES_M) : "";
            String given = (pick(female ? GIVEN_F : GIVEN_M) + " " + title).trim();
            boolean withInfant = !infantUsed && pax < 9 && type == PassengerType.ADULT && chance(0.08);
            passengers.add(passenger(String.valueOf(i + 1), surname, given, type, female, withInfant, dep.toLocalDate(), carrier, created, issued));
            if (withInfant) {
                infantUsed = true;
                String ig = pick(r.nextBoolean() ? GIVEN_F : GIVEN_M);
                passengers.add(passenger(String.valueOf(++i + 1), surname, ig, PassengerType.INFANT, r.nextBoolean(), false,
                        dep.toLocalDate(), carrier, created, issued));
                pax++;
            }
        }

        List<ItineraryLeg> legs = new ArrayList<>();
        int legCount = 1 + (chance(0.45) ? 1 + r.nextInt(3) : 0);
        int pushedIndex = r.nextInt(legCount);
        LocalDateTime t = dep.minusHours(pushedIndex * (5L + r.nextInt(20)));
        String prevTo = null;
        for (int l = 0; l < legCount; l++) {
            Flight f;
            if (l == pushedIndex) {
                f = pushed;
            } else {
                f = flight(chance(0.7) ? carrier : pick(CARRIERS), t);
                if (prevTo != null) {
                    f = new Flight(f.carrier(), f.number(), "", prevTo, f.arrivalAirport().equals(prevTo) ? "ZRH" : f.arrivalAirport(),
                            f.departureLocal(), f.arrivalLocal());
                }
            }
            legs.add(leg(l + 1, f, passengers, l == pushedIndex && chance(0.5), lastChange));
            prevTo = f.arrivalAirport();
            t = f.arrivalLocal().orElse(t).plusHours(2 + r.nextInt(30));
        }

        List<Contact> contacts = new ArrayList<>();
        if (chance(0.7)) {
            contacts.add(new Contact(ContactKind.PHONE, "+" + (30 + r.nextInt(20)) + digits(9), Optional.empty()));
        }
        if (chance(0.6)) {
            contacts.add(new Contact(ContactKind.EMAIL, passengers.get(0).givenNames().split(" ")[0].toLowerCase(Locale.ROOT) + "."
                    + family.replace(" ", "").toLowerCase(Locale.ROOT) + (chance(0.3) ? "_" + digits(2) : "") + "@example.org", Optional.empty()));
        }
        if (chance(0.4)) {
            Address a = address("700");
            contacts.add(new Contact(ContactKind.ADDRESS, a.oneLine(), Optional.of(a)));
        }
        List<Remark> remarks = new ArrayList<>();
        if (chance(0.3)) {
            remarks.add(new Remark(RemarkKind.OSI, "4:28", carrier, pick(OSI), ""));
        }
        List<SpecialService> services = new ArrayList<>();
        if (chance(0.1)) {
            services.add(new SpecialService("OTHS", "HK", 1, carrier, "", "", "ADVISE IF DUPLICATE BOOKING", ""));
        }
        if (chance(sensitiveRate)) {
            addSensitive(passengers, remarks, services, carrier);
        }
        List<Baggage> bags = chance(0.1) ? List.of(new Baggage(BaggageKind.EXCESS, Optional.of(1 + r.nextInt(2)), Optional.empty(), "", "", "",
                List.of(), Optional.of(new MonetaryAmount("", new BigDecimal(30 + r.nextInt(90) + ".00"), "EUR")))) : List.of();
        List<SplitPnr> splits = chance(0.05) ? List.of(new SplitPnr(1 + r.nextInt(2),
                List.of(new RecordLocator(system, locator(), "", Optional.of(minute(created.plusSeconds(3600))))))) : List.of();
        List<OtherService> other = chance(0.08) ? List.of(new OtherService("8", "HI", legs.get(legs.size() - 1).flight().arrivalAirport(),
                Optional.of(dep.plusDays(1).truncatedTo(ChronoUnit.DAYS).plusHours(14)),
                Optional.of(dep.plusDays(3).truncatedTo(ChronoUnit.DAYS).plusHours(11)))) : List.of();

        List<HistoryEntry> history = new ArrayList<>();
        int structuredCount = chance(0.5) ? 1 + r.nextInt(3) : 0;
        String by = origin.officeId();
        Optional<Instant> at = Optional.of(minute(created.plusSeconds(600)));
        for (int h = 0; h < structuredCount; h++) {
            Passenger p = passengers.get(r.nextInt(passengers.size()));
            PnrgovWriter.HistoryItem item = switch (r.nextInt(3)) {
                case 0 -> new PnrgovWriter.HistoryItem("A", by, at, "TIF", new Object[] {c(p.surname().replace(" ", "")),
                        c(p.givenNames().split(" ")[0], p.type().code(), p.ref())});
                case 1 -> new PnrgovWriter.HistoryItem("X", by, at, "SSR", new Object[] {c("SEAT", "HK", "1", carrier, "", "", "", "",
                        (1 + r.nextInt(40)) + "C")});
                default -> new PnrgovWriter.HistoryItem("C", by, at, "TVL", new Object[] {c(PnrgovWriter.ddmmyy(dep.toLocalDate())),
                        legs.get(0).flight().departureAirport(), legs.get(0).flight().arrivalAirport(), carrier, legs.get(0).flight().number()});
            };
            structured.add(item);
            Optional<AnnexItem> about = switch (item.tag()) {
                case "TIF" -> Optional.of(AnnexItem.NAMES);
                case "SSR" -> Optional.of(AnnexItem.SEAT);
                default -> Optional.of(AnnexItem.ITINERARY);
            };
            history.add(new HistoryEntry(history.size() + 1, HistoryAction.ofCode(item.action()), about, by, at,
                    item.tag() + " " + historyText(item.elements())));
        }
        int lts = chance(0.6) ? 1 + r.nextInt(8) : 0;
        for (int h = 0; h < lts; h++) {
            String line = String.format(Locale.ROOT, pick(LTS), passengers.get(0).surname().replace(" ", ""), pushed.carrier() + pushed.number(),
                    pushed.departureAirport() + pushed.arrivalAirport());
            history.add(new HistoryEntry(history.size() + 1, HistoryAction.UNSTRUCTURED, Optional.empty(), "", Optional.empty(), line));
        }
        return new Booking(locators, Optional.of(created), Optional.of(lastChange), issued, Optional.of(origin), contacts, passengers, legs,
                splits, other, services, remarks, bags, history);
    }

    /** The text the reader makes of a history item: components joined by ':', elements by ' ', empties dropped. */
    static String historyText(Object[] elements) {
        StringBuilder b = new StringBuilder();
        for (Object e : elements) {
            String t;
            if (e instanceof SegmentWriter.Composite(String[] comps)) {
                t = String.join(":", comps);
                while (t.endsWith(":")) {
                    t = t.substring(0, t.length() - 1);
                }
            } else {
                t = e == null ? "" : e.toString();
            }
            if (!t.isEmpty()) {
                b.append(b.isEmpty() ? "" : " ").append(t);
            }
        }
        return b.toString();
    }

    private Passenger passenger(String ref, String surname, String given, PassengerType type, boolean female, boolean withInfant,
                                LocalDate travel, String carrier, Instant created, Optional<Instant> issued) {
        LocalDate birth = switch (type) {
            case INFANT -> travel.minusDays(30 + r.nextInt(600));
            case CHILD -> travel.minusDays(800 + r.nextInt(4000));
            default -> travel.minusDays(6600 + r.nextInt(20000));
        };
        String nat = pick(COUNTRIES);
        String gender = (female ? "F" : "M") + (type == PassengerType.INFANT ? "I" : "");
        List<TravelDocument> docs = new ArrayList<>();
        String docGiven = given.replaceAll(" (MR|MRS|MS|DR)$", "");
        if (chance(0.85)) {
            docs.add(new TravelDocument(chance(0.8) ? "P" : "I", nat, letters(2) + digits(7), nat, Optional.of(birth), gender,
                    Optional.of(travel.plusDays(100 + r.nextInt(3000))), surname, docGiven, "", Optional.empty(), ""));
        }
        if (chance(0.08)) {
            docs.add(new TravelDocument("V", pick(COUNTRIES), digits(9), "", Optional.empty(), "", Optional.empty(), "", "",
                    pick(CITIES), Optional.of(travel.minusDays(20 + r.nextInt(300))), pick(CITIES)));
        }
        List<Address> docAddresses = chance(0.15) ? List.of(new Address("D", pick(STREETS) + " " + (1 + r.nextInt(200)), pick(CITIES), "",
                digits(5), pick(COUNTRIES))) : List.of();
        List<FrequentFlyer> ffs = type != PassengerType.INFANT && chance(0.3)
                ? List.of(new FrequentFlyer(carrier, digits(10), chance(0.5) ? pick(new String[] {"GOLD", "SILVER", "BASE", "PLAT"}) : ""))
                : List.of();
        List<Contact> contacts = type == PassengerType.ADULT && chance(0.2)
                ? List.of(new Contact(ContactKind.PHONE, "+" + (30 + r.nextInt(20)) + digits(9), Optional.empty())) : List.of();
        List<Ticket> tickets = new ArrayList<>();
        if (issued.isPresent() && type != PassengerType.INFANT || chance(0.1)) {
            BigDecimal total = new BigDecimal((80 + r.nextInt(2400)) + "." + digits(2));
            String cur = chance(0.8) ? "EUR" : "USD";
            List<Payment> pays = new ArrayList<>();
            String code = pick(new String[] {"CC", "CC", "CC", "CA", "MS", "CK", "GR"});
            PaymentType pt = PaymentType.ofCode(code);
            pays.add(new Payment(pt, code, Optional.of(total), pt == PaymentType.CARD ? pick(new String[] {"VI", "CA", "AX", "DC"}) : "",
                    pt == PaymentType.CARD ? digits(6) + "******" + digits(4) : "", pt == PaymentType.CARD ? String.format("%02d%02d",
                    1 + r.nextInt(12), 26 + r.nextInt(6)) : "", pt == PaymentType.CARD && chance(0.2) ? pick(GIVEN_M) + " " + pick(SURNAMES) : "",
                    chance(0.3) ? Optional.of(address("")) : Optional.empty()));
            tickets.add(new Ticket(digits(13), "T", chance(0.05) ? 2 : 1, false, issued, List.of(new MonetaryAmount("T", total, cur)),
                    chance(0.6) ? List.of(new MonetaryAmount("YQ", new BigDecimal(10 + r.nextInt(200) + ".00"), cur),
                            new MonetaryAmount("DE", new BigDecimal(5 + r.nextInt(60) + ".50"), cur)) : List.of(),
                    chance(0.5) ? pick(new String[] {"NR", "OW", "RT"}) : "",
                    chance(0.4) ? "FRA " + carrier + " LON 120.00 NUC120.00END ROE0.92" : "", pays));
        }
        List<Remark> remarks = chance(0.1) ? List.of(new Remark(RemarkKind.OSI, "4:28", carrier, pick(OSI), ref)) : List.of();
        List<SpecialService> services = new ArrayList<>();
        if (type == PassengerType.CHILD && chance(0.2)) {
            services.add(new SpecialService("UMNR", "HK", 1, carrier, "", "", "UM10 YRS ACCOMPANIED TO GATE", ref));
        }
        List<Baggage> bags = chance(0.05) ? List.of(new Baggage(BaggageKind.EXCESS, Optional.of(1), Optional.empty(), "", "", "", List.of(),
                Optional.of(new MonetaryAmount("", new BigDecimal("50.00"), "EUR")))) : List.of();
        return new Passenger(ref, surname, given, type, withInfant, chance(0.5) ? digits(4) + letters(12) : "", docs, docAddresses, ffs,
                contacts, tickets, services, remarks, bags);
    }

    private Address address(String purpose) {
        return new Address(purpose, pick(STREETS) + " " + (1 + r.nextInt(200)), pick(CITIES), "", digits(5), pick(COUNTRIES).substring(0, 2));
    }

    private ItineraryLeg leg(int seq, Flight f, List<Passenger> passengers, boolean codeshare, Instant lastChange) {
        Optional<Flight> operating = codeshare ? Optional.of(new Flight(pick(CARRIERS), String.valueOf(1000 + r.nextInt(8000)), "",
                f.departureAirport(), f.arrivalAirport(), f.departureLocal(), f.arrivalLocal())) : Optional.empty();
        List<SpecialService> services = new ArrayList<>();
        if (chance(0.5)) {
            int row = 1 + r.nextInt(40);
            char col = 'A';
            for (Passenger p : passengers) {
                if (p.type() != PassengerType.INFANT) {
                    services.add(new SpecialService("SEAT", "HK", 1, f.carrier(), f.departureAirport(), f.arrivalAirport(), row + String.valueOf(col++), p.ref()));
                }
            }
        }
        if (chance(0.05)) {
            services.add(new SpecialService("XBAG", "HK", 1, f.carrier(), f.departureAirport(), f.arrivalAirport(), "1 EXTRA BAG 23KG",
                    passengers.get(0).ref()));
        }
        List<CheckIn> checkIns = new ArrayList<>();
        if (chance(0.35)) {
            Instant at = minute(lastChange.minusSeconds(60L * r.nextInt(300)));
            int bn = 1 + r.nextInt(300);
            for (Passenger p : passengers) {
                List<Baggage> bags = new ArrayList<>();
                if (p.type() != PassengerType.INFANT && chance(0.6)) {
                    int pieces = 1 + r.nextInt(3);
                    String first = digits(10);
                    bags.add(new Baggage(BaggageKind.CHECKED, Optional.of(pieces), Optional.of(BigDecimal.valueOf(10 + r.nextInt(20 * pieces))), "KG",
                            pieces > 1 ? "HP" : "", pieces > 1 ? f.departureAirport() + "-" + bn : "",
                            List.of(new BagTag(f.carrier(), first, pieces, f.arrivalAirport())), Optional.empty()));
                }
                checkIns.add(new CheckIn(p.ref(), p.surname(), p.givenNames(), Optional.of(at), f.carrier(), f.departureAirport() + "-" + (bn++),
                        p.type() == PassengerType.INFANT ? "" : (1 + r.nextInt(40)) + "" + (char) ('A' + r.nextInt(6)), chance(0.8) ? "Y" : "J",
                        "", bags));
            }
        }
        List<Remark> remarks = chance(0.05) ? List.of(new Remark(RemarkKind.OSI, "4:28", f.carrier(), "CONNECTING PAX PLS EXPEDITE", "")) : List.of();
        return new ItineraryLeg(seq, f, operating, pick(new String[] {"Y", "B", "M", "H", "K", "L", "C", "J"}), pick(new String[] {"HK", "HK", "HK", "KK", "RR"}),
                (int) passengers.stream().filter(p -> p.type() != PassengerType.INFANT).count(), chance(0.7) ? pick(AIRCRAFT) : "",
                chance(0.3) ? List.of(new RecordLocator(f.carrier(), letters(6), "", Optional.empty())) : List.of(), services, remarks, checkIns);
    }

    /**
     * Special-category data as carriers send it (a religious meal, a medical SSR, a remark about health): the
     * sensitive-data filter must find and delete each.
     */
    private void addSensitive(List<Passenger> passengers, List<Remark> remarks, List<SpecialService> services, String carrier) {
        Passenger p = passengers.get(r.nextInt(passengers.size()));
        String code = pick(new String[] {"MOML", "KSML", "HNML", "VGML", "DBML", "GFML", "WCHR", "MEDA", "BLND", "DEAF", "PRGN"});
        List<SpecialService> s = new ArrayList<>(p.services());
        s.add(new SpecialService(code, "HK", 1, carrier, "", "", "", p.ref()));
        passengers.set(passengers.indexOf(p), p.withFreeText(s, p.remarks()));
        if (chance(0.5)) {
            remarks.add(new Remark(RemarkKind.OSI, "4:28", carrier, pick(new String[] {"PAX IS DIABETIC CARRIES INSULIN",
                    "PAX WILL PRAY AT GATE PLS ASSIST", "PASSAGER EN FAUTEUIL ROULANT", "FLUGGAST IST SCHWANGER 30 WOCHEN"}), ""));
        }
    }
}
