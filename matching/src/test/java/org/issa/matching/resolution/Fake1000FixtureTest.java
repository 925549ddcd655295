package org.issa.matching.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first 200 rows of Splink's fake_1000 (see the README beside the fixture): 35 people with
 * typos, missing values, perturbed dates and swapped names. Exact e-mail agreement alone reaches a
 * pairwise F1 of about 0.71 here, plain connected components about 0.93.
 */
class Fake1000FixtureTest {

    private static CsvTable csv;
    private static Map<String, String> truth;

    @BeforeAll
    static void read() throws IOException {
        try (Reader r = new InputStreamReader(
                Fake1000FixtureTest.class.getResourceAsStream("/resolution/fake_1000_first_200.csv"),
                StandardCharsets.UTF_8)) {
            csv = CsvTable.read(r);
        }
        truth = PairwiseEvaluation.trueClusters(csv, "cluster");
    }

    @Test
    void findsThePeopleWithoutLabels() {
        Deduplicator d = Deduplicator.fromCsvHeader(csv.header());
        Resolution r = d.resolve(d.layout().toRecords(csv.rows()));

        PairwiseEvaluation e = PairwiseEvaluation.of(r.clustersById(), truth);
        assertThat(e.truePairs()).isEqualTo(591);
        assertThat(e.f1()).as(e.toString()).isGreaterThanOrEqualTo(0.97);
        assertThat(e.precision()).as(e.toString()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void theChainingGuardIsWhatKeepsPrecisionUp() {
        Deduplicator d = Deduplicator.fromCsvHeader(csv.header());
        Resolution plain = d.withSettings(ResolutionSettings.defaults().withCohesion(0))
                .resolve(d.layout().toRecords(csv.rows()));
        Resolution guarded = d.resolve(d.layout().toRecords(csv.rows()));
        double p0 = PairwiseEvaluation.of(plain.clustersById(), truth).precision();
        double p1 = PairwiseEvaluation.of(guarded.clustersById(), truth).precision();
        assertThat(p1).isGreaterThan(p0);
    }

    @Test
    void emLearnsWhatTheLabelsWouldHaveTaught() {
        Deduplicator d = Deduplicator.fromCsvHeader(csv.header());
        Resolution r = d.resolve(d.layout().toRecords(csv.rows()));
        Calibration c = Calibration.of(r, truth);
        assertThat(c.maxDifference()).as(c.toString()).isLessThan(0.03);
    }

    @Test
    void groundTruthColumnsAreNotFeatures() {
        Deduplicator d = Deduplicator.fromCsvHeader(csv.header());
        assertThat(d.layout().ignoredColumns()).containsExactly("unique_id", "cluster");
        assertThat(d.fields()).containsExactly(Field.GIVEN_NAME, Field.FAMILY_NAME, Field.DATE_OF_BIRTH,
                Field.CITY, Field.EMAIL);
    }
}
