package org.issa.finance.payment.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.List;
import org.issa.finance.payment.Payment;

/**
 * Writes a chunk of payment rows on the chunk's connection: multi-row INSERTs (a hundred rows per
 * statement) on any database, or COPY on PostgreSQL ({@link PostgresCopy}).
 */
interface RowWriter {

    String COLUMNS = "id, batch_id, reference, payer_id, payee_id, amount, currency, paid_at, payer_name, payee_name, purpose";

    void write(Connection c, long batchId, long firstId, List<Payment> payments, long[] payers, long[] payees) throws SQLException;

    /** Multi-row INSERT statements. */
    final class Inserts implements RowWriter {
        private static final int ROWS = 100;
        private static final int FIELDS = 11;

        @Override
        public void write(Connection c, long batchId, long firstId, List<Payment> payments, long[] payers, long[] payees)
                throws SQLException {
            int n = payments.size();
            int full = n / ROWS;
            if (full > 0) {
                try (PreparedStatement ps = c.prepareStatement(statement(ROWS))) {
                    for (int g = 0; g < full; g++) {
                        bind(ps, batchId, firstId, payments, payers, payees, g * ROWS, ROWS);
                        ps.executeUpdate();
                    }
                }
            }
            int rest = n - full * ROWS;
            if (rest > 0) {
                try (PreparedStatement ps = c.prepareStatement(statement(rest))) {
                    bind(ps, batchId, firstId, payments, payers, payees, full * ROWS, rest);
                    ps.executeUpdate();
                }
            }
        }

        private static void bind(PreparedStatement ps, long batchId, long firstId, List<Payment> payments, long[] payers, long[] payees,
                                 int from, int count) throws SQLException {
            int k = 1;
            for (int i = from; i < from + count; i++) {
                Payment p = payments.get(i);
                ps.setLong(k++, firstId + i);
                ps.setLong(k++, batchId);
                ps.setString(k++, p.reference());
                ps.setLong(k++, payers[i]);
                ps.setLong(k++, payees[i]);
                ps.setBigDecimal(k++, p.amount());
                ps.setString(k++, p.currency());
                ps.setObject(k++, p.time().atOffset(ZoneOffset.UTC));
                text(ps, k++, p.payerName());
                text(ps, k++, p.payeeName());
                text(ps, k++, p.purpose());
            }
        }

        private static void text(PreparedStatement ps, int k, String s) throws SQLException {
            if (s.isEmpty()) {
                ps.setNull(k, Types.VARCHAR);
            } else {
                ps.setString(k, s);
            }
        }

        private static String statement(int rows) {
            StringBuilder b = new StringBuilder(40 + rows * 26).append("INSERT INTO fin_payment (").append(COLUMNS).append(") VALUES ");
            for (int r = 0; r < rows; r++) {
                b.append(r == 0 ? "(" : ",(");
                for (int f = 0; f < FIELDS; f++) {
                    b.append(f == 0 ? "?" : ",?");
                }
                b.append(')');
            }
            return b.toString();
        }
    }

    /** The amount as stored: at most 8 decimals and 30 integer digits (DECIMAL(38, 8)). */
    static boolean fits(BigDecimal amount) {
        return amount.scale() <= 8 && amount.precision() - amount.scale() <= 30;
    }
}
