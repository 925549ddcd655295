package org.issa.passenger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.issa.core.sql.DataAccessException;
import org.issa.core.sql.Sql;

/**
 * Rows to insert, gathered per statement and sent as JDBC batches on the current transaction's connection: a message
 * of two hundred PNRs is a handful of round trips, not thousands.
 */
public final class Rows {

    private final Map<String, List<Object[]>> byStatement = new LinkedHashMap<>();
    /** The criteria facts copies to write, by booking (the last version of a booking in the batch wins). */
    private final Map<String, Object[]> factsCopies = new LinkedHashMap<>();
    private final java.util.Set<String> factsReplaced = new java.util.HashSet<>();

    public void add(String sql, Object... values) {
        byStatement.computeIfAbsent(sql, k -> new ArrayList<>()).add(values);
    }

    /**
     * The criteria facts copy of a booking's new current version ({@link CriteriaFactsCopy#INSERT} values); {@code replaces}
     * when the booking had a version (and so a copy) before. Written after the other rows, once per booking.
     */
    void factsCopy(String bookingId, boolean replaces, Object[] values) {
        factsCopies.put(bookingId, values);
        if (replaces) {
            factsReplaced.add(bookingId);
        }
    }

    public void flush(Sql sql) {
        for (Map.Entry<String, Object[]> e : factsCopies.entrySet()) {
            if (factsReplaced.contains(e.getKey())) {
                add(CriteriaFactsCopy.DELETE, e.getKey());
            }
        }
        factsCopies.values().forEach(v -> add(CriteriaFactsCopy.INSERT, v));
        factsCopies.clear();
        factsReplaced.clear();
        if (byStatement.isEmpty()) {
            return;
        }
        try (Connection c = sql.dataSource().getConnection()) {
            for (Map.Entry<String, List<Object[]>> e : byStatement.entrySet()) {
                try (PreparedStatement ps = c.prepareStatement(e.getKey())) {
                    for (Object[] row : e.getValue()) {
                        bind(ps, row);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new DataAccessException("batch insert failed: " + e.getMessage(), e);
        }
        byStatement.clear();
    }

    private static void bind(PreparedStatement ps, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (v instanceof Instant instant) {
                ps.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
            } else if (v instanceof Enum<?> en) {
                ps.setString(i + 1, en.name());
            } else if (v instanceof byte[] bytes) {
                ps.setBytes(i + 1, bytes);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }
}
