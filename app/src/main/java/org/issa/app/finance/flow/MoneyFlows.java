package org.issa.app.finance.flow;

import java.util.Collection;
import java.util.function.Supplier;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ForbiddenException;
import org.issa.core.marking.Marking;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.finance.alert.ScanRecord;
import org.issa.finance.alert.TypologyAlerts;
import org.issa.finance.flow.PaymentGraph;
import org.issa.finance.flow.Trace;
import org.issa.finance.flow.TraceRequest;
import org.issa.finance.payment.PaymentLedger;
import org.issa.finance.typology.TypologyConfig;
import org.issa.finance.typology.TypologyScan;

/**
 * Traces and scans over the stored payments. The payment graph a reader may see is built from the
 * {@link PaymentLedger} (markings applied in its query) and kept until the ledger's {@code version()}
 * changes, one per marking view: readers who may read the same markings share it ({@link GraphSnapshots}).
 * Traces are audited (they read personal data); a scan raises alerts (a supervisor's act).
 */
public final class MoneyFlows {

    /** Payment graphs kept at most (one per marking view in use). */
    public static final int VIEWS = 4;

    private final TypologyAlerts alerts;
    private final AuditLog audit;
    private final java.util.function.Supplier<TypologyConfig> configs;
    private volatile TypologyScan scan;
    private final GraphSnapshots snapshots;

    /**
     * @param markings the distinct markings of the stored payments (to tell which readers see the same payments)
     * @param configs  the configuration scans use, read at each scan (a supervisor may save a new version any time)
     */
    public MoneyFlows(PaymentLedger ledger, Supplier<? extends Collection<Marking>> markings, TypologyAlerts alerts, AuditLog audit,
                      java.util.function.Supplier<TypologyConfig> configs) {
        this.alerts = alerts;
        this.audit = audit;
        this.configs = configs;
        this.snapshots = new GraphSnapshots(ledger, markings, VIEWS);
    }

    public TypologyConfig config() {
        return configs.get();
    }

    private TypologyScan typologyScan() {
        TypologyConfig now = configs.get();
        TypologyScan s = scan;
        if (s == null || !s.config().equals(now)) {
            s = new TypologyScan(now);
            scan = s;
        }
        return s;
    }

    /** The reader's payment graph, rebuilt when the ledger changed. */
    PaymentGraph graph(Principal reader) {
        return snapshot(reader).graph();
    }

    private GraphSnapshots.Snapshot snapshot(Principal reader) {
        return snapshots.of(reader);
    }

    /** Follows the money; analysts and supervisors; audited with the account traced. */
    public Trace trace(Principal reader, TraceRequest request) {
        if (!reader.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new ForbiddenException("following the money is for analysts and supervisors");
        }
        Trace t = snapshot(reader).tracer().trace(request);
        audit.record(new AuditEvent(reader.username(), "finance.trace", "bank_account", request.account(), "",
                t.request().direction().label() + " " + t.request().hops() + " hops, " + t.request().rule().label() + ", "
                        + t.currency() + ": " + t.accounts().size() + " accounts, " + t.payments().size() + " payments"));
        return t;
    }

    /** Scans the payments the supervisor may see and raises alerts under the marking. */
    public ScanRecord scan(Principal supervisor, Marking marking) {
        if (!supervisor.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("running a typology scan that raises alerts needs the SUPERVISOR role");
        }
        PaymentGraph g = snapshot(supervisor).graph();
        TypologyScan typologies = typologyScan();
        return alerts.raise(supervisor, typologies.config(), typologies.scan(g), marking);
    }
}
