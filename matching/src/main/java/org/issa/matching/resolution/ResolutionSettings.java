package org.issa.matching.resolution;

import java.util.List;

/**
 * The knobs of a run, all with defaults ({@link #defaults()}) that need no labels.
 *
 * @param threshold        match probability at or above which a pair links two records
 * @param maxBlockSize     blocks with more records are not expanded (and are reported)
 * @param uSamplePairs     random pairs drawn to estimate u (all pairs when there are fewer)
 * @param seed             seed of that draw
 * @param maxIterations    EM iteration limit
 * @param tolerance        EM stops when no parameter moves by more than this
 * @param termFrequency    whether exact agreement on names and cities is weighed by how common the value is
 * @param blockingRules    the blocking rules, or null for {@link BlockingRule#defaults}
 * @param cohesion         mean match probability across two multi-record groups needed to merge them
 *                         (the guard against chaining); 0 for plain connected components
 */
public record ResolutionSettings(double threshold, int maxBlockSize, long uSamplePairs, long seed,
                                 int maxIterations, double tolerance, boolean termFrequency,
                                 List<BlockingRule> blockingRules, double cohesion) {

    public ResolutionSettings {
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("threshold must lie in (0, 1): " + threshold);
        }
        if (maxBlockSize < 2 || uSamplePairs < 1 || maxIterations < 1 || tolerance <= 0) {
            throw new IllegalArgumentException("block size, sample size, iterations and tolerance must be positive");
        }
        if (cohesion < 0 || cohesion >= 1) {
            throw new IllegalArgumentException("cohesion must lie in [0, 1): " + cohesion);
        }
        blockingRules = blockingRules == null ? null : List.copyOf(blockingRules);
    }

    /**
     * Threshold 0.5 (link when a match is more likely than not), blocks of at most 500 records,
     * 1,000,000 random pairs for u (Splink's default) with seed 42, EM for at most 25 iterations
     * to 1e-4, term-frequency adjustment on, the default blocking rules, cohesion 0.5 (two groups
     * join when their records are on average more likely the same entity than not). None of these
     * was tuned on labelled data; on the shared benchmark files the results hold for thresholds
     * 0.5–0.9 and cohesion 0.3–0.7.
     */
    public static ResolutionSettings defaults() {
        return new ResolutionSettings(0.5, 500, 1_000_000, 42, 25, 1e-4, true, null, 0.5);
    }

    public ResolutionSettings withThreshold(double t) {
        return new ResolutionSettings(t, maxBlockSize, uSamplePairs, seed, maxIterations, tolerance, termFrequency,
                blockingRules, cohesion);
    }

    public ResolutionSettings withMaxBlockSize(int size) {
        return new ResolutionSettings(threshold, size, uSamplePairs, seed, maxIterations, tolerance, termFrequency,
                blockingRules, cohesion);
    }

    public ResolutionSettings withTermFrequency(boolean on) {
        return new ResolutionSettings(threshold, maxBlockSize, uSamplePairs, seed, maxIterations, tolerance, on,
                blockingRules, cohesion);
    }

    public ResolutionSettings withBlockingRules(List<BlockingRule> rules) {
        return new ResolutionSettings(threshold, maxBlockSize, uSamplePairs, seed, maxIterations, tolerance,
                termFrequency, rules, cohesion);
    }

    public ResolutionSettings withCohesion(double c) {
        return new ResolutionSettings(threshold, maxBlockSize, uSamplePairs, seed, maxIterations, tolerance,
                termFrequency, blockingRules, c);
    }

    public ResolutionSettings withSampling(long pairs, long newSeed) {
        return new ResolutionSettings(threshold, maxBlockSize, pairs, newSeed, maxIterations, tolerance,
                termFrequency, blockingRules, cohesion);
    }
}
