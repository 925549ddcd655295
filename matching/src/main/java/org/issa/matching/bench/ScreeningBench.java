package org.issa.matching.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.issa.matching.compare.PreparedSubject;
import org.issa.matching.compare.SubjectScorer;
import org.issa.matching.index.Match;
import org.issa.matching.index.ScreeningIndex;
import org.issa.matching.lists.UnListReader;
import org.issa.matching.model.Subject;
import org.issa.matching.resolution.CsvTable;
import org.issa.matching.resolution.Deduplicator;
import org.issa.matching.resolution.Field;
import org.issa.matching.resolution.PairwiseEvaluation;
import org.issa.matching.resolution.Resolution;

/**
 * {@code issa bench screening}: measures, in one run on the machine at hand, the quality of the
 * scorer on the nomenklatura name bench, the pairwise quality of the deduplication mode on FEBRL3
 * and Splink's fake_1000, the speed of screening synthetic names against the UN list and against a
 * synthetic list of one million entries, and the blocking recall of the index against brute force.
 * Every figure comes with what it was measured on; a missing data file skips its section.
 */
public final class ScreeningBench {

    public static final double THRESHOLD = 0.7;
    /** The smaller visit budget also measured on the large list (speed against recall). */
    static final int FAST_BUDGET = 500;

    private final Path data;
    private final int threads;
    private final int unQueries;
    private final int millionEntries;
    private final int millionQueries;
    private final Consumer<String> progress;

    public ScreeningBench(Path data, int threads, int unQueries, int millionEntries, int millionQueries, Consumer<String> progress) {
        this.data = data;
        this.threads = threads;
        this.unQueries = unQueries;
        this.millionEntries = millionEntries;
        this.millionQueries = millionQueries;
        this.progress = progress;
    }

