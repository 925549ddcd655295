package org.issa.matching.compare;

/** A score in [0, 1] with its explanation. */
public record Comparison(double score, Explanation explanation) {
}
