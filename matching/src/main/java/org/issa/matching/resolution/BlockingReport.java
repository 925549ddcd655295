package org.issa.matching.resolution;

import java.util.List;
import java.util.Locale;

/**
 * What blocking produced: the candidate pairs (the union over all rules), the pairs the run could
 * have compared, and the blocks that were too big to expand.
 *
 * @param candidatePairs distinct pairs compared
 * @param totalPairs     pairs a full comparison would have made
 * @param rules          per rule, the distinct pairs it proposed (rules overlap, so these add up to more
 *                       than the candidates)
 * @param skippedBlocks  the blocks larger than the cap, which were not expanded
 */
public record BlockingReport(long candidatePairs, long totalPairs, List<RuleCount> rules,
                             List<SkippedBlock> skippedBlocks) {

    public BlockingReport {
        rules = List.copyOf(rules);
        skippedBlocks = List.copyOf(skippedBlocks);
    }

    /** Distinct pairs proposed by one rule. */
    public record RuleCount(String rule, long pairs) {
    }

    /** A block too big to expand: its rule, key and number of records. */
    public record SkippedBlock(String rule, String key, int size) {
    }

    /** 1 − candidates / all pairs: the share of comparisons blocking saved. */
    public double reductionRatio() {
        return totalPairs == 0 ? 0 : 1.0 - (double) candidatePairs / totalPairs;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%,d candidate pairs of %,d (reduction ratio %.5f)", candidatePairs, totalPairs, reductionRatio()));
        for (RuleCount r : rules) {
            b.append(String.format(Locale.ROOT, "%n  %-45s %,d pairs", r.rule(), r.pairs()));
        }
        for (SkippedBlock s : skippedBlocks) {
            b.append(String.format(Locale.ROOT, "%n  skipped block '%s' of %s: %,d records", s.key(), s.rule(), s.size()));
        }
        return b.toString();
    }
}
