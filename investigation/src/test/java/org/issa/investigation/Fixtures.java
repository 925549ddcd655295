package org.issa.investigation;

import java.time.Instant;
import java.util.Set;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.Autocommit;
import org.issa.core.testdb.MutableClock;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.investigation.cases.CaseDesk;
import org.issa.investigation.cases.CaseStore;
import org.issa.investigation.deadline.AlertStore;
import org.issa.investigation.deadline.DeadlineWatch;
import org.issa.investigation.deadline.WarningPolicy;
import org.issa.investigation.exchange.ExchangeDeadlines;
import org.issa.investigation.exchange.ExchangeDesk;
import org.issa.investigation.exchange.ExchangeStore;
import org.issa.investigation.warrant.WarrantDeadlineSource;
import org.issa.investigation.warrant.WarrantRegister;
import org.issa.investigation.warrant.WarrantStore;

/** Users and a wired node over one test database, with a clock the tests move. */
public final class Fixtures {

    /** A French analyst (RESTREINT UE), a French supervisor of the same agency, a Dutch analyst seconded to a joint team. */
    public static final Principal ANNA = new Principal("anna", "FR-OCRTIS", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    public static final Principal SACHA = new Principal("sacha", "FR-OCRTIS", "FR", Set.of(Role.SUPERVISOR), Classification.CONFIDENTIEL_UE);
    public static final Principal DIRK = new Principal("dirk", "NL-NP", "NL", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    /** Cleared UNCLASSIFIED only. */
    public static final Principal LOW = new Principal("low", "NL-NP", "NL", Set.of(Role.ANALYST), Classification.UNCLASSIFIED);
    /** A supervisor of another agency. */
    public static final Principal OTTO = new Principal("otto", "DE-BKA", "DE", Set.of(Role.SUPERVISOR), Classification.SECRET_UE);
    public static final Principal PARTNER = new Principal("europol-lo", "EU-EUROPOL", "NL", Set.of(Role.PARTNER), Classification.RESTREINT_UE);
    public static final Principal AUDITOR = new Principal("audrey", "FR-OCRTIS", "FR", Set.of(Role.AUDITOR), Classification.SECRET_UE);

    public static final Marking RESTRICTED_FR_NL = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of("STATE:FR", "STATE:NL"),
            "FR-OCRTIS", Set.of());

    private Fixtures() {
    }

    /** One node: the three registers and the watch over one database. */
    public record Node(Sql sql, RecordingAuditLog audit, MutableClock clock, CaseDesk cases, ExchangeDesk exchange,
                       WarrantRegister warrants, AlertStore alerts, DeadlineWatch watch) {
    }

    public static Node node(TestDatabase db, Instant start) {
        Sql sql = new Sql(db.dataSource());
        RecordingAuditLog audit = new RecordingAuditLog();
        MutableClock clock = new MutableClock(start);
        Autocommit tx = new Autocommit();
        CaseDesk cases = new CaseDesk(new CaseStore(sql), audit, tx, clock);
        ExchangeStore exchangeStore = new ExchangeStore(sql);
        WarrantStore warrantStore = new WarrantStore(sql);
        AlertStore alerts = new AlertStore(sql);
        DeadlineWatch watch = new DeadlineWatch(java.util.List.of(new ExchangeDeadlines(exchangeStore), new WarrantDeadlineSource(warrantStore)),
                alerts, audit, tx, clock, WarningPolicy.DEFAULT);
        return new Node(sql, audit, clock, cases, new ExchangeDesk(exchangeStore, cases, audit, tx, clock),
                new WarrantRegister(warrantStore, cases, audit, tx, clock), alerts, watch);
    }
}
