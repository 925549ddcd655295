package org.issa.matching.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringTest {

    /** Records 0-2 are one entity, 3-5 another; only the lucky pair 2-3 links them. */
    private static final Clustering.PairScorer TWO_ENTITIES = (i, j) -> (i < 3) == (j < 3) ? 0.99 : 0.01;

    private static final List<ScoredPair> CHAIN = List.of(
            new ScoredPair(0, 1, 10, 0.999), new ScoredPair(1, 2, 9, 0.998),
            new ScoredPair(3, 4, 10, 0.999), new ScoredPair(4, 5, 9, 0.998),
            new ScoredPair(2, 3, 3, 0.9), new ScoredPair(0, 5, -3, 0.1));

    @Test
    void connectedComponentsWithoutTheGuardChainTwoEntities() {
        int[] c = Clustering.cluster(6, CHAIN, 0.5, 0, TWO_ENTITIES, false, 6);
        assertThat(c).containsExactly(0, 0, 0, 0, 0, 0);
    }

    @Test
    void theGuardRefusesAJoinTheGroupsDoNotConfirm() {
        int[] c = Clustering.cluster(6, CHAIN, 0.5, 0.5, TWO_ENTITIES, false, 6);
        assertThat(c).containsExactly(0, 0, 0, 1, 1, 1);
    }

    @Test
    void theGuardLetsCohesiveGroupsJoin() {
        Clustering.PairScorer oneEntity = (i, j) -> 0.8;
        int[] c = Clustering.cluster(6, CHAIN, 0.5, 0.5, oneEntity, false, 6);
        assertThat(c).containsExactly(0, 0, 0, 0, 0, 0);
    }

    @Test
    void aSingleRecordJoinsOnItsBestLinkAlone() {
        List<ScoredPair> pairs = List.of(new ScoredPair(0, 1, 10, 0.999), new ScoredPair(1, 2, 1, 0.7));
        Clustering.PairScorer noisy = (i, j) -> i == 2 || j == 2 ? 0.05 : 0.99;
        assertThat(Clustering.cluster(3, pairs, 0.5, 0.5, noisy, false, 3)).containsExactly(0, 0, 0);
    }

    @Test
    void twoGroupsAreJudgedOnceHoweverManyLinksJoinThem() {
        List<ScoredPair> pairs = new java.util.ArrayList<>(CHAIN);
        pairs.add(new ScoredPair(1, 4, 2, 0.8));
        pairs.add(new ScoredPair(0, 3, 2, 0.7));
        int[] calls = {0};
        Clustering.PairScorer counting = (i, j) -> {
            calls[0]++;
            return TWO_ENTITIES.probability(i, j);
        };
        assertThat(Clustering.cluster(6, pairs, 0.5, 0.5, counting, false, 6)).containsExactly(0, 0, 0, 1, 1, 1);
        assertThat(calls[0]).isEqualTo(9);
    }

    @Test
    void inLinkModeOnlyPairsAcrossTheDatasetsAreJudged() {
        // left: 0, 1; right: 2, 3. Within a side the scorer would say "different": it must not be asked.
        List<ScoredPair> pairs = List.of(new ScoredPair(0, 2, 9, 0.99), new ScoredPair(1, 3, 9, 0.99),
                new ScoredPair(0, 3, 5, 0.9));
        Clustering.PairScorer scorer = (i, j) -> (i < 2) == (j < 2) ? 0.0 : 0.9;
        assertThat(Clustering.cluster(4, pairs, 0.5, 0.5, scorer, true, 2)).containsExactly(0, 0, 0, 0);
    }

    @Test
    void pairsBelowTheThresholdDoNotLink() {
        List<ScoredPair> pairs = List.of(new ScoredPair(0, 1, 1, 0.6), new ScoredPair(2, 3, 5, 0.97));
        assertThat(Clustering.cluster(4, pairs, 0.9, 0.5, (i, j) -> 1, false, 4)).containsExactly(0, 1, 2, 2);
    }

    @Test
    void clusterIdsFollowTheFirstRecordOfEachCluster() {
        List<ScoredPair> pairs = List.of(new ScoredPair(1, 3, 5, 0.97));
        assertThat(Clustering.cluster(4, pairs, 0.5, 0.5, (i, j) -> 1, false, 4)).containsExactly(0, 1, 2, 1);
    }
}
