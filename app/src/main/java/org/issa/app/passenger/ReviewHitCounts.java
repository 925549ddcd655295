package org.issa.app.passenger;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.passenger.search.FlightHits;

/**
 * Hit counts for the flight board from the review module's {@code review_hits} table, within the reader's markings;
 * none while that table does not exist (a node without the review module). The review module keys flights by their
 * UTC departure date, the board by the local one: a flight departing around midnight may show its hits a day off.
 */
final class ReviewHitCounts implements FlightHits {

    private final Sql sql;
    private volatile Boolean present;

    ReviewHitCounts(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Map<String, Integer> counts(Principal reader, LocalDate from, LocalDate to) {
        if (!tablePresent()) {
            return Map.of();
        }
        SqlFragment where = MarkingFilter.readableBy(reader, "h").and(SqlFragment.of("h.flight_time >= ? AND h.flight_time < ?",
                from.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), to.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC)));
        Map<String, Integer> out = new HashMap<>();
        sql.query("SELECT h.flight_key, COUNT(*) FROM review_hits h WHERE " + where.sql() + " GROUP BY h.flight_key",
                rs -> Map.entry(rs.getString(1), rs.getInt(2)), where.paramArray()).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private boolean tablePresent() {
        if (Boolean.TRUE.equals(present)) {
            return true;
        }
        try (Connection c = sql.dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            boolean found = false;
            for (String name : new String[] {"review_hits", "REVIEW_HITS"}) {
                try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                    found |= rs.next();
                }
            }
            present = found;
            return found;
        } catch (SQLException e) {
            return false;
        }
    }
}
