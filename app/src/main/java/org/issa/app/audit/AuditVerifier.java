package org.issa.app.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.issa.core.audit.AuditChain;

/** Walks the whole chain in order, streaming, and names the first broken entry. */
public final class AuditVerifier {

    private final DataSource dataSource;

    public AuditVerifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Result verify() {
        AuditChain.Verifier v = AuditChain.verifier();
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, at, actor, action, record_type, record_id, purpose, detail, prev_hash, hash FROM audit_log ORDER BY seq")) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && v.accept(AuditStore.entry(rs))) {
                        // keep going until the end or the first breach
                    }
                }
                try (PreparedStatement head = c.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
                     ResultSet rs = head.executeQuery()) {
                    if (rs.next()) {
                        v.expectHead(rs.getLong(1), rs.getString(2));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new org.issa.core.sql.DataAccessException("cannot read the audit log: " + e.getMessage(), e);
        }
        return new Result(v.checked(), v.breach());
    }

    /** How many entries checked out, and the first breach if any. */
    public record Result(long checked, Optional<AuditChain.Breach> breach) {
        public boolean intact() {
            return breach.isEmpty();
        }
    }
}
