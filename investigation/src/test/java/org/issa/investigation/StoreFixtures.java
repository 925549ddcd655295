package org.issa.investigation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.issa.core.entity.Entity;
import org.issa.core.entity.Provenance;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.Autocommit;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.investigation.entity.EntityStore;

/** Readers, markings and a store over a test database, shared by the module's tests. */
public final class StoreFixtures {

    public static final Principal ANALYST = new Principal("ana", "FR-PJ", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    public static final Principal SUPERVISOR = new Principal("sam", "FR-PJ", "FR", Set.of(Role.SUPERVISOR), Classification.SECRET_UE);
    /** Another state's analyst, cleared UNCLASSIFIED only. */
    public static final Principal LOW = new Principal("lou", "DE-BKA", "DE", Set.of(Role.ANALYST), Classification.UNCLASSIFIED);
    public static final Principal AUDITOR = new Principal("aud", "FR-PJ", "FR", Set.of(Role.AUDITOR), Classification.SECRET_UE);

    public static final Marking OPEN = Marking.unclassified("FR-PJ");
    public static final Marking RESTRICTED = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of(), "FR-PJ", Set.of());
    public static final Instant T0 = Instant.parse("2026-01-10T09:00:00Z");

    private StoreFixtures() {
    }

    public static EntityStore store(TestDatabase db, RecordingAuditLog audit) {
        return new EntityStore(new Sql(db.dataSource()), audit, new Autocommit(), Clock.fixed(T0, ZoneOffset.UTC));
    }

    public static Entity entity(String dataset, String id, String schema, Marking marking, Object... props) {
        Map<String, List<String>> p = new java.util.LinkedHashMap<>();
        for (int i = 0; i < props.length; i += 2) {
            Object v = props[i + 1];
            p.put((String) props[i], v instanceof List<?> l ? l.stream().map(Object::toString).toList() : List.of(v.toString()));
        }
        return new Entity(id, schema, p, marking, new Provenance(dataset, "test", T0));
    }
}
