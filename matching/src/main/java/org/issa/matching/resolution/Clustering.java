package org.issa.matching.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clusters records from their scored pairs: connected components over the links (pairs with a
 * probability at or above the threshold), built link by link from the most probable down, with a
 * guard against chaining.
 *
 * <p>Why a guard: in plain connected components one wrong link is enough to fuse two entities, and
 * the error grows with both clusters (two clusters of five fused by one link make 25 wrong pairs).
 * Wrong links are rare but not rare enough: a shared common first name with a close birth date and
 * everything else missing can pass any threshold on its own.
 *
 * <p>The guard: when a link would join two groups that both already hold at least two records,
 * the join must be confirmed by the groups as a whole: every record of one is scored against every
 * record of the other with the model (not only the candidate pairs), and the mean match
 * probability must reach the cohesion level. Records of one entity are mostly alike across the
 * board, so the mean is high even if a few of them are noisy; two entities joined by a lucky link
 * are alike in that link only. A single record joins on its best link alone, for it is often the
 * noisy duplicate that matches only one other; its error is bounded by the size of the group it
 * joins. Links are processed in decreasing probability (ties by record index), so the result is
 * deterministic.
 */
final class Clustering {

    /** Scores any pair of records of the run. */
    @FunctionalInterface
    interface PairScorer {
        double probability(int i, int j);
    }

    private Clustering() {
    }

    /**
     * @param cohesion mean cross-group probability two multi-record groups need to merge; 0 turns
     *                 the guard off (plain connected components)
     */
    static int[] cluster(int n, List<ScoredPair> pairs, double threshold, double cohesion, PairScorer scorer,
                         boolean crossOnly, int leftSize) {
        List<ScoredPair> links = new ArrayList<>();
        for (ScoredPair p : pairs) {
            if (p.probability() >= threshold) {
                links.add(p);
            }
        }
        links.sort(Comparator.comparingDouble(ScoredPair::probability).reversed()
                .thenComparingInt(ScoredPair::left).thenComparingInt(ScoredPair::right));
        int[] parent = new int[n];
        Map<Long, Long> refused = new HashMap<>();
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        for (ScoredPair link : links) {
            int ra = find(parent, link.left());
            int rb = find(parent, link.right());
            if (ra == rb) {
                continue;
            }
            List<Integer> a = members.get(ra);
            List<Integer> b = members.get(rb);
            if (cohesion > 0 && a.size() >= 2 && b.size() >= 2) {
                // two groups, as long as neither grows, are judged once however many links join them
                long key = Blocking.pair(ra, rb);
                long sizes = ((long) a.size() << 32) | b.size();
                if (Long.valueOf(sizes).equals(refused.get(key))) {
                    continue;
                }
                if (meanProbability(a, b, scorer, crossOnly, leftSize) < cohesion) {
                    refused.put(key, sizes);
                    continue;
                }
            }
            int root = Math.min(ra, rb);
            int other = Math.max(ra, rb);
            parent[other] = root;
            members.get(root).addAll(members.get(other));
            members.set(other, List.of());
        }
        return label(parent);
    }

    private static double meanProbability(List<Integer> a, List<Integer> b, PairScorer scorer, boolean crossOnly,
                                          int leftSize) {
        double sum = 0;
        int count = 0;
        for (int i : a) {
            for (int j : b) {
                if (crossOnly && (i < leftSize) == (j < leftSize)) {
                    continue;
                }
                sum += scorer.probability(i, j);
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Cluster ids 0, 1, 2… in order of each cluster's first record. */
    static int[] label(int[] parent) {
        int n = parent.length;
        int[] id = new int[n];
        int[] byRoot = new int[n];
        Arrays.fill(byRoot, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (byRoot[r] < 0) {
                byRoot[r] = next++;
            }
            id[i] = byRoot[r];
        }
        return id;
    }
}
