package org.issa.finance.recovery;

import java.util.List;

/**
 * One reason a sale was flagged: the buyer (or their company) resembles a member of the original case's network.
 * Kept with entity ids, so that what each reader is shown can be redacted to what they may see.
 */
public record Finding(double score, String how, String buyerSide, String caseId, String entityId, String name, String caseRole,
                      List<CaseNetwork.Step> path) {

    public Finding {
        path = List.copyOf(path);
    }
}
