package org.issa.matching.resolution;

import java.util.Locale;

/**
 * What one field of a pair said: the values compared, the level they fell in, and how much that
 * level moved the match weight.
 *
 * @param field                  the field
 * @param left                   the first record's normalised value (null when missing)
 * @param right                  the second record's value it was compared with
 * @param level                  the level's description, or "missing" (neutral)
 * @param m                      P(level | same entity)
 * @param u                      P(level | different entities), term-frequency adjusted if so flagged
 * @param bayesFactor            m / u: how many times likelier this observation is for a match
 * @param contribution           log2 of the Bayes factor, added to the match weight
 * @param termFrequencyAdjusted  whether u is the frequency of this very value rather than the average
 */
public record FieldEvidence(Field field, String left, String right, String level, double m, double u,
                            double bayesFactor, double contribution, boolean termFrequencyAdjusted) {

    /** A missing value on either side: neutral. */
    static FieldEvidence missing(Field field, String left, String right) {
        return new FieldEvidence(field, left, right, "missing", 1, 1, 1, 0, false);
    }

    public boolean isMissing() {
        return "missing".equals(level);
    }

    /** One line a reviewer can read. */
    public String sentence() {
        if (isMissing()) {
            return String.format(Locale.ROOT, "%s: %s vs %s: a value is missing, no evidence either way (+0.0)",
                    field.key(), quote(left), quote(right));
        }
        String likelihood = bayesFactor >= 1
                ? String.format(Locale.ROOT, "%s times likelier for the same entity", number(bayesFactor))
                : String.format(Locale.ROOT, "%s times likelier for different entities", number(1 / bayesFactor));
        return String.format(Locale.ROOT,
                "%s: %s vs %s are %s; true matches look like this %s of the time, unrelated records %s%s, "
                        + "so %s (%+.1f)",
                field.key(), quote(left), quote(right), level, percent(m), percent(u),
                termFrequencyAdjusted ? " (how common this very value is)" : "", likelihood, contribution);
    }

    private static String quote(String s) {
        return s == null ? "(none)" : "'" + s + "'";
    }

    private static String percent(double p) {
        return p >= 0.01 ? String.format(Locale.ROOT, "%.1f%%", p * 100) : String.format(Locale.ROOT, "%.3g%%", p * 100);
    }

    private static String number(double x) {
        return x >= 10 ? String.format(Locale.ROOT, "%,.0f", x) : String.format(Locale.ROOT, "%.1f", x);
    }
}
