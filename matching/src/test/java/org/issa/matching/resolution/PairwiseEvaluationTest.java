package org.issa.matching.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairwiseEvaluationTest {

    @Test
    void countsEveryPairInsideTheClusters() {
        // truth: {a,b,c} {d,e}   → 3 + 1 = 4 true pairs
        // predicted: {a,b} {c,d,e} → 1 + 3 = 4 predicted pairs; true among them: ab, de → 2
        Map<String, String> truth = Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2");
        Map<String, Integer> predicted = Map.of("a", 7, "b", 7, "c", 8, "d", 8, "e", 8);
        PairwiseEvaluation e = PairwiseEvaluation.of(predicted, truth);
        assertThat(e.truePositives()).isEqualTo(2);
        assertThat(e.predictedPairs()).isEqualTo(4);
        assertThat(e.truePairs()).isEqualTo(4);
        assertThat(e.precision()).isEqualTo(0.5);
        assertThat(e.recall()).isEqualTo(0.5);
        assertThat(e.f1()).isEqualTo(0.5);
        assertThat(e.predictedClusters()).isEqualTo(2);
        assertThat(e.trueClusters()).isEqualTo(2);
    }

    @Test
    void aBigClusterCountsAllItsPairs() {
        int[] truth = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        int[] allApart = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        int[] allTogether = new int[11];
        PairwiseEvaluation apart = PairwiseEvaluation.of(allApart, truth);
        assertThat(apart.truePairs()).isEqualTo(45);
        assertThat(apart.precision()).as("nothing predicted").isEqualTo(1.0);
        assertThat(apart.recall()).isZero();
        assertThat(apart.f1()).isZero();
        PairwiseEvaluation together = PairwiseEvaluation.of(allTogether, truth);
        assertThat(together.predictedPairs()).isEqualTo(55);
        assertThat(together.precision()).isCloseTo(45.0 / 55, within(1e-12));
        assertThat(together.recall()).isEqualTo(1.0);
        assertThat(together.f1()).isCloseTo(2 * (45.0 / 55) / (45.0 / 55 + 1), within(1e-12));
    }

    @Test
    void perfectClusteringScoresOne() {
        PairwiseEvaluation e = PairwiseEvaluation.of(new int[] {5, 5, 9}, new int[] {1, 1, 2});
        assertThat(e.f1()).isEqualTo(1.0);
    }

    @Test
    void refusesClusteringsOfDifferentRecords() {
        assertThatThrownBy(() -> PairwiseEvaluation.of(Map.of("a", 1), Map.of("b", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsFebrlRecordIdsAndPlainClusterColumns() throws IOException {
        CsvTable febrl = CsvTable.read(new StringReader("""
                rec_id, given_name
                rec-12-org, a
                rec-12-dup-3, b
                rec-7-org, c
                """));
        assertThat(PairwiseEvaluation.trueClusters(febrl, "rec_id")).containsExactly(
                Map.entry("0", "12"), Map.entry("1", "12"), Map.entry("2", "7"));
        CsvTable splink = CsvTable.read(new StringReader("unique_id,first_name,cluster\n0,a,3\n1,b,4\n"));
        assertThat(PairwiseEvaluation.trueClusters(splink, "cluster")).containsEntry("1", "4");
    }
}
