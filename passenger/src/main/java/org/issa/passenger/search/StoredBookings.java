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
 * database cursor, not a list): what a criteria backtest runs over. Depersonalised bookings come masked, as stored;
 * the vault is never read here. No personal data leave this class except to the consumer, which only counts.
 */
public final class StoredBookings {

    /** One booking: its id, the local date of its first departure, whether it is depersonalised, and its content. */
    public record Current(String id, LocalDate departureDate, boolean masked, Booking booking) {
    }

    private static final int FETCH = 500;
    /** Rows decoded together by one worker. */
    private static final int BATCH = 256;
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

    /**
     * Hands every booking whose first leg departs in {@code [from, to]} (both included) to {@code each}, in departure order
     * (by date, then storage id), on the calling thread. The period is read one departure date at a time (each an index
     * range on the leg's date, so the database sorts a day's bookings, never the period's); the rows' JSON is decoded on
     * a few worker threads while the cursor reads on, and the bookings are handed over in order.
     */
    public void forEachDeparting(LocalDate from, LocalDate to, Consumer<Current> each) {
        String q = "SELECT b.id, l.departure_date, v.depersonalised_at, v.booking_json FROM pnr_leg l"
                + " JOIN pnr_booking_version v ON v.id = l.version_id"
                + " JOIN pnr_booking b ON b.id = v.booking_id AND b.current_version_id = v.id"
                + " WHERE l.departure_date = ? AND l.position = 1 ORDER BY b.id";
        java.util.ArrayDeque<java.util.concurrent.Future<List<Current>>> pending = new java.util.ArrayDeque<>();
        try (Connection c = sql.dataSource().getConnection()) {
            boolean auto = c.getAutoCommit();
            // PostgreSQL streams with a fetch size only inside a transaction.
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(q)) {
                ps.setFetchSize(FETCH);
                List<Row> batch = new ArrayList<>(BATCH);
                for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                    ps.setObject(1, day);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            batch.add(new Row(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3) != null, rs.getString(4)));
                            if (batch.size() == BATCH) {
                                pending.add(decode(batch));
                                batch = new ArrayList<>(BATCH);
                                while (pending.size() > 2 * DECODERS) {
                                    hand(pending.poll(), each);
                                }
                            }
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    pending.add(decode(batch));
                }
                while (!pending.isEmpty()) {
                    hand(pending.poll(), each);
                }
            } finally {
                pending.forEach(f -> f.cancel(true));
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
