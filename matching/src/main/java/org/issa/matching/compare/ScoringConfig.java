package org.issa.matching.compare;

/**
 * The knobs of the screening scorer. The defaults were chosen on the nomenklatura name bench as a
 * whole (no per-row rules) and on the reasoning in the module documentation; every knob is named
 * in the explanations it affects.
 *
 * @param extraQuery      weight of query name parts left unmatched (they count against the match)
 * @param extraCandidate  weight of candidate parts left unmatched (a list entry's extra names count
 *                        less: the query may know only part of the name)
 * @param contradiction   extra weight when both sides keep parts the other does not have
 *                        (one name part is plainly different)
 * @param pairFloor       similarity below which two parts are not paired at all
 * @param typoTolerance   edits allowed per character of the longer part before similarity drops
 * @param weakAliasCap    highest score a single-word weak alias can reach
 * @param weakAliasFactor factor applied to scores obtained on weak aliases
 */
public record ScoringConfig(double extraQuery, double extraCandidate, double contradiction, double pairFloor,
                            double typoTolerance, double weakAliasCap, double weakAliasFactor) {

    public static ScoringConfig defaults() {
        return new ScoringConfig(0.8, 0.2, 1.2, 0.5, 0.24, 0.6, 0.9);
    }
}
