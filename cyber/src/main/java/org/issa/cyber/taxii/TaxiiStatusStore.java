package org.issa.cyber.taxii;

import java.util.Optional;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.cyber.stix.StixJson;

/** Status resources of Add Objects requests, kept so that a client can fetch them again (TAXII 2.1 §4.3). */
public final class TaxiiStatusStore {

    private final Sql sql;

    public TaxiiStatusStore(Sql sql) {
        this.sql = sql;
    }

    void save(String owner, String collectionId, TaxiiStatus status) {
        sql.update("INSERT INTO cyber_taxii_status (id, owner, collection_id, created_at, body) VALUES (?, ?, ?, ?, ?)",
                status.id(), owner, collectionId, status.requestTimestamp(), status.toJson());
    }

    /** A status, to the principal who posted the objects or a supervisor; to anyone else it does not exist. */
    public Optional<TaxiiStatus> find(Principal who, String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return sql.queryOne("SELECT owner, body FROM cyber_taxii_status WHERE id = ?",
                        rs -> new String[] {rs.getString("owner"), rs.getString("body")}, id)
                .filter(r -> r[0].equals(who.username()) || who.has(Role.SUPERVISOR))
                .map(r -> TaxiiStatus.parse(StixJson.read(r[1])));
    }
}
