package org.issa.cyber.report.rsit;

import java.util.List;

/**
 * What the rules suggest for a report: the class and type of the first rule that fired, why it
 * fired, and every other rule that fired too (shown to the analyst as alternatives).
 */
public record RsitSuggestion(String rsitClass, String rsitType, String reason, List<Fired> fired) {

    /** A rule that fired, and why. */
    public record Fired(String ruleId, String ruleName, String rsitClass, String rsitType, String reason) {
    }

    public RsitSuggestion {
        fired = List.copyOf(fired);
    }

    /** No rule fired: RSIT's own class for that, other/undetermined. */
    public static RsitSuggestion undetermined() {
        return new RsitSuggestion("other", "undetermined", "no rule fired", List.of());
    }
}
