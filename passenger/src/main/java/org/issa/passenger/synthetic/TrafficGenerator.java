package org.issa.passenger.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.issa.passenger.pnr.ApiMessage;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.HistoryAction;
import org.issa.passenger.pnr.HistoryEntry;
import org.issa.passenger.pnr.MessageFormat;
import org.issa.passenger.pnr.MessagePart;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.PushType;

/**
 * Seeded generator of synthetic passenger traffic. The same seed and options give the same files. Each file comes
 * with the messages it holds as the model, so that tests can check that reading it back gives exactly those.
 */
public final class TrafficGenerator {

    /**
     * What the traffic looks like.
     *
     * @param maxPnrsPerMessage  PNRs per message: 1 to this
     * @param maxMessagesPerFile PNRGOV messages per interchange: 1 to this
     * @param multiPartRate      share of messages sent as several parts
     * @param updateRate         share of messages that are changes-only pushes re-sending earlier bookings, changed
     * @param sensitiveRate      share of bookings carrying special-category data (meal/medical SSR, health remark)
     * @param newlines           whether segments end with a line break (noise the reader must ignore)
     */
    public record Options(int maxPnrsPerMessage, int maxMessagesPerFile, double multiPartRate, double updateRate, double sensitiveRate,
                          boolean newlines) {
        public static final Options DEFAULT = new Options(6, 3, 0.15, 0.2, 0.05, true);
    }

    /** A generated file: its bytes and the messages it holds. */
    public record GeneratedFile(String name, byte[] bytes, MessageFormat format, List<PnrMessage> pnrMessages, List<ApiMessage> apiMessages) {}

    private static final String[] VERSIONS = {"10.1", "11.1", "12.1", "13.1", "14.1", "15.1"};
    private static final Instant START = Instant.parse("2026-03-02T06:00:00Z");

    private final SplittableRandom random;
    private final Options options;
    private final SyntheticBookings bookings;
    private final List<Booking> sent = new ArrayList<>();
    private int fileNo;
    private int messageNo;
    private Instant clock = START;
    private int maxMinutesBetweenFiles = 20;

    public TrafficGenerator(long seed) {
        this(seed, Options.DEFAULT);
    }

    public TrafficGenerator(long seed, Options options) {
        this.random = new SplittableRandom(seed);
        this.options = options;
        this.bookings = new SyntheticBookings(random, options.sensitiveRate());
    }

    /**
     * Sets how far apart files are prepared: 1 to {@code minutes} minutes (20 by default, about a file every 10 minutes).
     * A faster pace packs more traffic into a period, e.g. a million PNRs into one year for a backtest.
     */
    public TrafficGenerator maxMinutesBetweenFiles(int minutes) {
        if (minutes < 1) {
            throw new IllegalArgumentException("minutes must be at least 1");
        }
        this.maxMinutesBetweenFiles = minutes;
        return this;
    }

    /** The next file of a realistic mix: mostly PNRGOV EDIFACT, some PAXLST and some PNRGOV XML. */
    public GeneratedFile next() {
        double d = random.nextDouble();
        return d < 0.85 ? nextPnrgov() : d < 0.95 ? nextPaxlst() : nextXml();
    }

