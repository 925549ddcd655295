package org.issa.passenger.retention;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.issa.core.seal.SealingKey;
import org.issa.core.sql.Sql;

/**
 * Where depersonalisation puts the full values it takes out of the store ({@code pnr_vault}): sealed with the node's
 * vault key (AES-256-GCM, bound to the record), so that the database alone, a dump or a backup of it, does not show
 * them. Only the Art 12(3) disclosure path opens them. Values kept in plain text before sealing was introduced are
 * sealed at start ({@link #sealPlainEntries()}) and still open meanwhile.
 */
public final class Vault {

    private final Sql sql;
    private final SealingKey key;

    public Vault(Sql sql, SealingKey key) {
        this.sql = sql;
        this.key = key;
    }

    private static String context(String subjectType, String subjectId) {
        return subjectType + "/" + subjectId;
    }

    /** Seals a record's full values, in the caller's transaction. */
    public void seal(String subjectType, String subjectId, String content, Instant at) {
        sql.update("INSERT INTO pnr_vault (subject_type, subject_id, content, sealed_at) VALUES (?, ?, ?, ?)", subjectType, subjectId,
                key.seal(content, context(subjectType, subjectId)), at);
    }

    /** The full values of a record, when the vault has them. */
    public Optional<String> open(String subjectType, String subjectId) {
        return sql.queryOne("SELECT content FROM pnr_vault WHERE subject_type = ? AND subject_id = ?", rs -> rs.getString(1), subjectType,
                subjectId).map(c -> key.open(c, context(subjectType, subjectId)));
    }

    /** Seals the entries kept in plain text by an earlier version; returns how many. */
    public int sealPlainEntries() {
        int sealed = 0;
        while (true) {
            List<String[]> plain = sql.query("SELECT subject_type, subject_id, content FROM pnr_vault WHERE content NOT LIKE 'sealed1:%'"
                    + " ORDER BY subject_type, subject_id FETCH FIRST 500 ROWS ONLY", rs -> new String[] {rs.getString(1), rs.getString(2),
                    rs.getString(3)});
            for (String[] p : plain) {
                sql.update("UPDATE pnr_vault SET content = ? WHERE subject_type = ? AND subject_id = ? AND content = ?",
                        key.seal(p[2], context(p[0], p[1])), p[0], p[1], p[2]);
            }
            sealed += plain.size();
            if (plain.size() < 500) {
                return sealed;
            }
        }
    }
}
