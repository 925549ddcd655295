package org.issa.finance.payment.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.issa.finance.payment.Payment;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a chunk with PostgreSQL's COPY (pgjdbc's {@link CopyManager}), CSV-encoded: empty names
 * travel as NULL, as the INSERT path stores them. Loaded only when the connection is PostgreSQL.
 */
final class PostgresCopy implements RowWriter {

    static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                && c.isWrapperFor(PGConnection.class);
    }

    @Override
    public void write(Connection c, long batchId, long firstId, List<Payment> payments, long[] payers, long[] payees)
            throws SQLException {
        StringBuilder csv = new StringBuilder(payments.size() * 120);
        for (int i = 0; i < payments.size(); i++) {
            Payment p = payments.get(i);
            csv.append(firstId + i).append(',').append(batchId).append(',');
            quoted(csv, p.reference());
            csv.append(',').append(payers[i]).append(',').append(payees[i]).append(',').append(p.amount().toPlainString())
                    .append(',').append(p.currency()).append(',').append(p.time()).append(',');
            optional(csv, p.payerName());
            csv.append(',');
            optional(csv, p.payeeName());
            csv.append(',');
            optional(csv, p.purpose());
            csv.append('\n');
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        try {
            copy.copyIn("COPY fin_payment (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY of payments failed: " + e.getMessage(), e);
        }
    }

    private static void optional(StringBuilder csv, String s) {
        if (!s.isEmpty()) {
            quoted(csv, s);
        }
    }

    private static void quoted(StringBuilder csv, String s) {
        csv.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                csv.append('"');
            }
            csv.append(ch);
        }
        csv.append('"');
    }
}
