package org.issa.matching.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Optional evaluation on the full FEBRL3 and Splink fake_1000 files of the shared screening data,
 * skipped where they are absent. Parameters are learnt without labels; the ground-truth columns
 * are read only to score the result. Prints the figures (surefire keeps them in the test output).
 */
class SharedDataEvaluationTest {

    private static final Path DATA = Path.of("/work/shared/data/screening");

    @Test
    void febrl3WithSocialSecurityNumber() {
        PairwiseEvaluation e = run("febrl3.csv", "rec_id", false);
        assertThat(e.truePairs()).isEqualTo(6_538);
        assertThat(e.f1()).as(e.toString()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void febrl3WithoutSocialSecurityNumber() {
        PairwiseEvaluation e = run("febrl3.csv", "rec_id", true);
        assertThat(e.f1()).as(e.toString()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void splinkFake1000() {
        PairwiseEvaluation e = run("splink_fake_1000.csv", "cluster", false);
        assertThat(e.truePairs()).isEqualTo(2_975);
        assertThat(e.f1()).as(e.toString()).isGreaterThanOrEqualTo(0.95);
    }

    private static PairwiseEvaluation run(String file, String truthColumn, boolean withoutIdentifier) {
        Path path = DATA.resolve(file);
        assumeTrue(Files.exists(path), path + " is not here");
        CsvTable csv = CsvTable.read(path);
        Deduplicator d = Deduplicator.fromCsvHeader(csv.header());
        if (withoutIdentifier) {
            d = d.without(Field.IDENTIFIER);
        }
        long start = System.nanoTime();
        Resolution r = d.resolve(d.layout().toRecords(csv.rows()));
        double seconds = (System.nanoTime() - start) / 1e9;
        PairwiseEvaluation e = PairwiseEvaluation.of(r.clustersById(), PairwiseEvaluation.trueClusters(csv, truthColumn));
        System.out.printf(Locale.ROOT, "%s%s: %s%n  %s%n  EM %d iterations, λ %.3g, %.1f s%n", file,
                withoutIdentifier ? " without soc_sec_id" : "", e, r.blocking(), r.model().iterations(),
                r.model().lambda(), seconds);
        return e;
    }

}
