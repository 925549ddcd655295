package org.issa.passenger.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.issa.core.sql.DataAccessException;
import org.issa.core.sql.Sql;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.store.BookingJson;

/**
 * The current version of every stored booking whose first departure falls in a period, streamed one at a time (a
 * month of departures held as ids at most, never the bookings of the period): what a criteria backtest runs over. Depersonalised bookings come masked, as stored;
 * the vault is never read here. No personal data leave this class except to the consumer, which only counts.
 */
public final class StoredBookings {

    /** One booking: its id, the local date of its first departure, whether it is depersonalised, and its content. */
    public record Current(String id, LocalDate departureDate, boolean masked, Booking booking) {
    }

    private static final int FETCH = 500;
    /** The decoders: the JSON decoding of the rows is most of a backtest's cost, and each row decodes on its own. */
    private static final int DECODERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newFixedThreadPool(DECODERS, r -> {
        Thread t = new Thread(r, "stored-bookings-decoder");
        t.setDaemon(true);
        return t;
    });

    private final Sql sql;

    public StoredBookings(Sql sql) {
        this.sql = sql;
    }

    /** A row as read, before its booking is decoded. */
    private record Row(String id, LocalDate departureDate, boolean masked, String json) {
    }

    /** A current version departing in the period, found from the legs and bookings alone (no JSON read). */
    private record Found(String versionId, String bookingId, LocalDate departureDate) {
    }

    /** Days read together: the bookings of a window are fetched in storage order. */
    private static final int WINDOW_DAYS = 31;
    /** Versions fetched by one statement. */
    private static final int FETCH_IDS = 200;

    /**
     * Hands every booking whose first leg departs in {@code [from, to]} (both included) to {@code each}, on the calling
     * thread, a month of departures at a time, within it in storage order (by version id). The versions of a window are
     * found from the legs and bookings first (small rows, an index range on the date), then their JSON is read in
     * storage order, so that the database reads each page of versions once rather than once per booking on it; the JSON
     * is decoded on a few worker threads while the next versions are read, and the bookings are handed over in order.
     */
    public void forEachDeparting(LocalDate from, LocalDate to, Consumer<Current> each) {
        String find = "SELECT l.version_id, l.booking_id, l.departure_date FROM pnr_leg l"
                + " JOIN pnr_booking b ON b.id = l.booking_id AND b.current_version_id = l.version_id"
                + " WHERE l.departure_date >= ? AND l.departure_date <= ? AND l.position = 1";
        String marks = String.join(", ", java.util.Collections.nCopies(FETCH_IDS, "?"));
        String read = "SELECT id, depersonalised_at, booking_json FROM pnr_booking_version WHERE id IN (" + marks + ")";
        java.util.ArrayDeque<java.util.concurrent.Future<List<Current>>> pending = new java.util.ArrayDeque<>();
        try (Connection c = sql.dataSource().getConnection()) {
            boolean auto = c.getAutoCommit();
            // PostgreSQL streams with a fetch size only inside a transaction.
            c.setAutoCommit(false);
            try (PreparedStatement f = c.prepareStatement(find); PreparedStatement r = c.prepareStatement(read)) {
                f.setFetchSize(FETCH);
                for (LocalDate start = from; !start.isAfter(to); start = start.plusDays(WINDOW_DAYS)) {
                    LocalDate end = start.plusDays(WINDOW_DAYS - 1).isAfter(to) ? to : start.plusDays(WINDOW_DAYS - 1);
                    List<Found> found = new ArrayList<>();
                    f.setObject(1, start);
                    f.setObject(2, end);
                    try (ResultSet rs = f.executeQuery()) {
                        while (rs.next()) {
                            found.add(new Found(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)));
                        }
                    }
                    found.sort(java.util.Comparator.comparing(Found::versionId));
                    for (int i = 0; i < found.size(); i += FETCH_IDS) {
                        List<Found> chunk = found.subList(i, Math.min(found.size(), i + FETCH_IDS));
                        for (int k = 0; k < FETCH_IDS; k++) {
                            // the last chunk repeats its last id to fill the statement's places
                            r.setString(k + 1, chunk.get(Math.min(k, chunk.size() - 1)).versionId());
                        }
                        java.util.Map<String, Object[]> rows = new java.util.HashMap<>();
                        try (ResultSet rs = r.executeQuery()) {
                            while (rs.next()) {
                                rows.put(rs.getString(1), new Object[] {rs.getObject(2) != null, rs.getString(3)});
                            }
                        }
                        List<Row> batch = new ArrayList<>(chunk.size());
                        for (Found x : chunk) {
                            Object[] row = rows.get(x.versionId());
                            if (row != null) {
                                batch.add(new Row(x.bookingId(), x.departureDate(), (Boolean) row[0], (String) row[1]));
                            }
                        }
                        pending.add(decode(batch));
                        while (pending.size() > 2 * DECODERS) {
                            hand(pending.poll(), each);
                        }
                    }
                }
                while (!pending.isEmpty()) {
                    hand(pending.poll(), each);
                }
            } finally {
                pending.forEach(x -> x.cancel(true));
                c.rollback();
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading stored bookings failed: " + e.getMessage(), e);
        }
    }

    private static java.util.concurrent.Future<List<Current>> decode(List<Row> rows) {
        return POOL.submit(() -> {
            List<Current> out = new ArrayList<>(rows.size());
            for (Row r : rows) {
                out.add(new Current(r.id(), r.departureDate(), r.masked(), BookingJson.read(r.json())));
            }
            return out;
        });
    }

    private static void hand(java.util.concurrent.Future<List<Current>> batch, Consumer<Current> each) {
        List<Current> decoded;
        try {
            decoded = batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataAccessException("interrupted while reading stored bookings", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new DataAccessException("decoding a stored booking failed: "
                    + e.getCause().getMessage(), e.getCause());
        }
        decoded.forEach(each);
    }
}
