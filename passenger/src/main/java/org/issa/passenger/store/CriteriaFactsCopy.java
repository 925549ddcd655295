package org.issa.passenger.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.passenger.criteria.CriteriaFacts;
import org.issa.passenger.pnr.Booking;

/**
 * The copy of each booking's criteria facts ({@link CriteriaFacts}) kept beside its current version in
 * {@code pnr_criteria_facts}, for the criteria backtest: written with the version that becomes current (the store),
 * rewritten from the masked booking at depersonalisation and moved to the remaining latest version, or removed, when
 * retention deletes versions (retention), and filled for current versions stored without it ({@link #backfill}). It
 * holds no identity: only the values criteria may read, and the passenger references.
 */
public final class CriteriaFactsCopy {

    static final String INSERT = "INSERT INTO pnr_criteria_facts (day_key, booking_id, version_id, departure_date, masked, layout, facts)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String DELETE = "DELETE FROM pnr_criteria_facts WHERE booking_id = ?";

    private static final long DAY = 1L << 44;
    private static final long MAX_DAY = (1L << 19) - 1;

    private CriteriaFactsCopy() {
    }

    /** The local date of the booking's first departure, as the store keeps it for the first leg (position 1). */
    public static Optional<LocalDate> departureDate(Booking b) {
        return b.legs().stream().findFirst().flatMap(l -> l.flight().departureLocal()).map(LocalDateTime::toLocalDate);
    }

    /**
     * The row key: the departure day (epoch day) times 2^44 plus 44 bits of a hash of the version id, so that the rows
     * of a period are one key range in departure order; a booking without a departure date sits below every date.
     */
    public static long dayKey(Optional<LocalDate> day, String versionId) {
        long d = day.map(LocalDate::toEpochDay).map(e -> Math.max(-MAX_DAY, Math.min(MAX_DAY, e))).orElse(-MAX_DAY - 1);
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < versionId.length(); i++) {
            h = (h ^ versionId.charAt(i)) * 0x100000001b3L;
        }
        return d * DAY + (h & (DAY - 1));
    }

    /** The first key of a departure day's range. */
    public static long firstKey(LocalDate day) {
        return Math.max(-MAX_DAY, Math.min(MAX_DAY, day.toEpochDay())) * DAY;
    }

    /** The values of the row for {@link #INSERT}. */
    static Object[] row(String bookingId, String versionId, Booking b, boolean masked) {
        Optional<LocalDate> day = departureDate(b);
        return new Object[] {dayKey(day, versionId), bookingId, versionId, day.orElse(null), masked, CriteriaFacts.LAYOUT,
                CriteriaFacts.encode(b)};
    }

    /** Replaces the booking's copy with that of {@code versionId} ({@code b} as stored, masked or not), in the current transaction. */
    public static void replace(Sql sql, String bookingId, String versionId, Booking b, boolean masked) {
        sql.update(DELETE, bookingId);
        sql.update(INSERT, row(bookingId, versionId, b, masked));
    }

    /** Removes the booking's copy (the booking is gone). */
    public static void remove(Sql sql, String bookingId) {
        sql.update(DELETE, bookingId);
    }

    /**
     * Makes the booking's copy that of its current version, as stored, when it is not already (the current version
     * changed under retention); removes it when the booking is gone.
     */
    public static void follow(Sql sql, String bookingId) {
        Optional<String[]> current = sql.queryOne("SELECT v.id, v.booking_json, v.depersonalised_at FROM pnr_booking b"
                + " JOIN pnr_booking_version v ON v.id = b.current_version_id WHERE b.id = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getObject(3) == null ? "" : "masked"}, bookingId);
        if (current.isEmpty()) {
            remove(sql, bookingId);
            return;
        }
        boolean fresh = sql.count("SELECT COUNT(*) FROM pnr_criteria_facts WHERE booking_id = ? AND version_id = ? AND layout = ?",
                bookingId, current.get()[0], CriteriaFacts.LAYOUT) > 0;
        if (!fresh) {
            replace(sql, bookingId, current.get()[0], BookingJson.read(current.get()[1]), !current.get()[2].isEmpty());
        }
    }

    /** How many current versions have no copy, or one of another layout (what {@link #backfill} would write). */
    public static long missing(Sql sql) {
        return sql.count("SELECT COUNT(*) FROM pnr_booking b LEFT JOIN pnr_criteria_facts f ON f.booking_id = b.id"
                + " AND f.version_id = b.current_version_id AND f.layout = ? WHERE f.booking_id IS NULL", CriteriaFacts.LAYOUT);
    }

    /**
     * Writes the copy for every booking whose current version has none (stored before the copy existed) or one of another
     * layout (the model changed), {@code batch} bookings per transaction, the stored bookings decoded in parallel. A
     * booking that gets a new version meanwhile is left to the store, which writes that version's copy. Returns how many
     * copies were written; {@code progress} is told the running count after each batch.
     */
    public static long backfill(Sql sql, Transactions tx, int batch, LongConsumer progress) {
        long written = 0;
        String after = "";
        while (true) {
            List<String[]> due = sql.query("SELECT b.id, b.current_version_id FROM pnr_booking b LEFT JOIN pnr_criteria_facts f"
                            + " ON f.booking_id = b.id AND f.version_id = b.current_version_id AND f.layout = ?"
                            + " WHERE f.booking_id IS NULL AND b.id > ? ORDER BY b.id FETCH FIRST " + batch + " ROWS ONLY",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, CriteriaFacts.LAYOUT, after);
            if (due.isEmpty()) {
                return written;
            }
            after = due.getLast()[0];
            Map<String, String[]> stored = new HashMap<>();
            for (int i = 0; i < due.size(); i += 200) {
                List<String[]> chunk = due.subList(i, Math.min(due.size(), i + 200));
                String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                sql.query("SELECT id, booking_json, depersonalised_at FROM pnr_booking_version WHERE id IN (" + marks + ")",
                        rs -> new String[] {rs.getString(1), rs.getString(2), rs.getObject(3) == null ? "" : "masked"},
                        chunk.stream().map(v -> v[1]).toArray()).forEach(v -> stored.put(v[0], v));
            }
            List<Object[]> rows = due.parallelStream().filter(d -> stored.containsKey(d[1])).map(d -> {
                String[] v = stored.get(d[1]);
                return row(d[0], d[1], BookingJson.read(v[1]), !v[2].isEmpty());
            }).toList();
            written += tx.inTransaction(() -> {
                // the bookings are locked as the store locks them for a new version; one whose version moved on is skipped
                Map<String, String> current = new HashMap<>();
                for (int i = 0; i < rows.size(); i += 200) {
                    List<Object[]> chunk = rows.subList(i, Math.min(rows.size(), i + 200));
                    String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                    sql.query("SELECT id, current_version_id FROM pnr_booking WHERE id IN (" + marks + ") FOR UPDATE",
                            rs -> new String[] {rs.getString(1), rs.getString(2)}, chunk.stream().map(r -> r[1]).toArray())
                            .forEach(b -> current.put(b[0], b[1]));
                }
                Rows out = new Rows();
                List<Object[]> fresh = new ArrayList<>();
                for (Object[] r : rows) {
                    if (r[2].equals(current.get((String) r[1]))) {
                        fresh.add(r);
                        out.add(DELETE, r[1]);
                    }
                }
                out.flush(sql);
                fresh.forEach(r -> out.add(INSERT, r));
                out.flush(sql);
                return (long) fresh.size();
            });
            progress.accept(written);
        }
    }
}