    /**
     * Every section, in the order of the JSON. The timed sections (the UN list and the million)
     * run first, on a JVM that has compiled nothing else yet, as a benchmark harness forking one
     * JVM per benchmark would run them: the quality sections exercise the same comparison code
     * with other shapes (explanations, record linkage), and the JIT's profile of them would
     * otherwise shape the code the timed sections run.
     */
    public Map<String, Object> run() throws Exception {
        Map<String, Object> timed = new LinkedHashMap<>();
        List<Subject> un = unList();
        if (un == null) {
            timed.put("un_list", skipped("un_sc_consolidated.xml"));
            timed.put("blocking_recall", skipped("un_sc_consolidated.xml"));
        } else {
            ScreeningIndex index = ScreeningIndex.build(un);
            timed.put("un_list", speed("UN Security Council Consolidated List (" + un.size() + " entries)", index, un, unQueries, 11));
            timed.put("blocking_recall", blockingRecall(index, un, 2_000, 12, "UN list"));
        }
        timed.put("million", million());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "max_heap_mb",
                Runtime.getRuntime().maxMemory() >> 20, "java", System.getProperty("java.version"), "threads", threads));
        out.put("threshold", THRESHOLD);
        out.put("name_bench", nameBench());
        out.put("febrl3", dedupe("febrl3.csv", "rec_id", false));
        out.put("febrl3_without_soc_sec_id", dedupe("febrl3.csv", "rec_id", true));
        out.put("fake_1000", dedupe("splink_fake_1000.csv", "cluster", false));
        out.putAll(timed);
        return out;
    }

    /** Only the speed and recall sections (for tuning runs). */
    public Map<String, Object> runSpeedOnly() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Subject> un = unList();
        ScreeningIndex index = ScreeningIndex.build(un);
        out.put("un_list", speed("UN list", index, un, unQueries, 11));
        out.put("blocking_recall", blockingRecall(index, un, 2_000, 12, "UN list"));
        if (millionEntries > 0) {
            out.put("million", million());
        }
        return out;
    }

    private Map<String, Object> nameBench() throws Exception {
        Path file = data.resolve("nomenklatura_name_bench_cases.csv");
        if (!Files.exists(file)) {
            return skipped(file.getFileName().toString());
        }
        progress.accept("name bench");
        List<NameBench.Case> cases = NameBench.read(file);
        List<NameBench.Scored> scored = NameBench.score(cases, new SubjectScorer());
        Map<String, Object> m = new LinkedHashMap<>(NameBench.counts(scored, THRESHOLD).toMap());
        m.put("pairs", cases.size());
        m.put("baseline_logic_v2", Map.of("precision", 0.762, "recall", 0.821, "f1", 0.790, "note",
                "nomenklatura logic-v2 frozen run, 812 of these pairs, threshold 0.70"));
        Map<String, Object> byThreshold = new LinkedHashMap<>();
        for (double t : new double[] {0.6, 0.8, 0.9}) {
            byThreshold.put(String.valueOf(t), NameBench.counts(scored, t).toMap());
        }
        m.put("other_thresholds", byThreshold);
        return m;
    }

    private Map<String, Object> dedupe(String name, String truthColumn, boolean withoutIdentifier) {
        Path file = data.resolve(name);
        if (!Files.exists(file)) {
            return skipped(name);
        }
        progress.accept("dedupe " + name + (withoutIdentifier ? " without soc_sec_id" : ""));
        long t0 = System.nanoTime();
        CsvTable csv = CsvTable.read(file);
        Deduplicator d = Deduplicator.fromCsvHeader(csv.header());
        if (withoutIdentifier) {
            d = d.without(Field.IDENTIFIER);
        }
        Resolution r = d.resolve(d.layout().toRecords(csv.rows()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        PairwiseEvaluation e = PairwiseEvaluation.of(r.clustersById(), PairwiseEvaluation.trueClusters(csv, truthColumn));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", PairCounts.round(e.precision()));
        m.put("recall", PairCounts.round(e.recall()));
        m.put("f1", PairCounts.round(e.f1()));
        m.put("records", csv.rows().size());
        m.put("true_pairs", e.truePairs());
        m.put("predicted_pairs", e.predictedPairs());
        m.put("clusters", r.clusterCount());
        m.put("candidate_pairs", r.blocking().candidatePairs());
        m.put("reduction_ratio", PairCounts.round(r.blocking().reductionRatio()));
        m.put("em_iterations", r.model().iterations());
        m.put("seconds", PairCounts.round(seconds));
        return m;
    }

    private List<Subject> unList() throws Exception {
        Path file = data.resolve("un_sc_consolidated.xml");
        if (!Files.exists(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new UnListReader().read(in).entries();
        }
    }

    /** Warm-up passes: at least this many, and on until {@link #STEADY_PASSES} passes running are no longer clearly faster. */
    static final int MIN_WARM_UP_PASSES = 5;
    static final int STEADY_PASSES = 3;
    static final int MAX_WARM_UP_PASSES = 15;
    /** A warm-up pass this much faster than every earlier one means the JIT is still at work. */
    static final double STEADY_GAIN = 0.05;
    /** Measured passes after the warm-up; the figures are their median. */
    static final int MEASURED_PASSES = 5;

    /**
     * Screens synthetic queries (one in ten a variant of a list entry) on all threads. The same
     * queries are first screened in warm-up passes until the JIT has compiled the hot code (three
     * passes running no faster than the best before them by {@link #STEADY_GAIN}; on 2 cores the compiler threads
     * share the cores with the screening threads, and the first passes run at a fifth of the
     * steady speed), then in {@link #MEASURED_PASSES} measured passes, as a JMH run would. The
     * rate is the median pass; the latencies (analysis of the query included) are pooled over the
     * measured passes. The warm-up passes are reported too.
     */
    private Map<String, Object> speed(String what, ScreeningIndex index, List<Subject> list, int n, long seed) throws Exception {
        progress.accept("screening " + n + " names against " + what);
        SyntheticNames gen = new SyntheticNames(seed, 20_000);
        List<Subject> queries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            queries.add(i % 10 == 0 ? gen.variant(list.get(gen.random().nextInt(list.size())), "q" + i) : gen.any("q" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Long> warmUp = new ArrayList<>();
            double best = 0;
            int steady = 0;
            for (int w = 0; w < MAX_WARM_UP_PASSES; w++) {
                long t0 = System.nanoTime();
                runAll(pool, index, queries, new long[n]);
                double rate = n / ((System.nanoTime() - t0) / 1e9);
                warmUp.add(Math.round(rate));
                steady = rate > best * (1 + STEADY_GAIN) ? 0 : steady + 1;
                best = Math.max(best, rate);
                if (w + 1 >= MIN_WARM_UP_PASSES && steady >= STEADY_PASSES) {
                    break;
                }
            }
            long[] latency = new long[n * MEASURED_PASSES];
            long[] rates = new long[MEASURED_PASSES];
            double seconds = 0;
            long alerts = 0;
            for (int pass = 0; pass < MEASURED_PASSES; pass++) {
                long[] passLatency = new long[n];
                long t0 = System.nanoTime();
                alerts = runAll(pool, index, queries, passLatency);
                double s = (System.nanoTime() - t0) / 1e9;
                seconds += s;
                rates[pass] = Math.round(n / s);
                System.arraycopy(passLatency, 0, latency, pass * n, n);
            }
            long[] sortedRates = rates.clone();
            Arrays.sort(sortedRates);
            Arrays.sort(latency);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("list", what);
            m.put("queries", n);
            m.put("records_per_second", sortedRates[MEASURED_PASSES / 2]);
            m.put("passes_records_per_second", Arrays.stream(rates).boxed().toList());
            m.put("warm_up_passes_records_per_second", warmUp);
            m.put("p50_us", PairCounts.round(latency[latency.length / 2] / 1000.0));
            m.put("p99_us", PairCounts.round(latency[(int) (latency.length * 0.99)] / 1000.0));
            m.put("alerts", alerts);
            m.put("seconds_measured", PairCounts.round(seconds));
            return m;
        } finally {
            pool.shutdown();
        }
    }

    /** One pass over the queries, split in equal parts over the threads; the number that raised an alert. */
    private long runAll(ExecutorService pool, ScreeningIndex index, List<Subject> queries, long[] latency) throws Exception {
        List<Future<Long>> parts = new ArrayList<>();
        int chunk = (queries.size() + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            int from = t * chunk;
            int to = Math.min(queries.size(), from + chunk);
            parts.add(pool.submit(() -> {
                long alerts = 0;
                SubjectScorer scorer = index.scorer();
                for (int i = from; i < to; i++) {
                    long s = System.nanoTime();
                    PreparedSubject q = scorer.prepare(queries.get(i));
                    alerts += index.screenPrepared(q, THRESHOLD).isEmpty() ? 0 : 1;
                    latency[i] = System.nanoTime() - s;
                }
                return alerts;
            }));
        }
        long alerts = 0;
        for (Future<Long> f : parts) {
            alerts += f.get();
        }
        return alerts;
    }

    /** The share of brute-force matches at or above the threshold that the index also returns. */
    private Map<String, Object> blockingRecall(ScreeningIndex index, List<Subject> list, int n, long seed, String what) {
        progress.accept("blocking recall on " + n + " queries");
        SyntheticNames gen = new SyntheticNames(seed, 20_000);
        long found = 0;
        long total = 0;
        for (int i = 0; i < n; i++) {
            Subject q = i % 2 == 0 ? gen.variant(list.get(gen.random().nextInt(list.size())), "q" + i) : gen.any("q" + i);
            List<Match> brute = index.bruteForce(q, THRESHOLD, Integer.MAX_VALUE);
            Set<String> viaIndex = new HashSet<>();
            for (Match m : index.screen(q, THRESHOLD, Integer.MAX_VALUE)) {
                viaIndex.add(m.entry().id());
            }
            for (Match m : brute) {
                total++;
                if (viaIndex.contains(m.entry().id())) {
                    found++;
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recall", total == 0 ? 1.0 : PairCounts.round((double) found / total));
        m.put("brute_force_matches", total);
        m.put("found_by_index", found);
        m.put("queries", n);
        m.put("sample", what + "; half the queries variants of list entries (typing error, other order, part dropped), half random synthetic names");
        return m;
    }

    private Map<String, Object> million() throws Exception {
        progress.accept("building a synthetic list of " + millionEntries + " entries");
        SyntheticNames gen = new SyntheticNames(3, Math.max(2_000, millionEntries / 20));
        List<Subject> list = new ArrayList<>(millionEntries);
        for (int i = 0; i < millionEntries; i++) {
            list.add(gen.any("m" + i));
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        ScreeningIndex index = ScreeningIndex.build(list);
        double build = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entries", list.size());
        m.put("index_build_seconds", PairCounts.round(build));
        m.put("heap_mb", (after >> 20));
        m.put("index_heap_mb", Math.max(0, (after - before) >> 20));
        long[] shape = index.shape();
        m.put("distinct_keys", shape[0]);
        m.put("postings", shape[1]);
        String what = "synthetic list (" + list.size() + " entries)";
        ScreeningIndex fast = ScreeningIndex.build(list, index.scorer(), FAST_BUDGET);
        m.putAll(speed(what, index, list, millionQueries, 13));
        m.put("blocking_recall_sample", blockingRecall(index, list, 30, 14, what));
        Map<String, Object> quick = new LinkedHashMap<>();
        quick.put("visit_budget", FAST_BUDGET);
        quick.putAll(speed(what, fast, list, millionQueries, 13));
        quick.put("blocking_recall_sample", blockingRecall(fast, list, 30, 14, what));
        m.put("visit_budget", ScreeningIndex.VISIT_BUDGET);
        m.put("with_smaller_visit_budget", quick);
        return m;
    }

    private static Map<String, Object> skipped(String file) {
        return Map.of("skipped", "data file " + file + " not found (use --data DIR)");
    }
}
