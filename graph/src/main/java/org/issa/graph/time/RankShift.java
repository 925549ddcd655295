package org.issa.graph.time;

import java.util.Locale;

/**
 * How one member's centrality changed between two periods.
 *
 * @param id          the member
 * @param rankBefore  its rank in the earlier period (1 = most central), 0 when absent then
 * @param rankAfter   its rank in the later period, 0 when absent then
 * @param valueBefore its score before (0 when absent)
 * @param valueAfter  its score after (0 when absent)
 * @param measure     the centrality compared, e.g. {@code betweenness}
 */
public record RankShift(String id, int rankBefore, int rankAfter, double valueBefore, double valueAfter, String measure) {

    /** Positions gained (positive = more central later); 0 when absent in one of the periods. */
    public int gain() {
        return rankBefore == 0 || rankAfter == 0 ? 0 : rankBefore - rankAfter;
    }

    /** The change in words. */
    public String explain() {
        if (rankBefore == 0) {
            return String.format(Locale.ROOT, "%s appears in the later period, ranked %d on %s (%.3f).", id, rankAfter, measure, valueAfter);
        }
        if (rankAfter == 0) {
            return String.format(Locale.ROOT, "%s, ranked %d on %s before, is absent from the later period.", id, rankBefore, measure);
        }
        String move = gain() > 0 ? "rises from rank " + rankBefore + " to " + rankAfter
                : gain() < 0 ? "falls from rank " + rankBefore + " to " + rankAfter : "stays at rank " + rankAfter;
        return String.format(Locale.ROOT, "%s %s on %s (%.3f → %.3f).", id, move, measure, valueBefore, valueAfter);
    }
}
