package org.issa.matching.resolution;

/**
 * A candidate pair and its score.
 *
 * @param left        index of the first record in the run's record list
 * @param right       index of the second record ({@code left < right}; in link mode the right dataset's
 *                    records come after the left's)
 * @param weight      the match weight in bits
 * @param probability the match probability
 */
public record ScoredPair(int left, int right, double weight, double probability) {
}
