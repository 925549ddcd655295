package org.issa.matching.compare;

/**
 * One line of a score's explanation, for the reviewer who decides the hit.
 *
 * @param name         the feature, e.g. {@code name}, {@code date of birth}, {@code passport}
 * @param evidence     what was compared and found, in words ("'Mohammed' ≈ 'Muhammad' (same given name)")
 * @param score        the feature's own similarity in [0, 1] (or the size of a penalty)
 * @param contribution what it added to (positive) or took from (negative) the final score
 */
public record Feature(String name, String evidence, double score, double contribution) {
}
