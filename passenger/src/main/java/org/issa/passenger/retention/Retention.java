package org.issa.passenger.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.store.BookingJson;
import org.issa.passenger.store.CriteriaFactsCopy;
import org.issa.passenger.store.EntityPublication;

/**
 * The retention job of the PIU store: deletes messages whose retention has run out (Art 12(4)), then depersonalises
 * those older than the masking period (Art 12(2)). Works message by message, each in its own transaction with its
 * audit entry; idempotent (a second run at the same time finds nothing to do and records nothing).
 *
 * <p>Depersonalising a message masks, in every booking version it brought, exactly the Article 12(2) items (see
 * {@link Depersonalisation}) in the stored booking, the passenger names and document columns that search and the
 * indexes read, and its API travellers; the full items move to the vault, which only a recorded approval opens
 * ({@link Disclosures}); the raw message is erased; persons and co-travel links are withdrawn from the entity port.
 */
public final class Retention {

    private static final int BATCH = 200;
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\"[^\"]*\"|'[^']*'");
    public static final String ACTOR = "system";

    private final Sql sql;
    private final Vault vault;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final RetentionPolicy policy;
    private final EntityPublication entities;
    private final List<Follower> followers;

    /**
     * Records kept beside the PNR store that follow its retention (the review module's hits): told, in the transaction
     * of each message, when the message is depersonalised or deleted; and swept for their own records that have no
     * stored message, by the same cut-offs.
     */
    public interface Follower {

        /** The message was depersonalised now: mask what was taken from it. Returns how many records were masked. */
        int depersonalised(String messageId, Instant now);

        /** The message is being deleted now: erase what was taken from it. Returns how many records were erased. */
        int deleted(String messageId, Instant now);

        /** Records without a stored message: mask those older than {@code maskingCutoff}, erase those older than {@code deletionCutoff}. */
        int[] sweep(Instant maskingCutoff, Instant deletionCutoff, Instant now);
    }

    public Retention(Sql sql, AuditLog audit, Transactions tx, Clock clock, RetentionPolicy policy, EntityPublication entities, Vault vault) {
        this(sql, audit, tx, clock, policy, entities, vault, List.of());
    }

    public Retention(Sql sql, AuditLog audit, Transactions tx, Clock clock, RetentionPolicy policy, EntityPublication entities, Vault vault,
                     List<Follower> followers) {
        this.vault = vault;
        this.sql = sql;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.policy = policy;
        this.entities = entities;
        this.followers = List.copyOf(followers);
    }

    public RetentionPolicy policy() {
        return policy;
    }

    /** What one run did; {@code followersMasked} and {@code followersErased} count the followers' records (review hits). */
    public record Outcome(int messagesDeleted, int bookingsDeleted, int messagesDepersonalised, int versionsDepersonalised,
                          int apiTravellersDepersonalised, int heldBack, int followersMasked, int followersErased) {
        public Outcome(int messagesDeleted, int bookingsDeleted, int messagesDepersonalised, int versionsDepersonalised,
                       int apiTravellersDepersonalised, int heldBack) {
            this(messagesDeleted, bookingsDeleted, messagesDepersonalised, versionsDepersonalised, apiTravellersDepersonalised, heldBack,
                    0, 0);
        }

        public boolean nothing() {
            return messagesDeleted + messagesDepersonalised + followersMasked + followersErased == 0;
        }
    }

    /** Runs the policy at the clock's now. */
    public Outcome run() {
        Instant now = clock.instant();
        followerCounts = new int[2];
        int[] deleted = delete(policy.deletionCutoff(now), now);
        int[] masked = depersonalise(policy.maskingCutoff(now), now);
        for (Follower f : followers) {
            int[] n = tx.inTransaction(() -> f.sweep(policy.maskingCutoff(now), policy.deletionCutoff(now), now));
            followerCounts[0] += n[0];
            followerCounts[1] += n[1];
        }
        return new Outcome(deleted[0], deleted[1], masked[0], masked[1], masked[2], deleted[2], followerCounts[0], followerCounts[1]);
    }

    private int[] followerCounts = new int[2];

    private int[] delete(Instant cutoff, Instant now) {
        int messages = 0;
        int bookings = 0;
        int held = 0;
        String after = "";
        while (true) {
            List<String[]> due = sql.query("SELECT id, message_ref FROM pnr_message WHERE received_at < ? AND id > ? ORDER BY id"
                    + " FETCH FIRST " + BATCH + " ROWS ONLY", rs -> new String[] {rs.getString(1), rs.getString(2)}, cutoff, after);
            if (due.isEmpty()) {
                return new int[] {messages, bookings, held};
            }
            for (String[] m : due) {
                after = m[0];
                if (sql.count("SELECT COUNT(*) FROM pnr_booking_version v JOIN pnr_retention_hold h ON h.booking_id = v.booking_id"
                        + " WHERE v.message_id = ?", m[0]) > 0) {
                    held++;
                    continue;
                }
                bookings += tx.inTransaction(() -> deleteMessage(m[0], m[1], now));
                messages++;
            }
        }
    }

    private int deleteMessage(String messageId, String ref, Instant now) {
        List<String[]> versions = sql.query("SELECT id, booking_id FROM pnr_booking_version WHERE message_id = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, messageId);
        List<String[]> flights = sql.query("SELECT DISTINCT l.carrier, l.flight_number, l.departure_date FROM pnr_leg l"
                + " JOIN pnr_booking_version v ON v.id = l.version_id WHERE v.message_id = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, messageId);
        Map<String, List<String>> refsByBooking = new LinkedHashMap<>();
        for (String[] v : versions) {
            refsByBooking.computeIfAbsent(v[1], k -> new ArrayList<>()).addAll(sql.query(
                    "SELECT pax_ref FROM pnr_passenger WHERE version_id = ? ORDER BY position", rs -> rs.getString(1), v[0]));
            sql.update("DELETE FROM pnr_document WHERE version_id = ?", v[0]);
            sql.update("DELETE FROM pnr_passenger WHERE version_id = ?", v[0]);
            sql.update("DELETE FROM pnr_leg WHERE version_id = ?", v[0]);
            sql.update("DELETE FROM pnr_vault WHERE subject_type = 'VERSION' AND subject_id = ?", v[0]);
            sql.update("DELETE FROM pnr_booking_version WHERE id = ?", v[0]);
        }
        sql.update("DELETE FROM pnr_vault WHERE subject_type = 'API' AND subject_id IN (SELECT id FROM pnr_api_traveller WHERE message_id = ?)",
                messageId);
        int api = sql.update("DELETE FROM pnr_api_traveller WHERE message_id = ?", messageId);
        sql.update("DELETE FROM pnr_quarantine WHERE message_id = ?", messageId);
        sql.update("DELETE FROM pnr_sensitive_deletion WHERE message_id = ?", messageId);
        sql.update("DELETE FROM pnr_message_raw WHERE message_id = ?", messageId);
        for (Follower f : followers) {
            followerCounts[1] += f.deleted(messageId, now);
        }
        sql.update("DELETE FROM pnr_message WHERE id = ?", messageId);
        int bookingsGone = 0;
        for (Map.Entry<String, List<String>> b : refsByBooking.entrySet()) {
            var latest = sql.queryOne("SELECT id FROM pnr_booking_version WHERE booking_id = ? ORDER BY version_no DESC FETCH FIRST 1 ROWS ONLY",
                    rs -> rs.getString(1), b.getKey());
            if (latest.isEmpty()) {
                CriteriaFactsCopy.remove(sql, b.getKey());
                sql.update("DELETE FROM pnr_booking WHERE id = ?", b.getKey());
                entities.withdrawBooking(b.getKey(), b.getValue());
                bookingsGone++;
            } else {
                sql.update("UPDATE pnr_booking SET current_version_id = ? WHERE id = ?", latest.get(), b.getKey());
                // the criteria facts copy follows the booking's current version (as stored: masked when it is)
                CriteriaFactsCopy.follow(sql, b.getKey());
            }
        }
        List<String> orphaned = flights.stream().filter(f -> stillFlown(f) == 0)
                .map(f -> f[0] + f[1] + (f[2] == null ? "" : "/" + f[2])).toList();
        entities.withdrawFlights(orphaned);
        audit.record(AuditEvent.write(ACTOR, "passenger.retention.delete", "pnr_message", messageId, "message " + ref + " deleted: "
                + versions.size() + " booking versions (" + bookingsGone + " bookings gone), " + api + " API travellers; "
                + policy.describe()));
        return bookingsGone;
    }

    private long stillFlown(String[] f) {
        return f[2] == null
                ? sql.count("SELECT COUNT(*) FROM pnr_leg WHERE carrier = ? AND flight_number = ? AND departure_date IS NULL", f[0], f[1])
                : sql.count("SELECT COUNT(*) FROM pnr_leg WHERE carrier = ? AND flight_number = ? AND departure_date = ?", f[0], f[1],
                java.time.LocalDate.parse(f[2]));
    }

    private int[] depersonalise(Instant cutoff, Instant now) {
        int messages = 0;
        int versions = 0;
        int api = 0;
        while (true) {
            List<String[]> due = sql.query("SELECT id, message_ref FROM pnr_message WHERE received_at < ? AND depersonalised_at IS NULL"
                    + " ORDER BY received_at, id FETCH FIRST " + BATCH + " ROWS ONLY", rs -> new String[] {rs.getString(1), rs.getString(2)},
                    cutoff);
            if (due.isEmpty()) {
                return new int[] {messages, versions, api};
            }
            for (String[] m : due) {
                int[] n = tx.inTransaction(() -> depersonaliseMessage(m[0], m[1], now));
                messages++;
                versions += n[0];
                api += n[1];
            }
        }
    }

    private int[] depersonaliseMessage(String messageId, String ref, Instant now) {
        List<String[]> versions = sql.query("SELECT v.id, v.booking_id, v.booking_json, b.current_version_id FROM pnr_booking_version v"
                        + " JOIN pnr_booking b ON b.id = v.booking_id WHERE v.message_id = ? AND v.depersonalised_at IS NULL",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}, messageId);
        for (String[] v : versions) {
            Booking full = BookingJson.read(v[2]);
            vault.seal("VERSION", v[0], v[2], now);
            String masked = BookingJson.write(Depersonalisation.mask(full));
            sql.update("UPDATE pnr_booking_version SET booking_json = ?, depersonalised_at = ? WHERE id = ?", masked, now, v[0]);
            if (v[0].equals(v[3])) {
                // the criteria facts copy of the current version: what the criteria see of the masked booking as stored
                CriteriaFactsCopy.replace(sql, v[1], v[0], BookingJson.read(masked), true);
            }
            sql.update("UPDATE pnr_passenger SET surname = ?, given_names = ?, name_key = '', masked = TRUE WHERE version_id = ?",
                    Depersonalisation.MASK, Depersonalisation.MASK, v[0]);
            sql.update("UPDATE pnr_document SET doc_number = ?, issuer = '', nationality = '', birth_date = NULL, gender = '', expiry = NULL,"
                    + " masked = TRUE WHERE version_id = ?", Depersonalisation.MASK, v[0]);
            if (v[0].equals(v[3])) {
                entities.withdrawBooking(v[1], full.passengers().stream().map(p -> p.ref()).toList());
            }
        }
        List<String> travellers = sql.query("SELECT id FROM pnr_api_traveller WHERE message_id = ? AND masked = FALSE",
                rs -> rs.getString(1), messageId);
        for (String id : travellers) {
            String json = sql.queryOne("SELECT surname, given_names, birth_date, gender, nationality, doc_type, doc_number, doc_expiry, locator"
                    + " FROM pnr_api_traveller WHERE id = ?", rs -> ApiTravellerJson.of(rs), id).orElseThrow();
            vault.seal("API", id, json, now);
            sql.update("UPDATE pnr_api_traveller SET surname = ?, given_names = ?, name_key = '', birth_date = NULL, gender = '',"
                    + " nationality = '', doc_type = '', doc_number = ?, doc_expiry = NULL, locator = '', masked = TRUE WHERE id = ?",
                    Depersonalisation.MASK, Depersonalisation.MASK, Depersonalisation.MASK, id);
        }
        // A reason may quote the faulty value, which may be personal (a date of birth): quoted values are masked too.
        for (String[] q : sql.query("SELECT id, reason FROM pnr_quarantine WHERE message_id = ?", rs -> new String[] {rs.getString(1),
                rs.getString(2)}, messageId)) {
            String masked = QUOTED.matcher(q[1]).replaceAll("\"" + Depersonalisation.MASK + "\"");
            if (!masked.equals(q[1])) {
                sql.update("UPDATE pnr_quarantine SET reason = ? WHERE id = ?", masked, q[0]);
            }
        }
        boolean rawErased = sql.update("DELETE FROM pnr_message_raw WHERE message_id = ?", messageId) > 0;
        sql.update("UPDATE pnr_message SET depersonalised_at = ? WHERE id = ?", now, messageId);
        for (Follower f : followers) {
            followerCounts[0] += f.depersonalised(messageId, now);
        }
        audit.record(AuditEvent.write(ACTOR, "passenger.retention.depersonalise", "pnr_message", messageId, "message " + ref
                + " depersonalised (Art 12(2) a-f masked): " + versions.size() + " booking versions, " + travellers.size()
                + " API travellers" + (rawErased ? ", raw message erased" : "") + "; " + policy.describe()));
        return new int[] {versions.size(), travellers.size()};
    }
}
