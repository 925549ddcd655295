package org.issa.finance.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.issa.core.marking.Marking;
import org.issa.finance.typology.Finding;

/**
 * A typology alert as stored.
 *
 * @param status OPEN, DISMISSED or ESCALATED
 */
public record StoredAlert(long id, long scanId, String account, String accountName, double score, List<String> typologies,
                          List<Finding> findings, String configVersion, String status, Instant raisedAt, Optional<String> decidedBy,
                          Optional<Instant> decidedAt, Optional<String> reason, Optional<String> caseReference, Marking marking) {

    public static final String OPEN = "OPEN";
    public static final String DISMISSED = "DISMISSED";
    public static final String ESCALATED = "ESCALATED";
}
