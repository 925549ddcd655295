package org.issa.matching.resolution;

import java.util.List;
import java.util.Locale;

/**
 * Why two records got their match probability: the prior (how often two records picked at random
 * are the same entity), then each field's evidence; the match weight is their sum in bits and
 * the probability is {@code 1 / (1 + 2^-weight)}.
 *
 * @param leftId       the first record
 * @param rightId      the second record
 * @param priorWeight  log2(λ / (1 − λ))
 * @param fields       per field, in the model's order
 * @param namesSwapped whether given and family names were compared crosswise
 * @param weight       the match weight
 * @param probability  the match probability
 */
public record PairExplanation(String leftId, String rightId, double priorWeight, List<FieldEvidence> fields,
                              boolean namesSwapped, double weight, double probability) {

    public PairExplanation {
        fields = List.copyOf(fields);
    }

    /** The explanation as text, one line per field. */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "records %s and %s: match probability %.4f (weight %+.1f)%n",
                leftId, rightId, probability, weight));
        b.append(String.format(Locale.ROOT,
                "  start: two records picked at random are the same entity with odds 1 : %,.0f (%+.1f)%n",
                Math.pow(2, -priorWeight), priorWeight));
        if (namesSwapped) {
            b.append("  given and family names were compared crosswise (they look swapped)\n");
        }
        for (FieldEvidence f : fields) {
            b.append("  ").append(f.sentence()).append('\n');
        }
        return b.toString();
    }
}
