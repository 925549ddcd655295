package org.issa.app.finance.flow;

import java.util.LinkedHashMap;
import java.util.Map;
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
import org.issa.finance.flow.Tracer;
import org.issa.finance.payment.PaymentLedger;
import org.issa.finance.typology.TypologyConfig;
import org.issa.finance.typology.TypologyScan;

/**
 * Traces and scans over the stored payments. The payment graph a reader may see is built from the
 * {@link PaymentLedger} (markings applied in its query) and kept until the ledger's {@code version()}
 * changes; it is kept per reader, because two readers may see different payments. Traces are audited
 * (they read personal data); a scan raises alerts (a supervisor's act).
 */
public final class MoneyFlows {

    private static final int SNAPSHOTS = 8;

    private final PaymentLedger ledger;
    private final TypologyAlerts alerts;
    private final AuditLog audit;
    private final java.util.function.Supplier<TypologyConfig> configs;
    private volatile TypologyScan scan;
    private final Map<String, Snapshot> snapshots = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Snapshot> eldest) {
            return size() > SNAPSHOTS;
        }
    };

    private record Snapshot(long version, PaymentGraph graph, Tracer tracer) {
    }

    /** @param configs the configuration scans use, read at each scan (a supervisor may save a new version any time) */
    public MoneyFlows(PaymentLedger ledger, TypologyAlerts alerts, AuditLog audit, java.util.function.Supplier<TypologyConfig> configs) {
        this.ledger = ledger;
        this.alerts = alerts;
        this.audit = audit;
        this.configs = configs;
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

    private Snapshot snapshot(Principal reader) {
        long version = ledger.version();
        String key = reader.username() + "|" + reader.agency() + "|" + reader.memberState() + "|" + reader.clearance();
        synchronized (snapshots) {
            Snapshot s = snapshots.get(key);
            if (s != null && s.version() == version) {
                return s;
            }
        }
        PaymentGraph.Builder b = PaymentGraph.builder();
        ledger.forEachVisible(reader, b);
        PaymentGraph g = b.build();
        Snapshot s = new Snapshot(version, g, new Tracer(g));
        synchronized (snapshots) {
            snapshots.put(key, s);
        }
        return s;
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
