package org.issa.passenger.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.marking.Marking;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlStates;
import org.issa.core.tx.Transactions;
import org.issa.passenger.keep.KeptBooking;
import org.issa.passenger.keep.Removal;
import org.issa.passenger.keep.RemovalReason;
import org.issa.passenger.pnr.ApiMessage;
import org.issa.passenger.pnr.ApiPerson;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.ItineraryLeg;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.Quarantined;
import org.issa.passenger.pnr.TravelDocument;

/**
 * Stores received messages: each message once (its reference and content hash), each PNR as a new version of its
 * booking (carrier + record locator + creation date), with passengers, legs and documents, the quarantined segments
 * and the log of sensitive data deleted on receipt. One message is one transaction with its audit entries: a failing
 * message leaves nothing behind.
 */
public final class PnrStore {

    static final String INSERT_PASSENGER = "INSERT INTO pnr_passenger (id, version_id, booking_id, position, pax_ref, pax_type, "
            + "surname, given_names, name_key, masked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)";
    static final String INSERT_LEG = "INSERT INTO pnr_leg (id, version_id, booking_id, position, carrier, flight_number, operating, "
            + "origin, destination, departure_date, departure_time, arrival_date, arrival_time, status) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_DOCUMENT = "INSERT INTO pnr_document (id, version_id, passenger_id, doc_type, doc_number, issuer, "
            + "nationality, birth_date, gender, expiry, masked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)";

    private final Sql sql;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final Marking marking;
    private final EntityPublication entities;

    /**
     * @param marking  the marking of the PIU's passenger data (its originator is the PIU's agency)
     * @param entities where persons, flights and co-travel links are handed to the rest of the platform
     */
    public PnrStore(Sql sql, AuditLog audit, Transactions tx, Clock clock, Marking marking, EntityPublication entities) {
        this.sql = sql;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.marking = marking;
        this.entities = entities;
    }

    public Marking marking() {
        return marking;
    }

    /**
     * Stores a PNRGOV message whose bookings have been cleaned of what may not be kept ({@code kept}, in the order of
     * {@code message.bookings()}). Returns what was stored, or the earlier receipt when the same message was stored before.
     */
    public Receipt store(Delivery delivery, PnrMessage message, List<KeptBooking> kept) {
        Item item = new Item(delivery, message, kept);
        // a message that lost a race on a unique key (the same new booking or message pushed twice at once) runs again:
        // the other's rows are then there, and it becomes a version or is recognised as already stored
        return SqlStates.retrying(SqlStates::uniqueViolation, () -> tx.inTransaction(() -> {
            Rows rows = new Rows();
            List<AuditEvent> events = new ArrayList<>(2);
            Receipt r = storeIn(item, rows, events);
            rows.flush(sql);
            events.forEach(audit::record);
            return r;
        }));
    }

    /** One PNRGOV message to store: as delivered, as read, and its bookings as kept (in the order of the message's). */
    public record Item(Delivery delivery, PnrMessage message, List<KeptBooking> kept) {
        public Item {
            kept = List.copyOf(kept);
            if (kept.size() != message.bookings().size()) {
                throw new IllegalArgumentException("one kept booking per booking of the message is needed");
            }
        }
    }

    /** What storing one message of a group gave: its receipt, or why it could not be stored (then nothing of it was kept). */
    public record Outcome(Item item, Optional<Receipt> receipt, String failure) {
        public boolean stored() {
            return receipt.isPresent();
        }
    }

    /**
     * Stores several messages in one transaction (one commit, one set of JDBC batches) with the same rows, audit entries
     * and idempotency as {@link #store} one by one. When anything in the group fails, the group's transaction is rolled
     * back whole and each message is stored again on its own, in its own transaction: a message that fails then is
     * rolled back alone and reported with the reason, the others are kept.
     */
    public List<Outcome> storeAll(List<Item> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        if (items.size() > 1) {
            try {
                List<Receipt> receipts = tx.inTransaction(() -> {
                    Rows rows = new Rows();
                    List<AuditEvent> events = new ArrayList<>(items.size() + 4);
                    List<Receipt> out = new ArrayList<>(items.size());
                    for (Item item : items) {
                        out.add(storeIn(item, rows, events));
                    }
                    rows.flush(sql);
                    // the audit entries last: the chain's head row stays locked only from here to the commit
                    events.forEach(audit::record);
                    return out;
                });
                List<Outcome> outcomes = new ArrayList<>(items.size());
                for (int i = 0; i < items.size(); i++) {
                    outcomes.add(new Outcome(items.get(i), Optional.of(receipts.get(i)), ""));
                }
                return outcomes;
            } catch (RuntimeException groupFailed) {
                // fall through: one message at a time, so that only the failing one is lost
            }
        }
        List<Outcome> outcomes = new ArrayList<>(items.size());
        for (Item item : items) {
            try {
                outcomes.add(new Outcome(item, Optional.of(store(item.delivery(), item.message(), item.kept())), ""));
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                outcomes.add(new Outcome(item, Optional.empty(), cut(why, 1000)));
            }
        }
        return outcomes;
    }

    /**
     * Stores one message inside the current transaction; its rows to batch go to {@code rows} and its audit events to
     * {@code events} (the caller records them in the same transaction).
     */
    private Receipt storeIn(Item item, Rows rows, List<AuditEvent> events) {
        Delivery delivery = item.delivery();
        PnrMessage message = item.message();
        List<KeptBooking> kept = item.kept();
        String hash = sha256(delivery.raw());
        String ref = reference(message.interchangeReference(), message.reference());
        {
            Optional<Receipt> earlier = earlier(ref, hash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Instant now = clock.instant();
            String messageId = RowIds.next();
            List<SensitiveDeletion> sensitive = new ArrayList<>();
            boolean anythingRemoved = false;
            for (int i = 0; i < kept.size(); i++) {
                for (Removal r : kept.get(i).removals()) {
                    anythingRemoved = true;
                    if (r.reason() == RemovalReason.SENSITIVE) {
                        sensitive.add(new SensitiveDeletion(message.bookings().get(i).locator(),
                                r.category().map(Enum::name).orElse("UNSPECIFIED"), r.element()));
                    }
                }
            }
            String carrier = carrierOf(message, delivery);
            int passengers = kept.stream().mapToInt(k -> k.booking().passengers().size()).sum();
            String flight = message.flight().map(PnrStore::flightLabel).orElse("");
            sql.update("INSERT INTO pnr_message (id, message_ref, content_hash, kind, syntax_version, push_type, sender, flight, channel, "
                            + "received_by, received_at, booking_count, passenger_count, quarantined, sensitive_deleted, raw_bytes) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    messageId, ref, hash, message.format().name(), cut(message.version(), 32), message.pushType().name(),
                    cut(message.sender(), 64), cut(flight, 64), delivery.channel().name(), delivery.receivedBy(), now,
                    kept.size(), passengers, message.quarantined().size(), sensitive.size(), delivery.raw().length);
            // Article 6(1) and 13(4): a raw message from which anything had to be deleted is not kept as received.
            if (!anythingRemoved) {
                rows.add("INSERT INTO pnr_message_raw (message_id, raw) VALUES (?, ?)", messageId, delivery.raw());
            }
            quarantine(rows, messageId, ref, message.quarantined());
            for (SensitiveDeletion s : sensitive) {
                rows.add("INSERT INTO pnr_sensitive_deletion (id, message_id, message_ref, locator, category, segment, deleted_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?)", RowIds.next(), messageId, ref, cut(s.locator(), 20),
                        s.category(), cut(s.segment(), 16), now);
            }
            int newBookings = 0;
            List<StoredVersion> stored = new ArrayList<>();
            for (KeptBooking k : kept) {
                StoredVersion v = version(rows, messageId, message, carrier, k.booking(), now);
                stored.add(v);
                if (v.versionNo() == 1) {
                    newBookings++;
                }
            }
            events.add(AuditEvent.write(delivery.receivedBy(), "passenger.message.store", "pnr_message", messageId,
                    message.format() + " " + ref + " via " + delivery.channel() + ": " + kept.size() + " PNRs (" + newBookings
                            + " new), " + passengers + " passengers, " + message.quarantined().size() + " segments quarantined"
                            + (anythingRemoved ? "; raw message not kept (data deleted on receipt)" : "")));
            if (!sensitive.isEmpty()) {
                events.add(AuditEvent.write(delivery.receivedBy(), "passenger.sensitive.delete", "pnr_message", messageId,
                        sensitive.size() + " elements of special categories deleted on receipt (Art 13(4)): " + categories(sensitive)));
            }
            entities.published(stored, marking, ref);
            return new Receipt(messageId, ref, false, kept.size(), newBookings, passengers, message.quarantined(), sensitive);
        }
    }

    /** Stores a PAXLST message: its travellers (all of it API data, Annex I item 18). */
    public Receipt storeApi(Delivery delivery, ApiMessage message) {
        String hash = sha256(delivery.raw());
        String ref = reference(message.interchangeReference(), message.reference());
        return SqlStates.retrying(SqlStates::uniqueViolation, () -> tx.inTransaction(() -> {
            Optional<Receipt> earlier = earlier(ref, hash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Instant now = clock.instant();
            String messageId = RowIds.next();
            Optional<Flight> first = message.flights().stream().findFirst();
            String flight = first.map(PnrStore::flightLabel).orElse("");
            sql.update("INSERT INTO pnr_message (id, message_ref, content_hash, kind, syntax_version, push_type, sender, flight, channel, "
                            + "received_by, received_at, booking_count, passenger_count, quarantined, sensitive_deleted, raw_bytes) "
                            + "VALUES (?, ?, ?, 'PAXLST_EDIFACT', ?, 'API', ?, ?, ?, ?, ?, 0, ?, ?, 0, ?)",
                    messageId, ref, hash, cut(message.version(), 32), cut(message.sender(), 64), cut(flight, 64),
                    delivery.channel().name(), delivery.receivedBy(), now, message.persons().size(), message.quarantined().size(),
                    delivery.raw().length);
            Rows rows = new Rows();
            rows.add("INSERT INTO pnr_message_raw (message_id, raw) VALUES (?, ?)", messageId, delivery.raw());
            quarantine(rows, messageId, ref, message.quarantined());
            List<Object> mark = MarkingFilter.bind(marking);
            int position = 0;
            for (ApiPerson p : message.persons()) {
                Flight f = legOf(message, p).orElse(first.orElse(new Flight("", "", "", "", "", Optional.empty(), Optional.empty())));
                Optional<TravelDocument> doc = p.documents().stream().filter(d -> !d.isVisa()).findFirst()
                        .or(() -> p.documents().stream().findFirst());
                List<Object> values = new ArrayList<>(List.of(RowIds.next(), messageId, ++position,
                        cut(f.carrier(), 3), cut(f.number() + f.suffix(), 8), cut(f.departureAirport(), 5),
                        cut(f.arrivalAirport(), 5)));
                values.add(f.departureLocal().map(t -> t.toLocalDate()).orElse(null));
                values.addAll(List.of(p.role().code(), cut(p.surname(), 200), cut(p.givenNames(), 200),
                        NameKey.of(p.surname(), p.givenNames())));
                values.add(p.birthDate().orElse(null));
                values.addAll(List.of(cut(p.gender(), 2), cut(p.nationality(), 3), cut(doc.map(TravelDocument::type).orElse(""), 4),
                        cut(doc.map(TravelDocument::number).orElse(""), 40)));
                values.add(doc.flatMap(TravelDocument::expiry).orElse(null));
                values.add(cut(p.reservationRef(), 20));
                values.addAll(mark);
                rows.add("INSERT INTO pnr_api_traveller (id, message_id, position, carrier, flight_number, origin, destination, "
                        + "departure_date, role, surname, given_names, name_key, birth_date, gender, nationality, doc_type, doc_number, "
                        + "doc_expiry, locator, masked, " + MarkingFilter.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?)", values.toArray());
            }
            rows.flush(sql);
            audit.record(AuditEvent.write(delivery.receivedBy(), "passenger.message.store", "pnr_message", messageId,
                    "PAXLST " + ref + " via " + delivery.channel() + ": " + message.persons().size() + " travellers on " + flight
                            + ", " + message.quarantined().size() + " segments quarantined"));
            return new Receipt(messageId, ref, false, 0, 0, message.persons().size(), message.quarantined(), List.of());
        }));
    }

    private Optional<Flight> legOf(ApiMessage m, ApiPerson p) {
        if (m.flights().size() <= 1) {
            return m.flights().stream().findFirst();
        }
        return m.flights().stream().filter(f -> f.departureAirport().equals(p.embarkation())).findFirst();
    }

    private void quarantine(Rows rows, String messageId, String ref, List<Quarantined> quarantined) {
        for (Quarantined given : quarantined) {
            // What carries special-category data is withheld from the quarantine list too.
            Quarantined q = org.issa.passenger.keep.KeepFilter.withheld(given);
            rows.add("INSERT INTO pnr_quarantine (id, message_id, message_ref, position, segment, reason) VALUES (?, ?, ?, ?, ?, ?)",
                    RowIds.next(), messageId, cut(q.messageReference().isEmpty() ? ref : q.messageReference(), 200),
                    q.position(), cut(segmentTag(q.segment()), 16), cut(q.reason(), 1000));
        }
    }

    /** A new version of the booking the PNR belongs to (the booking itself when first seen). */
    private StoredVersion version(Rows rows, String messageId, PnrMessage message, String carrier, Booking b, Instant now) {
        String locator = storedLocator(b);
        String createdKey = createdKey(b);
        String versionId = RowIds.next();
        Optional<Object[]> existing = sql.queryOne("SELECT id, versions FROM pnr_booking WHERE carrier = ? AND locator = ? AND created_key = ?"
                + " FOR UPDATE", rs -> new Object[] {rs.getString(1), rs.getInt(2)}, carrier, locator, createdKey);
        String bookingId;
        int versionNo;
        if (existing.isPresent()) {
            bookingId = (String) existing.get()[0];
            versionNo = (Integer) existing.get()[1] + 1;
            sql.update("UPDATE pnr_booking SET current_version_id = ?, versions = ?, last_received_at = ? WHERE id = ?",
                    versionId, versionNo, now, bookingId);
        } else {
            bookingId = RowIds.next();
            versionNo = 1;
            List<Object> values = new ArrayList<>(List.of(bookingId, carrier, locator, createdKey, versionId, 1, now, now));
            values.addAll(MarkingFilter.bind(marking));
            sql.update("INSERT INTO pnr_booking (id, carrier, locator, created_key, current_version_id, versions, first_received_at, "
                    + "last_received_at, " + MarkingFilter.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values.toArray());
        }
        rows.add("INSERT INTO pnr_booking_version (id, booking_id, message_id, version_no, push_type, received_at, travel_agency, "
                        + "passenger_count, booking_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", versionId, bookingId, messageId, versionNo,
                message.pushType().name(), now, cut(b.originator().map(o -> o.toString()).orElse(""), 200),
                b.passengers().size(), BookingJson.write(b));
        rows.factsCopy(bookingId, versionNo > 1, CriteriaFactsCopy.row(bookingId, versionId, b, false));
        List<StoredVersion.Person> persons = new ArrayList<>();
        int position = 0;
        for (Passenger p : b.passengers()) {
            String passengerId = RowIds.next();
            position++;
            rows.add(INSERT_PASSENGER, passengerId, versionId, bookingId, position, cut(p.ref().isEmpty() ? "P" + position : p.ref(), 20),
                    p.type().name(), cut(p.surname(), 200), cut(p.givenNames(), 200), NameKey.of(p.surname(), p.givenNames()));
            for (TravelDocument d : p.documents()) {
                rows.add(INSERT_DOCUMENT, RowIds.next(), versionId, passengerId, cut(d.type(), 4), cut(d.number(), 40),
                        cut(d.issuingCountry(), 3), cut(d.nationality(), 3), d.birthDate().orElse(null), cut(d.gender(), 2),
                        d.expiry().orElse(null));
            }
            persons.add(new StoredVersion.Person(p.ref().isEmpty() ? "P" + position : p.ref(), p.surname(), p.givenNames(),
                    p.primaryDocument().map(TravelDocument::number).orElse(""),
                    p.primaryDocument().flatMap(TravelDocument::birthDate).map(LocalDate::toString).orElse(""),
                    p.primaryDocument().map(TravelDocument::nationality).orElse("")));
        }
        List<String> flights = new ArrayList<>();
        int legNo = 0;
        for (ItineraryLeg leg : b.legs()) {
            Flight f = leg.flight();
            legNo++;
            rows.add(INSERT_LEG, RowIds.next(), versionId, bookingId, legNo, cut(f.carrier(), 3),
                    cut(f.number() + f.suffix(), 8), cut(leg.operating().map(Flight::designator).orElse(""), 16),
                    cut(f.departureAirport(), 5), cut(f.arrivalAirport(), 5), f.departureLocal().map(t -> t.toLocalDate()).orElse(null),
                    f.departureLocal().map(t -> t.toLocalTime().toString()).orElse(""), f.arrivalLocal().map(t -> t.toLocalDate()).orElse(null),
                    f.arrivalLocal().map(t -> t.toLocalTime().toString()).orElse(""), cut(leg.status(), 8));
            flights.add(flightLabel(f));
        }
        return new StoredVersion(bookingId, versionId, versionNo, carrier, locator, persons, flights);
    }

    private Optional<Receipt> earlier(String ref, String hash) {
        return sql.queryOne("SELECT id, booking_count, passenger_count FROM pnr_message WHERE message_ref = ? AND content_hash = ?",
                rs -> new Receipt(rs.getString(1), ref, true, rs.getInt(2), 0, rs.getInt(3), List.of(), List.of()), ref, hash);
    }

    /** The carrier whose booking this is: the sending airline, else the pushed flight's, else the account's. */
    static String carrierOf(PnrMessage m, Delivery d) {
        String c = !m.carrier().isBlank() ? m.carrier() : m.flight().map(Flight::carrier).filter(s -> !s.isBlank()).orElse(d.carrier());
        return c.isBlank() ? "ZZ" : cut(c.strip().toUpperCase(Locale.ROOT), 3);
    }

    /** A flight as the board shows it: {@code LH400/2026-11-30}. */
    public static String flightLabel(Flight f) {
        return f.carrier() + f.number() + f.suffix() + f.departureLocal().map(t -> "/" + t.toLocalDate()).orElse("");
    }

    /** The interchange and message references together: a UNH reference alone repeats across senders and days. */
    static String reference(String interchange, String message) {
        String r = interchange.isBlank() ? message : interchange + "/" + message;
        return cut(r.isBlank() ? "(none)" : r, 200);
    }

    /** The locator a booking is stored under: its record locator, else a hash of its travellers and first flight. */
    public static String storedLocator(Booking b) {
        return cut(b.locator().isEmpty() ? unlocated(b) : b.locator(), 20);
    }

    /** The creation date a booking is keyed by (RCI, else the booking's; empty when not sent). */
    public static String createdKey(Booking b) {
        return b.recordLocators().stream().findFirst().flatMap(r -> r.createdAt()).or(b::createdAt)
                .map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC).toString()).orElse("");
    }

    /**
     * The storage ids of the bookings a stored message brought, looked up by booking (its locator and creation date as
     * stored); "" for a booking the message did not store.
     */
    public java.util.function.Function<Booking, String> bookingIds(String messageId) {
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        sql.query("SELECT b.id, b.locator, b.created_key FROM pnr_booking b JOIN pnr_booking_version v ON v.booking_id = b.id"
                + " WHERE v.message_id = ?", rs -> new String[] {rs.getString(2) + "|" + rs.getString(3), rs.getString(1)}, messageId)
                .forEach(r -> ids.put(r[0], r[1]));
        return b -> ids.getOrDefault(storedLocator(b) + "|" + createdKey(b), "");
    }

    /** A key for a PNR sent without any record locator: a hash of its travellers and first flight, not their names. */
    private static String unlocated(Booking b) {
        StringBuilder s = new StringBuilder();
        b.passengers().forEach(p -> s.append(p.surname()).append('/').append(p.givenNames()).append(';'));
        b.legs().stream().findFirst().ifPresent(l -> s.append(flightLabel(l.flight())));
        return "#" + sha256(s.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    private static String segmentTag(String segment) {
        String s = segment.strip();
        int end = 0;
        while (end < s.length() && end < 3 && Character.isLetterOrDigit(s.charAt(end))) {
            end++;
        }
        return end == 0 ? "?" : s.substring(0, end).toUpperCase(Locale.ROOT);
    }

    private static String categories(List<SensitiveDeletion> s) {
        return String.join(", ", s.stream().map(SensitiveDeletion::category).distinct().sorted().toList());
    }

    static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
