package org.issa.matching.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shape of {@code issa bench screening}'s figures on tiny data (the UN sample of the list
 * tests and a synthetic list of 2,000): warm-up passes until the rate settles, then the measured
 * passes and their median. No figure's size is asserted, only what the report must say.
 */
class ScreeningBenchTest {

    @TempDir
    Path data;

    @Test
    @SuppressWarnings("unchecked")
    void timedSectionsReportWarmUpAndMeasuredPassesAndTheirMedian() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/lists/un-sample.xml")) {
            Files.copy(in, data.resolve("un_sc_consolidated.xml"));
        }
        List<String> progress = new ArrayList<>();
        Map<String, Object> out = new ScreeningBench(data, 2, 300, 2_000, 100, progress::add).run();

        Map<String, Object> un = (Map<String, Object>) out.get("un_list");
        List<Long> passes = (List<Long>) un.get("passes_records_per_second");
        List<Long> warmUp = (List<Long>) un.get("warm_up_passes_records_per_second");
        assertThat(passes).hasSize(ScreeningBench.MEASURED_PASSES).allMatch(r -> r > 0);
        assertThat(warmUp).hasSizeBetween(ScreeningBench.MIN_WARM_UP_PASSES, ScreeningBench.MAX_WARM_UP_PASSES);
        assertThat(un.get("records_per_second")).isEqualTo(passes.stream().sorted().toList().get(passes.size() / 2));
        assertThat(un.get("queries")).isEqualTo(300);
        assertThat((long) un.get("alerts")).isBetween(1L, 300L); // one query in ten is a variant of an entry

        Map<String, Object> recall = (Map<String, Object>) out.get("blocking_recall");
        assertThat((double) recall.get("recall")).isBetween(0.0, 1.0);

        Map<String, Object> million = (Map<String, Object>) out.get("million");
        assertThat(million.get("entries")).isEqualTo(2_000);
        assertThat((List<Long>) million.get("passes_records_per_second")).hasSize(ScreeningBench.MEASURED_PASSES);

        assertThat(out.get("name_bench")).isEqualTo(Map.of("skipped",
                "data file nomenklatura_name_bench_cases.csv not found (use --data DIR)"));
        assertThat(progress).contains("screening 300 names against UN Security Council Consolidated List (9 entries)");
    }
}
