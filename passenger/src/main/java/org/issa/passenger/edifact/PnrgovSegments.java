package org.issa.passenger.edifact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issa.passenger.edifact.EdifactDates.Century;
import org.issa.passenger.pnr.Address;
import org.issa.passenger.pnr.BagTag;
import org.issa.passenger.pnr.Baggage;
import org.issa.passenger.pnr.BaggageKind;
import org.issa.passenger.pnr.BookingOriginator;
import org.issa.passenger.pnr.Contact;
import org.issa.passenger.pnr.ContactKind;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.FrequentFlyer;
import org.issa.passenger.pnr.MonetaryAmount;
import org.issa.passenger.pnr.Payment;
import org.issa.passenger.pnr.PaymentType;
import org.issa.passenger.pnr.RecordLocator;
import org.issa.passenger.pnr.Remark;
import org.issa.passenger.pnr.RemarkKind;
import org.issa.passenger.pnr.SpecialService;
import org.issa.passenger.pnr.TravelDocument;

/**
 * Decoders of single PNRGOV segments into model values. Each throws {@link BadSegment} with a reason when the segment
 * cannot be read; the mapper quarantines it.
 */
final class PnrgovSegments {

    private PnrgovSegments() {}

    /** A segment that cannot be read, with the reason. */
    static final class BadSegment extends Exception {
        BadSegment(String reason) {
            super(reason, null, false, false);
        }
    }

    /** TVL {@code date:time:date:time+from+to+mkt:op+number:class}. */
    static Flight flight(Segment s, LocalDate ref) throws BadSegment {
        String depDate = s.get(1, 1);
        String arrDate = s.get(1, 3);
        Optional<LocalDate> dep = EdifactDates.ddmmyy(depDate, ref);
        Optional<LocalDate> arr = EdifactDates.ddmmyy(arrDate, ref);
        if (!depDate.isEmpty() && dep.isEmpty()) {
            throw new BadSegment("TVL departure date \"" + depDate + "\" is not DDMMYY");
        }
        if (!arrDate.isEmpty() && arr.isEmpty()) {
            throw new BadSegment("TVL arrival date \"" + arrDate + "\" is not DDMMYY");
        }
        return new Flight(s.get(4, 1), s.get(5, 1), s.get(5, 3), s.get(2), s.get(3),
                EdifactDates.local(dep, s.get(1, 2)), EdifactDates.local(arr, s.get(1, 4)));
    }

    /** RCI composites {@code airline:locator:type:ddmmyy:hhmm}, one per element. */
    static List<RecordLocator> locators(Segment s, LocalDate ref) throws BadSegment {
        List<RecordLocator> out = new ArrayList<>();
        for (int e = 1; e <= s.size(); e++) {
            if (s.get(e, 2).isEmpty()) {
                continue;
            }
            String date = s.get(e, 4);
            Optional<LocalDate> d = EdifactDates.ddmmyy(date, ref);
            if (!date.isEmpty() && d.isEmpty()) {
                throw new BadSegment("RCI date \"" + date + "\" is not DDMMYY");
            }
            out.add(new RecordLocator(s.get(e, 1), s.get(e, 2), s.get(e, 3), EdifactDates.utc(d, s.get(e, 5))));
        }
        return out;
    }

    /** GR.1 ORG. */
    static BookingOriginator originator(Segment s) {
        return new BookingOriginator(s.get(1, 1), s.get(1, 2), s.get(2, 1), s.get(2, 2), s.get(3), s.get(4, 1), s.get(5),
                s.get(6, 1), s.get(6, 2), s.get(7));
    }

    /** SSR {@code code:status:qty:carrier:::board:off:text+seat-or-::ref}. */
    static SpecialService service(Segment s) {
        return new SpecialService(s.get(1, 1), s.get(1, 2), intOr(s.get(1, 3), 1), s.get(1, 4), s.get(1, 7), s.get(1, 8),
                s.get(1, 9), s.get(2, 3));
    }

    /** The traveller references an SSR is bound to (element 2.. component 3). */
    static List<String> serviceRefs(Segment s) {
        List<String> refs = new ArrayList<>();
        for (int e = 2; e <= s.size(); e++) {
            if (!s.get(e, 3).isEmpty()) {
                refs.add(s.get(e, 3));
            }
        }
        return refs;
    }

