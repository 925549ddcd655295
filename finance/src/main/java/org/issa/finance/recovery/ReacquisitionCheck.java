package org.issa.finance.recovery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Screens a buyer against the persons of the asset's original case and their network, within {@link #HOPS} links
 * (ownership, family, associates, directorships…), before a sale is approved. A member whose comparison reaches
 * {@link #THRESHOLD} is a finding; any finding flags the sale.
 */
public final class ReacquisitionCheck {

    public static final int HOPS = 2;
    public static final double THRESHOLD = 0.80;

    private final CaseNetwork network;
    private final PersonComparison comparison;
    private final Clock clock;

    public ReacquisitionCheck(CaseNetwork network, PersonComparison comparison, Clock clock) {
        this.network = network;
        this.comparison = comparison;
        this.clock = clock;
    }

    /** Checks a buyer for an asset linked to {@code caseId} (an asset linked to no case has no network: clear, with no member compared). */
    public SaleCheck check(Optional<String> caseId, Buyer buyer) {
        if (caseId.isEmpty()) {
            return new SaleCheck(SaleCheck.Result.CLEAR, List.of(), 0, clock.instant());
        }
        List<CaseNetwork.Member> members = network.around(caseId.get(), HOPS);
        List<Finding> findings = new ArrayList<>();
        for (CaseNetwork.Member m : members) {
            comparison.compare(buyer, m).filter(r -> r.score() >= THRESHOLD).ifPresent(r -> findings.add(new Finding(r.score(), r.how(),
                    r.buyerSide(), caseId.get(), m.entityId(), m.name(), m.caseRole(), m.path())));
        }
        findings.sort(Comparator.comparingDouble(Finding::score).reversed().thenComparingInt(f -> f.path().size()));
        return new SaleCheck(findings.isEmpty() ? SaleCheck.Result.CLEAR : SaleCheck.Result.FLAGGED, findings, members.size(),
                clock.instant());
    }
}
