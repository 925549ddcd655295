package org.issa.app.finance.flow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.issa.app.web.MarkingView;
import org.issa.finance.alert.ScanRecord;
import org.issa.finance.alert.StoredAlert;
import org.issa.finance.flow.Trace;
import org.issa.finance.typology.Finding;

/** What the API and pages show of traces and alerts. */
public final class FlowViews {

    private FlowViews() {
    }

    public record TraceView(String account, String direction, int hops, String rule, String currency, BigDecimal traced,
                            List<Trace.Account> accounts, List<Trace.Transfer> payments) {
        static TraceView of(Trace t) {
            return new TraceView(t.request().account(), t.request().direction().label(), t.request().hops(), t.request().rule().label(),
                    t.currency(), t.traced(), t.accounts(), t.payments());
        }
    }

    public record AlertView(long id, long scan, String account, String name, double score, List<String> typologies, List<Finding> evidence,
                            String configVersion, String status, Instant raisedAt, String decidedBy, Instant decidedAt, String reason,
                            String caseReference, MarkingView marking) {
        static AlertView of(StoredAlert a) {
            return new AlertView(a.id(), a.scanId(), a.account(), a.accountName(), a.score(), a.typologies(), a.findings(), a.configVersion(),
                    a.status().toLowerCase(java.util.Locale.ROOT), a.raisedAt(), a.decidedBy().orElse(null), a.decidedAt().orElse(null),
                    a.reason().orElse(null), a.caseReference().orElse(null), MarkingView.of(a.marking()));
        }
    }

    public record ScanView(long id, String configVersion, String runBy, Instant runAt, long payments, long accounts, int flagged, int raised,
                           int refreshed, long millis) {
        static ScanView of(ScanRecord s) {
            return new ScanView(s.id(), s.configVersion(), s.runBy(), s.runAt(), s.payments(), s.accounts(), s.flagged(), s.raised(),
                    s.refreshed(), s.millis());
        }
    }
}
