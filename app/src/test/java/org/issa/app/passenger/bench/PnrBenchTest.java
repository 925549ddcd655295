package org.issa.app.passenger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code issa bench pnr} at a tiny size (no timing asserted): the end-to-end ingest runs the production assessment with
 * the generated UN-sized list and 100 criteria in force and raises hits for review; the backtest reads the PNRs it
 * stored, and a kept database is read again without a second load.
 */
class PnrBenchTest {

    @Test
    @SuppressWarnings("unchecked")
    void endToEndIngestAssessesAndTheBacktestReadsStoredPnrs(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("backtest").resolve("issa");
        PnrBench bench = new PnrBench(new PnrBench.Options(40, 2, 7, null, null, null), s -> {
        }).criteria(100).unList(Optional.empty())
                .storedBacktest(new StoredBacktestBench.Options(300, Optional.of(db), 7, 2, StoredBacktestBench.CRITERION, true));
        Map<String, Object> out = bench.run();

        assertThat(out).containsKeys("parse_msgs_per_s", "parse_threads", "parse_msgs_per_s_1_thread", "ingest_store_only_pnr_per_s_h2",
                "ingest_pnr_per_s_h2", "backtest_seconds", "backtest_history_seconds");
        assertThat(out.get("parse_threads")).isEqualTo(2);
        // five passes of each ingest run, the median reported
        assertThat((List<Object>) out.get("ingest_passes_pnr_per_s_h2")).hasSize(5).contains(out.get("ingest_pnr_per_s_h2"));
        assertThat((List<?>) out.get("ingest_store_only_passes_pnr_per_s_h2")).hasSize(5);
        assertThat((String) out.get("screening_list")).startsWith("a generated list");
        assertThat(out.get("screening_list_entries")).isEqualTo(BenchAssessment.UN_PERSONS + BenchAssessment.UN_ENTITIES);
        assertThat(out.get("criteria_in_force")).isEqualTo(100);
        assertThat((Long) out.get("assessed_passengers")).isPositive();
        assertThat((Long) out.get("hits_raised")).isPositive();
        assertThat((Long) out.get("backtest_pnrs_stored")).isGreaterThanOrEqualTo(300L);
        assertThat(out.get("backtest_pnrs")).isEqualTo(out.get("backtest_pnrs_stored"));
        assertThat(out.get("backtest_history_pnrs")).isEqualTo(out.get("backtest_pnrs"));
        assertThat((Long) out.get("backtest_passengers")).isGreaterThan((Long) out.get("backtest_pnrs") - 1);

        // the kept database is read again, not loaded again
        Map<String, Object> again = new PnrBench(new PnrBench.Options(1, 1, 7, null, null, null), s -> {
        }).backtestOnly(true).storedBacktest(new StoredBacktestBench.Options(300, Optional.of(db), 7, 1, StoredBacktestBench.CRITERION, false))
                .run();
        assertThat(again).doesNotContainKeys("ingest_pnr_per_s_h2", "backtest_load_seconds", "backtest_history_seconds",
                "backtest_facts_backfill_seconds");
        assertThat(out).doesNotContainKeys("backtest_facts_backfill_seconds"); // the ingest wrote the criteria facts copy
        assertThat(again.get("backtest_pnrs_found_stored")).isEqualTo(out.get("backtest_pnrs_stored"));
        assertThat(again.get("backtest_hits")).isEqualTo(out.get("backtest_hits"));

        // a database stored before the criteria facts copy existed: the bench backfills it first, then counts the same
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath(), "sa", "")) {
            c.createStatement().executeUpdate("DELETE FROM pnr_criteria_facts");
        }
        Map<String, Object> backfilled = new PnrBench(new PnrBench.Options(1, 1, 7, null, null, null), s -> {
        }).backtestOnly(true).storedBacktest(new StoredBacktestBench.Options(300, Optional.of(db), 7, 1, StoredBacktestBench.CRITERION, false))
                .run();
        assertThat(backfilled).containsKey("backtest_facts_backfill_seconds");
        assertThat(backfilled.get("backtest_facts_backfilled")).isEqualTo(out.get("backtest_pnrs_stored"));
        assertThat(backfilled.get("backtest_pnrs")).isEqualTo(out.get("backtest_pnrs"));
        assertThat(backfilled.get("backtest_passengers")).isEqualTo(out.get("backtest_passengers"));
        assertThat(backfilled.get("backtest_hits")).isEqualTo(out.get("backtest_hits"));
    }
}