    /** SSR DOCS {@code /P/GBR/509229987/GBR/01JUL78/F/12NOV22/BELT/ISABELLE RUTH/} (leading slash optional). */
    static TravelDocument docs(String text, LocalDate ref) throws BadSegment {
        String[] f = fields(text);
        if (f.length < 3 || f[2].isBlank()) {
            throw new BadSegment("SSR DOCS without a document number");
        }
        String dob = at(f, 4);
        String exp = at(f, 6);
        Optional<LocalDate> birth = EdifactDates.ddmmmyy(dob, ref, Century.PAST);
        Optional<LocalDate> expiry = EdifactDates.ddmmmyy(exp, ref, Century.FUTURE);
        if (!dob.isEmpty() && birth.isEmpty()) {
            throw new BadSegment("SSR DOCS date of birth \"" + dob + "\" is not DDMMMYY");
        }
        if (!exp.isEmpty() && expiry.isEmpty()) {
            throw new BadSegment("SSR DOCS expiry \"" + exp + "\" is not DDMMMYY");
        }
        String given = at(f, 8);
        if (!at(f, 9).isEmpty()) {
            given = given + " " + at(f, 9); // second given name field
        }
        return new TravelDocument(at(f, 0), at(f, 1), f[2], at(f, 3), birth, at(f, 5), expiry, at(f, 7), given, "",
                Optional.empty(), "");
    }

    /** SSR DOCO {@code /placeOfBirth/V/number/issuePlace/issueDate/applicableCountry}. */
    static TravelDocument doco(String text, LocalDate ref) throws BadSegment {
        String[] f = fields(text);
        if (f.length < 3 || f[2].isBlank()) {
            throw new BadSegment("SSR DOCO without a document number");
        }
        String issued = at(f, 4);
        Optional<LocalDate> issueDate = EdifactDates.ddmmmyy(issued, ref, Century.PAST);
        if (!issued.isEmpty() && issueDate.isEmpty()) {
            throw new BadSegment("SSR DOCO issue date \"" + issued + "\" is not DDMMMYY");
        }
        return new TravelDocument(at(f, 1).isEmpty() ? "V" : at(f, 1), at(f, 5), f[2], "", Optional.empty(), "", Optional.empty(),
                "", "", at(f, 3), issueDate, at(f, 0));
    }

    /** SSR DOCA {@code /R/DEU/street/city/region/postcode}. */
    static Address doca(String text) throws BadSegment {
        String[] f = fields(text);
        if (f.length < 2 || (at(f, 1).isEmpty() && at(f, 3).isEmpty())) {
            throw new BadSegment("SSR DOCA without country or city");
        }
        return new Address(at(f, 0), at(f, 2), at(f, 3), at(f, 4), at(f, 5), at(f, 1));
    }

    /** FTI composites {@code airline:number:ref:tier}. */
    static List<FrequentFlyer> frequentFlyers(Segment s) {
        List<FrequentFlyer> out = new ArrayList<>();
        for (int e = 1; e <= s.size(); e++) {
            if (!s.get(e, 2).isEmpty()) {
                out.add(new FrequentFlyer(s.get(e, 1), s.get(e, 2), s.get(e, 4)));
            }
        }
        return out;
    }

    /** SSR FQTV text {@code SQ8794285757} or {@code SQ 8794285757 G}, carrier from the SSR. */
    static FrequentFlyer fqtv(SpecialService ssr) {
        String t = ssr.text().trim();
        String airline = ssr.carrier();
        if (t.length() > 2 && Character.isLetterOrDigit(t.charAt(0)) && Character.isLetter(t.charAt(1)) && !Character.isDigit(t.charAt(2))) {
            airline = t.substring(0, 2);
            t = t.substring(2).trim();
        } else if (t.length() > 2 && t.substring(0, 2).equals(ssr.carrier())) {
            airline = t.substring(0, 2);
            t = t.substring(2).trim();
        }
        String[] parts = t.split("[ /]+", 2);
        return new FrequentFlyer(airline, parts[0], parts.length > 1 ? parts[1] : "");
    }

    /** ADD {@code +purpose:street:city:region:subentity:country:postcode:freetext}. */
    static Contact contact(Segment s) {
        String purpose = s.get(2, 1);
        String free = s.get(2, 8);
        if ("E".equalsIgnoreCase(purpose) || free.contains("//") || free.contains("@")) {
            return new Contact(ContactKind.EMAIL, email(free), Optional.empty());
        }
        if ("M".equalsIgnoreCase(purpose) || "H".equalsIgnoreCase(purpose) || "P".equalsIgnoreCase(purpose)
                || (s.get(2, 2).isEmpty() && s.get(2, 3).isEmpty() && !free.isEmpty())) {
            return new Contact(ContactKind.PHONE, free, Optional.empty());
        }
        Address a = address(s);
        return new Contact(ContactKind.ADDRESS, a.oneLine(), Optional.of(a));
    }

    static Address address(Segment s) {
        return new Address(s.get(2, 1), s.get(2, 2), s.get(2, 3), s.get(2, 4), s.get(2, 7), s.get(2, 6));
    }

    /** PNRGOV e-mail escapes undone: {@code //} is {@code @}, {@code ..} is {@code _}. */
    static String email(String s) {
        String t = s.trim();
        int ctce = t.indexOf("CTCE");
        if (ctce >= 0) {
            t = t.substring(ctce + 4).trim();
        }
        return t.replace("//", "@").replace("..", "_");
    }

