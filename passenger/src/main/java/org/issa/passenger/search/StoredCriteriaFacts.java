package org.issa.passenger.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.issa.core.error.NotFoundException;
import org.issa.core.sql.DataAccessException;
import org.issa.core.sql.Sql;
import org.issa.passenger.criteria.BookingFacts;
import org.issa.passenger.criteria.CriteriaFacts;
import org.issa.passenger.criteria.FactsSource;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.store.BookingJson;
import org.issa.passenger.store.CriteriaFactsCopy;

/**
 * What a criteria backtest runs over: the copy of the criteria facts of each stored booking's current version
 * ({@code pnr_criteria_facts}, see {@link CriteriaFactsCopy}), read as one key range per month of departures, in
 * departure order, and decoded on a few worker threads while the next rows are read. The copy holds no identity; the
 * stored booking (as stored: masked once depersonalised) is read only on demand, for a passenger whose criterion needs
 * the travel history and for a sample hit's locator. The vault is never read here.
 */
public final class StoredCriteriaFacts implements FactsSource {

    private static final int FETCH = 1000;
    private static final int BATCH = 500;
    private static final int DECODERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final ExecutorService POOL = Executors.newFixedThreadPool(DECODERS, r -> {
        Thread t = new Thread(r, "criteria-facts-decoder");
        t.setDaemon(true);
        return t;
    });
    /** Days read by one statement. */
    private static final int WINDOW_DAYS = 31;

    private final Sql sql;

    public StoredCriteriaFacts(Sql sql) {
        this.sql = sql;
    }

    /** A row as read, before its facts are decoded. */
    private record Row(String bookingId, String versionId, LocalDate departureDate, boolean masked, byte[] facts) {
    }

    @Override
    public void forEach(LocalDate from, LocalDate to, boolean[] wanted, Consumer<BookingFacts> each) {
        String read = "SELECT booking_id, version_id, departure_date, masked, facts FROM pnr_criteria_facts"
                + " WHERE day_key >= ? AND day_key < ? AND departure_date >= ? AND departure_date <= ? ORDER BY day_key";
        ArrayDeque<Future<List<BookingFacts>>> pending = new ArrayDeque<>();
        try (Connection c = sql.dataSource().getConnection()) {
            boolean auto = c.getAutoCommit();
            // PostgreSQL streams with a fetch size only inside a transaction.
            c.setAutoCommit(false);
            try (PreparedStatement r = c.prepareStatement(read)) {
                r.setFetchSize(FETCH);
                for (LocalDate start = from; !start.isAfter(to); start = start.plusDays(WINDOW_DAYS)) {
                    LocalDate end = start.plusDays(WINDOW_DAYS - 1).isAfter(to) ? to : start.plusDays(WINDOW_DAYS - 1);
                    r.setLong(1, CriteriaFactsCopy.firstKey(start));
                    r.setLong(2, CriteriaFactsCopy.firstKey(end.plusDays(1)));
                    r.setObject(3, start);
                    r.setObject(4, end);
                    List<Row> batch = new ArrayList<>(BATCH);
                    try (ResultSet rs = r.executeQuery()) {
                        while (rs.next()) {
                            batch.add(new Row(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getBoolean(4),
                                    rs.getBytes(5)));
                            if (batch.size() == BATCH) {
                                pending.add(decode(batch, wanted));
                                batch = new ArrayList<>(BATCH);
                                while (pending.size() > 2 * DECODERS) {
                                    hand(pending.poll(), each);
                                }
                            }
                        }
                    }
                    if (!batch.isEmpty()) {
                        pending.add(decode(batch, wanted));
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
            throw new DataAccessException("reading the criteria facts failed: " + e.getMessage(), e);
        }
    }

    /** The stored booking of a version, as stored (masked once depersonalised); read once, when first asked for. */
    private Supplier<Booking> booking(String versionId) {
        return new Supplier<>() {
            private Booking booking;

            @Override
            public Booking get() {
                if (booking == null) {
                    booking = sql.queryOne("SELECT booking_json FROM pnr_booking_version WHERE id = ?", rs -> rs.getString(1), versionId)
                            .map(BookingJson::read)
                            .orElseThrow(() -> new NotFoundException("booking version", versionId));
                }
                return booking;
            }
        };
    }

    private Future<List<BookingFacts>> decode(List<Row> rows, boolean[] wanted) {
        return POOL.submit(() -> {
            List<BookingFacts> out = new ArrayList<>(rows.size());
            for (Row r : rows) {
                Supplier<Booking> booking = booking(r.versionId());
                List<CriteriaFacts.Traveller> travellers;
                try {
                    travellers = CriteriaFacts.decode(r.facts(), wanted);
                } catch (IllegalArgumentException stale) {
                    // written under another layout of the model and not yet backfilled: built from the stored booking
                    travellers = CriteriaFacts.of(booking.get());
                }
                out.add(new BookingFacts(r.bookingId(), r.departureDate(), r.masked(), travellers, booking));
            }
            return out;
        });
    }

    private static void hand(Future<List<BookingFacts>> batch, Consumer<BookingFacts> each) {
        List<BookingFacts> decoded;
        try {
            decoded = batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataAccessException("interrupted while reading the criteria facts", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new DataAccessException("decoding criteria facts failed: "
                    + e.getCause().getMessage(), e.getCause());
        }
        decoded.forEach(each);
    }
}
