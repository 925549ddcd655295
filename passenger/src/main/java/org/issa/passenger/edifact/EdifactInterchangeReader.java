package org.issa.passenger.edifact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.passenger.edifact.EdifactDates.Century;
import org.issa.passenger.ingest.NotAnInterchangeException;
import org.issa.passenger.ingest.ParsedFile;
import org.issa.passenger.ingest.ReadLimits;
import org.issa.passenger.pnr.ApiMessage;
import org.issa.passenger.pnr.MessageFormat;
import org.issa.passenger.pnr.MessagePart;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.Quarantined;

/**
 * Reads a PNRGOV or PAXLST interchange: the envelope (UNB/UNG/UNH/UNT/UNE/UNZ and their counts), each message through
 * its mapper, and multi-part pushes (UNH element 4 {@code NN:C}/{@code NN:F}) reassembled by common access reference.
 */
public final class EdifactInterchangeReader {

    private final EdifactTokenizer tokenizer;

    public EdifactInterchangeReader(ReadLimits limits) {
        this.tokenizer = new EdifactTokenizer(limits);
    }

    /** A message as cut out of the interchange: its UNH, body and UNT (absent when the interchange broke off). */
    private record Raw(Segment unh, List<Segment> body, Optional<Segment> unt) {
        String reference() {
            return unh.get(1);
        }

        String type() {
            return unh.get(2, 1);
        }

        String version() {
            String v = unh.get(2, 2);
            String r = unh.get(2, 3);
            return type().equals("PAXLST") ? (v + "." + r) : r.isEmpty() ? v : v + "." + r;
        }

        Optional<MessagePart> part() {
            Optional<Integer> n = PnrgovSegments.optInt(unh.get(4, 1));
            return n.map(i -> new MessagePart(reference(), i, "F".equalsIgnoreCase(unh.get(4, 2))));
        }
    }

