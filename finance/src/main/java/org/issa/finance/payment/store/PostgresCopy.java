package org.issa.finance.payment.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a chunk's reference fingerprints with PostgreSQL's COPY (pgjdbc's {@link CopyManager}), sorted as they come.
 * Loaded only when the connection is PostgreSQL; other databases get multi-row INSERTs.
 */
final class PostgresCopy {

    private PostgresCopy() {
    }

    static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                && c.isWrapperFor(PGConnection.class);
    }

    static void fingerprints(Connection c, long[] fps, long[] ids) throws SQLException {
        if (fps.length == 0) {
            return;
        }
        StringBuilder csv = new StringBuilder(fps.length * 32);
        for (int i = 0; i < fps.length; i++) {
            csv.append(fps[i]).append(',').append(ids[i]).append('\n');
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        try {
            copy.copyIn("COPY fin_payment_ref (fp, payment_id) FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY of payment fingerprints failed: " + e.getMessage(), e);
        }
    }
}