    /** IFT {@code subject:type::carrier+text+text…}. */
    static Remark remark(Segment s, String passengerRef) {
        StringBuilder text = new StringBuilder();
        for (int e = 2; e <= s.size(); e++) {
            for (String c : s.elements()[e - 1]) {
                if (!c.isEmpty()) {
                    text.append(text.isEmpty() ? "" : " ").append(c);
                }
            }
        }
        String q = s.get(1, 1) + (s.get(1, 2).isEmpty() ? "" : ":" + s.get(1, 2));
        return new Remark(RemarkKind.ofQualifier(s.get(1, 1), s.get(1, 2)), q, s.get(1, 4), text.toString(), passengerRef);
    }

    /** MON {@code T:297.50:EUR}, one per element; non-numeric amounts ({@code AWARD}) give 0 with the text as qualifier. */
    static List<MonetaryAmount> amounts(Segment s) {
        List<MonetaryAmount> out = new ArrayList<>();
        for (int e = 1; e <= s.size(); e++) {
            if (s.get(e, 1).isEmpty() && s.get(e, 2).isEmpty()) {
                continue;
            }
            Optional<BigDecimal> a = decimal(s.get(e, 2));
            out.add(new MonetaryAmount(a.isPresent() ? s.get(e, 1) : (s.get(e, 1) + " " + s.get(e, 2)).trim(),
                    a.orElse(BigDecimal.ZERO), s.get(e, 3)));
        }
        return out;
    }

    /** TXD {@code +qualifier+amount:code:::currency+…}. */
    static List<MonetaryAmount> taxes(Segment s) {
        List<MonetaryAmount> out = new ArrayList<>();
        for (int e = 2; e <= s.size(); e++) {
            Optional<BigDecimal> a = decimal(s.get(e, 1));
            if (a.isPresent()) {
                out.add(new MonetaryAmount(s.get(e, 2), a.get(), s.get(e, 5)));
            }
        }
        return out;
    }

    /** FOP {@code CC::416.00:AX:373212341234123:1211}. */
    static Payment payment(Segment s) {
        return new Payment(PaymentType.ofCode(s.get(1, 1)), s.get(1, 1), decimal(s.get(1, 3)), s.get(1, 4), s.get(1, 5),
                s.get(1, 6), "", Optional.empty());
    }

    /** TBD {@code ++pieces:weight:unit++pool:ref+carrier:tag:count:dest+…}. */
    static Baggage checkedBags(Segment s) {
        List<BagTag> tags = new ArrayList<>();
        for (int e = 5; e <= s.size(); e++) {
            if (!s.get(e, 2).isEmpty()) {
                tags.add(new BagTag(s.get(e, 1), s.get(e, 2), intOr(s.get(e, 3), 1), s.get(e, 4)));
            }
        }
        String unit = switch (s.get(2, 3)) {
            case "700", "K", "KG" -> "KG";
            case "701", "L", "LB" -> "LB";
            default -> "";
        };
        return new Baggage(BaggageKind.CHECKED, optInt(s.get(2, 1)), decimal(s.get(2, 2)), unit, s.get(4, 1), s.get(4, 2), tags,
                Optional.empty());
    }

    /** EBD {@code currency:rate+number:pieceOrWeight:unit}. */
    static Baggage excessBags(Segment s) {
        boolean weight = "W".equals(s.get(2, 2));
        String unit = switch (s.get(2, 3)) {
            case "K", "700", "KG" -> "KG";
            case "L", "701", "LB" -> "LB";
            default -> "";
        };
        Optional<MonetaryAmount> charge = decimal(s.get(1, 2)).map(a -> new MonetaryAmount("", a, s.get(1, 1)));
        return new Baggage(BaggageKind.EXCESS, weight ? Optional.empty() : optInt(s.get(2, 1)),
                weight ? decimal(s.get(2, 1)) : Optional.empty(), unit, "", "", List.of(), charge);
    }

    static int intOr(String s, int fallback) {
        return optInt(s).orElse(fallback);
    }

    static Optional<Integer> optInt(String s) {
        if (s == null || s.isEmpty() || s.length() > 9) {
            return Optional.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(Integer.parseInt(s));
    }

    static Optional<BigDecimal> decimal(String s) {
        if (s == null || s.isEmpty() || s.length() > 20) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(s.replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The slash-separated fields of an SSR text (a leading slash dropped; empty fields kept, as {@code split("/", -1)}). */
    static String[] fields(String text) {
        int from = text.startsWith("/") ? 1 : 0;
        int count = 1;
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '/') {
                count++;
            }
        }
        String[] out = new String[count];
        int k = 0;
        int start = from;
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '/') {
                out[k++] = text.substring(start, i);
                start = i + 1;
            }
        }
        out[k] = text.substring(start);
        return out;
    }

    private static String at(String[] f, int i) {
        return i < f.length ? f[i].trim() : "";
    }
}
