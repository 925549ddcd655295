package org.issa.finance.recovery;

import java.time.Instant;
import java.util.List;

/** The result of a reacquisition check: clear, or flagged with its findings; how many network members were compared. */
public record SaleCheck(Result result, List<Finding> findings, int networkSize, Instant checkedAt) {

    public enum Result { CLEAR, FLAGGED }

    public SaleCheck {
        findings = List.copyOf(findings);
    }

    public boolean flagged() {
        return result == Result.FLAGGED;
    }
}
