package org.issa.passenger.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

    private final Sql sql;

    public StoredBookings(Sql sql) {
        this.sql = sql;
    }

    /** Hands every booking whose first leg departs in {@code [from, to]} (both included) to {@code each}, in departure order. */
    public void forEachDeparting(LocalDate from, LocalDate to, Consumer<Current> each) {
        String q = "SELECT b.id, l.departure_date, v.depersonalised_at, v.booking_json FROM pnr_booking b"
                + " JOIN pnr_booking_version v ON v.id = b.current_version_id"
                + " JOIN pnr_leg l ON l.version_id = v.id AND l.position = 1"
                + " WHERE l.departure_date >= ? AND l.departure_date <= ? ORDER BY l.departure_date, b.id";
        try (Connection c = sql.dataSource().getConnection()) {
            boolean auto = c.getAutoCommit();
            // PostgreSQL streams with a fetch size only inside a transaction.
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(q)) {
                ps.setFetchSize(FETCH);
                ps.setObject(1, from);
                ps.setObject(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.accept(new Current(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3) != null,
                                BookingJson.read(rs.getString(4))));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading stored bookings failed: " + e.getMessage(), e);
        }
    }
}
