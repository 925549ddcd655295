package org.issa.rules;

/**
 * Bounds on what a rule may be, so that every evaluation is cheap and finishes: the length of its
 * source, the nesting depth of its syntax tree, the number of nodes, and the iterations a
 * comprehension ({@code exists}, {@code all}…) may make in one evaluation.
 */
public record Limits(int maxLength, int maxDepth, int maxNodes, int maxIterations) {

    public static final Limits DEFAULT = new Limits(2000, 24, 200, 1000);

    public Limits {
        if (maxLength < 1 || maxDepth < 1 || maxNodes < 1 || maxIterations < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
