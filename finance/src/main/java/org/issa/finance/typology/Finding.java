package org.issa.finance.typology;

import java.util.List;

/**
 * One typology found for one account.
 *
 * @param typology the typology's key ({@code cycle}, {@code fan_in}, {@code fan_in_member}, {@code fan_out},
 *                 {@code fan_out_member}, {@code structuring}, {@code pass_through}, {@code dormant}, or
 *                 {@code rule:<id>} for a configured CEL rule)
 * @param strength how strongly it holds, 0 to 1 (1 for a rule that matched)
 * @param summary  what was found, in words
 * @param evidence the payments it rests on (at most {@value #MAX_EVIDENCE})
 */
public record Finding(String typology, double strength, String summary, List<Evidence> evidence) {

    public static final int MAX_EVIDENCE = 25;

    public Finding {
        evidence = List.copyOf(evidence.size() > MAX_EVIDENCE ? evidence.subList(0, MAX_EVIDENCE) : evidence);
    }
}