    /** The next PNRGOV EDIFACT interchange (1 to {@code maxMessagesPerFile} messages). */
    public GeneratedFile nextPnrgov() {
        fileNo++;
        clock = clock.plus(Duration.ofMinutes(1 + random.nextInt(maxMinutesBetweenFiles)));
        Instant prepared = clock.truncatedTo(ChronoUnit.MINUTES);
        String sender = bookings.pick(SyntheticBookings.SYSTEMS);
        String icRef = String.format(Locale.ROOT, "%06d", fileNo);
        String recipient = "PIU" + bookings.pick(new String[] {"DE", "FR", "NL", "BE", "AT"});
        int messages = 1 + random.nextInt(Math.max(1, options.maxMessagesPerFile()));
        List<PnrMessage> out = new ArrayList<>();
        Map<Booking, List<PnrgovWriter.HistoryItem>> structured = new IdentityHashMap<>();
        int pnrsPerPart = 1;
        for (int m = 0; m < messages; m++) {
            boolean update = !sent.isEmpty() && random.nextDouble() < options.updateRate();
            String carrier = bookings.pick(SyntheticBookings.CARRIERS);
            Flight pushed = bookings.flight(carrier, LocalDateTime.ofInstant(prepared, ZoneOffset.UTC).plusHours(2 + random.nextInt(46)));
            int n = 1 + random.nextInt(Math.max(1, options.maxPnrsPerMessage()));
            List<Booking> bs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (update && !sent.isEmpty()) {
                    bs.add(changed(sent.get(random.nextInt(sent.size())), prepared, structured));
                } else {
                    List<PnrgovWriter.HistoryItem> items = new ArrayList<>();
                    Booking b = bookings.booking(pushed, prepared, items);
                    structured.put(b, items);
                    bs.add(b);
                }
            }
            if (!update) {
                sent.addAll(bs);
                if (sent.size() > 500) {
                    sent.subList(0, sent.size() - 500).clear();
                }
            }
            String ref = String.valueOf(++messageNo);
            String car = pushed.carrier() + pushed.number() + "/" + PnrgovWriter.ddmmyy(pushed.departureLocal().orElseThrow().toLocalDate())
                    + "/" + PnrgovWriter.hhmm(pushed.departureLocal().orElseThrow()) + "/" + ref;
            List<MessagePart> parts = List.of();
            if (bs.size() > 1 && random.nextDouble() < options.multiPartRate()) {
                pnrsPerPart = 1;
                List<MessagePart> ps = new ArrayList<>();
                for (int i = 0; i < bs.size(); i++) {
                    ps.add(new MessagePart(i == 0 ? ref : ref + "-" + (i + 1), i + 1, i == bs.size() - 1));
                }
                parts = ps;
            }
            out.add(new PnrMessage(ref, icRef, MessageFormat.PNRGOV_EDIFACT, bookings.pick(VERSIONS), update ? PushType.CHANGES : PushType.FULL,
                    sender, recipient, carrier, Optional.of(prepared), car, parts,
                    Optional.of(pushed), Optional.of(bs.size()), bs, List.of()));
        }
        double s = random.nextDouble();
        Separators sep = s < 0.5 ? Separators.DEFAULT : s < 0.8 ? Separators.BACKSLASH : Separators.STAR_DOLLAR;
        boolean una = sep != Separators.DEFAULT || random.nextBoolean();
        byte[] bytes = PnrgovWriter.interchange(out, sep, una, options.newlines(), structured, pnrsPerPart);
        return new GeneratedFile(String.format(Locale.ROOT, "pnrgov-%06d.edi", fileNo), bytes, MessageFormat.PNRGOV_EDIFACT, out, List.of());
    }

    /** A PAXLST interchange for one flight: API data of its passengers (or crew). */
    public GeneratedFile nextPaxlst() {
        fileNo++;
        clock = clock.plus(Duration.ofMinutes(1 + random.nextInt(maxMinutesBetweenFiles)));
        ApiMessage m = new SyntheticApi(random, bookings).message(String.valueOf(++messageNo), String.format(Locale.ROOT, "%06d", fileNo),
                clock.truncatedTo(ChronoUnit.MINUTES));
        return new GeneratedFile(String.format(Locale.ROOT, "paxlst-%06d.edi", fileNo), PaxlstWriter.interchange(m, options.newlines()),
                MessageFormat.PAXLST_EDIFACT, List.of(), List.of(m));
    }

    /** A PNRGOV XML notification with 1 to {@code maxPnrsPerMessage} PNRs. */
    public GeneratedFile nextXml() {
        fileNo++;
        clock = clock.plus(Duration.ofMinutes(1 + random.nextInt(maxMinutesBetweenFiles)));
        Instant prepared = clock.truncatedTo(ChronoUnit.MINUTES);
        String carrier = bookings.pick(SyntheticBookings.CARRIERS);
        Flight pushed = bookings.flight(carrier, LocalDateTime.ofInstant(prepared, ZoneOffset.UTC).plusHours(2 + random.nextInt(46)));
        int n = 1 + random.nextInt(Math.max(1, options.maxPnrsPerMessage()));
        List<Booking> bs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            bs.add(bookings.booking(pushed, prepared, new ArrayList<>()));
        }
        PnrMessage m = new PnrMessage("X" + (++messageNo), "", MessageFormat.PNRGOV_XML, "13.1", PushType.FULL, "1A", "", carrier,
                Optional.of(prepared), "", List.of(), Optional.of(pushed), Optional.empty(), bs, List.of());
        return new GeneratedFile(String.format(Locale.ROOT, "pnrgov-%06d.xml", fileNo), PnrgovXmlWriter.document(m), MessageFormat.PNRGOV_XML,
                List.of(m), List.of());
    }

    /** An earlier booking as a later push re-sends it: changed last-transaction time and one more history line. */
    private Booking changed(Booking b, Instant prepared, Map<Booking, List<PnrgovWriter.HistoryItem>> structured) {
        List<HistoryEntry> h = new ArrayList<>(b.history());
        h.add(new HistoryEntry(h.size() + 1, HistoryAction.UNSTRUCTURED, Optional.empty(), "", Optional.empty(),
                (h.size() + 1) + "/A/SR/SSR SEAT HK1 " + (1 + random.nextInt(40)) + "A"));
        Booking c = new Booking(b.recordLocators(), b.createdAt(), Optional.of(prepared.minusSeconds(60L * (1 + random.nextInt(50)))),
                b.ticketIssuedAt(), b.originator(), b.contacts(), b.passengers(), b.legs(), b.splits(), b.otherServices(), b.services(),
                b.remarks(), b.baggage(), h);
        // the structured history of the earlier push is not re-sent: only its unstructured lines stay in the model
        List<HistoryEntry> lts = new ArrayList<>();
        for (HistoryEntry e : c.history()) {
            if (e.action() == HistoryAction.UNSTRUCTURED) {
                lts.add(new HistoryEntry(lts.size() + 1, e.action(), e.about(), e.by(), e.at(), e.text()));
            }
        }
        c = c.withFreeText(c.services(), c.remarks(), c.legs(), lts);
        structured.put(c, List.of());
        return c;
    }
}
