package org.issa.finance.typology;

import java.util.List;

/**
 * An account the scan flags: its score under the configuration and the findings behind it.
 *
 * @param account    the account
 * @param name       the holder's name as a payment gave it, or empty
 * @param score      the weighted sum of its findings' strengths
 * @param typologies the typologies found, strongest contribution first
 * @param findings   the findings, with their evidence
 */
public record AccountAlert(String account, String name, double score, List<String> typologies, List<Finding> findings) {

    public AccountAlert {
        typologies = List.copyOf(typologies);
        findings = List.copyOf(findings);
    }
}