    public ParsedFile read(byte[] data) throws NotAnInterchangeException {
        Interchange ic = tokenizer.read(data);
        List<Quarantined> fileLevel = new ArrayList<>();
        for (Interchange.SetAside a : ic.oversized()) {
            fileLevel.add(new Quarantined("", a.position(), a.tag(), a.reason()));
        }
        Segment unb = null;
        List<Raw> raws = new ArrayList<>();
        Segment unh = null;
        List<Segment> body = new ArrayList<>();
        int groups = 0;
        Segment unz = null;
        for (Segment s : ic.segments()) {
            switch (s.tag()) {
                case "UNA" -> { }
                case "UNB" -> {
                    if (unb != null) {
                        fileLevel.add(new Quarantined("", s.position(), s.text(), "a second UNB: one interchange per file"));
                    } else {
                        unb = s;
                    }
                }
                case "UNG" -> groups++;
                case "UNE" -> { }
                case "UNH" -> {
                    if (unh != null) {
                        fileLevel.add(new Quarantined(unh.get(1), s.position(), s.text(), "UNH while message " + unh.get(1) + " was not closed by UNT"));
                        raws.add(new Raw(unh, body, Optional.empty()));
                    }
                    unh = s;
                    body = new ArrayList<>();
                }
                case "UNT" -> {
                    if (unh == null) {
                        fileLevel.add(new Quarantined("", s.position(), s.text(), "UNT without UNH"));
                    } else {
                        raws.add(new Raw(unh, body, Optional.of(s)));
                        unh = null;
                        body = new ArrayList<>();
                    }
                }
                case "UNZ" -> unz = s;
                default -> {
                    if (unh == null) {
                        fileLevel.add(new Quarantined("", s.position(), s.text(), s.tag() + " outside a message (UNH..UNT)"));
                    } else {
                        body.add(s);
                    }
                }
            }
        }
        if (unh != null) {
            raws.add(new Raw(unh, body, Optional.empty()));
        }
        if (unb == null) {
            throw new NotAnInterchangeException("not an EDIFACT interchange: no UNB interchange header");
        }
        if (raws.isEmpty()) {
            throw new NotAnInterchangeException("the interchange carries no message (no UNH)"
                    + (ic.stoppedAt().isPresent() ? ": " + ic.stopReason() : ""));
        }
        boolean pnr = raws.stream().anyMatch(r -> r.type().equals("PNRGOV"));
        boolean pax = raws.stream().anyMatch(r -> r.type().equals("PAXLST"));
        if (!pnr && !pax) {
            throw new NotAnInterchangeException("not a PNRGOV or PAXLST interchange: it carries " + raws.get(0).type()
                    + " messages");
        }
        if (ic.stoppedAt().isPresent()) {
            fileLevel.add(new Quarantined(unh != null ? unh.get(1) : "", ic.stoppedAt().get(), "", ic.stopReason()));
        }
        checkTrailer(unb, unz, raws.size(), groups, ic, fileLevel);

        String sender = unb.get(2, 1);
        String recipient = unb.get(3, 1);
        Optional<LocalDate> unbDate = EdifactDates.yymmdd(unb.get(4, 1), LocalDate.now(ZoneOffset.UTC), Century.NEAREST);
        Optional<Instant> preparedAt = EdifactDates.utc(unbDate, unb.get(4, 2));
        LocalDate refDate = unbDate.orElse(LocalDate.now(ZoneOffset.UTC));
        String icRef = unb.get(5);

        List<PnrMessage> pnrs = new ArrayList<>();
        List<ApiMessage> apis = new ArrayList<>();
        // messages in order of first appearance; the parts of a multi-part push grouped by common access reference
        Map<String, List<Raw>> messages = new LinkedHashMap<>();
        int single = 0;
        for (Raw r : raws) {
            if (!r.type().equals("PNRGOV") && !r.type().equals("PAXLST")) {
                fileLevel.add(new Quarantined(r.reference(), r.unh().position(), r.unh().text(),
                        "message type " + r.type() + " is neither PNRGOV nor PAXLST: not read"));
                continue;
            }
            String key = r.part().isPresent() ? "parts|" + r.type() + "|" + r.unh().get(3) : "single|" + (single++);
            messages.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        for (List<Raw> parts : messages.values()) {
            parts.sort((a, b) -> Integer.compare(a.part().map(MessagePart::number).orElse(0), b.part().map(MessagePart::number).orElse(0)));
            if (parts.get(0).type().equals("PNRGOV")) {
                pnrs.add(pnrMessage(parts, icRef, sender, recipient, preparedAt, refDate));
            } else {
                apis.add(apiMessage(parts, icRef, sender, recipient, preparedAt, refDate));
            }
        }
        MessageFormat format = pnr ? MessageFormat.PNRGOV_EDIFACT : MessageFormat.PAXLST_EDIFACT;
        return new ParsedFile(format, pnrs, apis, fileLevel);
    }

    private static void checkTrailer(Segment unb, Segment unz, int messages, int groups, Interchange ic, List<Quarantined> q) {
        if (unz == null) {
            if (ic.stoppedAt().isEmpty()) {
                q.add(new Quarantined("", 0, "", "no UNZ interchange trailer: the interchange may be truncated"));
            }
            return;
        }
        int expected = groups > 0 ? groups : messages;
        Optional<Integer> count = PnrgovSegments.optInt(unz.get(1));
        if (count.isEmpty() || count.get() != expected) {
            q.add(new Quarantined("", unz.position(), unz.text(), "UNZ declares " + unz.get(1) + " " + (groups > 0 ? "groups" : "messages")
                    + ", the interchange holds " + expected));
        }
        if (!unz.get(2).equals(unb.get(5))) {
            q.add(new Quarantined("", unz.position(), unz.text(), "UNZ reference \"" + unz.get(2) + "\" differs from UNB reference \""
                    + unb.get(5) + "\""));
        }
    }

    /** Checks the UNT of one part: it closes the message and counts its segments (UNH and UNT included). */
    private static void checkUnt(Raw r, List<Quarantined> q) {
        if (r.unt().isEmpty()) {
            q.add(new Quarantined(r.reference(), r.unh().position(), r.unh().text(),
                    "message not closed by UNT: the interchange broke off; what was read is kept"));
            return;
        }
        Segment unt = r.unt().get();
        int counted = r.body().size() + 2;
        Optional<Integer> declared = PnrgovSegments.optInt(unt.get(1));
        if (declared.isEmpty() || declared.get() != counted) {
            q.add(new Quarantined(r.reference(), unt.position(), unt.text(), "UNT declares " + unt.get(1) + " segments, the message has "
                    + counted + (declared.isPresent() && declared.get() > counted ? ": segments may be missing" : "")));
        }
        if (!unt.get(2).equals(r.reference())) {
            q.add(new Quarantined(r.reference(), unt.position(), unt.text(), "UNT reference \"" + unt.get(2)
                    + "\" differs from UNH reference \"" + r.reference() + "\""));
        }
    }

    private static List<MessagePart> partsOf(List<Raw> parts, List<Quarantined> q) {
        if (parts.size() == 1 && parts.get(0).part().isEmpty()) {
            return List.of();
        }
        List<MessagePart> out = parts.stream().map(r -> r.part().get()).toList();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).number() != i + 1) {
                q.add(new Quarantined(out.get(0).reference(), 0, "", "multi-part push: part " + (i + 1) + " is missing (parts received: "
                        + out.stream().map(p -> String.valueOf(p.number())).toList() + ")"));
                break;
            }
        }
        if (!out.get(out.size() - 1).last()) {
            q.add(new Quarantined(out.get(0).reference(), 0, "", "multi-part push: the final part (NN:F) was not received; "
                    + out.size() + " part(s) kept"));
        }
        return out;
    }

    private static PnrMessage pnrMessage(List<Raw> parts, String icRef, String sender, String recipient, Optional<Instant> preparedAt,
                                         LocalDate refDate) {
        Raw first = parts.get(0);
        PnrgovMapper m = new PnrgovMapper(first.reference(), refDate);
        for (Raw r : parts) {
            m.startPart();
            for (Segment s : r.body()) {
                m.accept(s);
            }
        }
        var bookings = m.finish();
        List<Quarantined> q = new ArrayList<>();
        parts.forEach(r -> checkUnt(r, q));
        List<MessagePart> ps = partsOf(parts, q);
        q.addAll(m.quarantine);
        if (m.declaredPnrs.isPresent() && m.declaredPnrs.get() != bookings.size() && (ps.isEmpty() || ps.get(ps.size() - 1).last())) {
            q.add(new Quarantined(first.reference(), 0, "", "EQN declares " + m.declaredPnrs.get() + " PNRs, "
                    + bookings.size() + " were received"));
        }
        return new PnrMessage(first.reference(), icRef, MessageFormat.PNRGOV_EDIFACT, first.version(), m.pushType, sender, recipient,
                m.carrier, preparedAt, first.unh().get(3), ps, m.flight, m.declaredPnrs, bookings, q);
    }

    private static ApiMessage apiMessage(List<Raw> parts, String icRef, String sender, String recipient, Optional<Instant> preparedAt,
                                         LocalDate refDate) {
        Raw first = parts.get(0);
        PaxlstMapper m = new PaxlstMapper(first.reference(), refDate);
        for (Raw r : parts) {
            for (Segment s : r.body()) {
                m.accept(s);
            }
        }
        m.finish();
        List<Quarantined> q = new ArrayList<>();
        parts.forEach(r -> checkUnt(r, q));
        List<MessagePart> ps = partsOf(parts, q);
        q.addAll(m.quarantine);
        if (m.declaredCount.isPresent() && m.declaredCount.get() != m.persons.size()) {
            q.add(new Quarantined(first.reference(), 0, "", "CNT declares " + m.declaredCount.get() + " persons, "
                    + m.persons.size() + " were received"));
        }
        return new ApiMessage(first.reference(), icRef, first.version(), sender, recipient, preparedAt, m.listType, m.transactionRef,
                m.reportingParty, m.flights, m.persons, m.declaredCount, ps, q);
    }
}
