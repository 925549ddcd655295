package org.issa.app.graph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.issa.graph.centrality.Betweenness;
import org.issa.graph.centrality.PageRank;
import org.issa.graph.centrality.Ranked;
import org.issa.graph.centrality.Scores;
import org.issa.graph.community.Communities;
import org.issa.graph.community.Louvain;
import org.issa.graph.generate.ScaleFree;
import org.issa.graph.generate.SyntheticEdges;
import org.issa.graph.io.EdgeListCsv;
import org.issa.graph.network.InputLimits;
import org.issa.graph.network.Network;
import org.issa.graph.path.PathOptions;
import org.issa.graph.path.Paths;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times the graph engine on seeded Barabási–Albert graphs (undirected, unweighted, string node ids): loading the
 * edge-list file, PageRank, betweenness (exact up to {@code exactBetweennessUpTo} nodes, else sampled with
 * {@code pivots} pivots), Louvain and shortest paths between seeded random pairs; each after a warm-up run, as
 * the median of {@code repetitions} runs. When NetworkX is available (and not disabled) the same file and pairs are
 * timed in NetworkX by the bundled {@code networkx_bench.py}, with the same parameters, each algorithm under a time
 * budget, and the ratio NetworkX / ISSA is reported. Each algorithm's budget is at least {@code budgetFactor}
 * (default 11) times ISSA's median on that graph in the same run, so that NetworkX not finishing within it proves by
 * itself a ratio of at least that factor; it is reported as such, with {@code ratio_at_least}.
 */
public final class GraphBench {

    /**
     * What to run.
     *
     * @param sizes                node counts of the graphs
     * @param edgesPerNode         Barabási–Albert m (about m edges per node)
     * @param repetitions          timed runs per algorithm (after one warm-up)
     * @param pivots               k of the sampled betweenness
     * @param exactBetweennessUpTo largest graph on which betweenness is exact
     * @param pairs                shortest-path queries per graph
     * @param seed                 generator, pivot, Louvain and pair seed
     * @param networkx             whether to run NetworkX when available
     * @param budgetSeconds        the least NetworkX budget per algorithm run (the floor): one value for every size,
     *                             or one per size; empty for the defaults ({@value #BUDGET_UP_TO_100K} s up to 100,000
     *                             nodes and {@value #BUDGET_ABOVE_100K} s above). Loading always gets at least
     *                             {@value #LOAD_BUDGET} s, since nothing else can run in NetworkX without the graph
     * @param budgetFactor         each algorithm's budget is at least this many times ISSA's median on the same graph,
     *                             so that a NetworkX run that does not finish proves a ratio of at least this factor
     */
    public record Options(List<Integer> sizes, int edgesPerNode, int repetitions, int pivots, int exactBetweennessUpTo,
                          int pairs, long seed, boolean networkx, List<Integer> budgetSeconds, double budgetFactor) {

        public static final int BUDGET_UP_TO_100K = 60;
        public static final int BUDGET_ABOVE_100K = 30;
        public static final int LOAD_BUDGET = 600;
        public static final double BUDGET_FACTOR = 11;

        public Options {
            sizes = List.copyOf(sizes);
            budgetSeconds = List.copyOf(budgetSeconds);
            if (budgetSeconds.size() > 1 && budgetSeconds.size() != sizes.size()) {
                throw new IllegalArgumentException("give one NetworkX budget, or one per size (" + sizes.size() + ")");
            }
            if (sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 10 || s > 5_000_000)) {
                throw new IllegalArgumentException("sizes must be between 10 and 5,000,000 nodes");
            }
            if (edgesPerNode < 1 || edgesPerNode > 50 || repetitions < 1 || repetitions > 20 || pivots < 2 || pairs < 1
                    || budgetSeconds.stream().anyMatch(b -> b < 1)) {
                throw new IllegalArgumentException("edges per node 1-50, repetitions 1-20, pivots >= 2, pairs >= 1, budget >= 1 s");
            }
            if (!(budgetFactor >= 1 && budgetFactor <= 1000)) {
                throw new IllegalArgumentException("the NetworkX budget factor must be between 1 and 1000");
            }
        }

        public static Options defaults() {
            return new Options(List.of(10_000, 100_000, 1_000_000), 5, 3, 100, 10_000, 1000, 42, true, List.of(), BUDGET_FACTOR);
        }

        /**
         * The NetworkX budget in seconds of one algorithm: the floor for the size, at least {@link #LOAD_BUDGET} for
         * loading, and at least {@code budgetFactor} times ISSA's median.
         */
        public int budget(int i, int n, String algorithm, double issaSeconds) {
            int floor = budget(i, n);
            if (algorithm.equals("load")) {
                floor = Math.max(floor, LOAD_BUDGET);
            }
            return (int) Math.max(floor, Math.ceil(budgetFactor * issaSeconds));
        }

        /** The least NetworkX budget in seconds for the graph of {@code n} nodes at position {@code i} of the sizes. */
        public int budget(int i, int n) {
            if (budgetSeconds.isEmpty()) {
                return n <= 100_000 ? BUDGET_UP_TO_100K : BUDGET_ABOVE_100K;
            }
            return budgetSeconds.size() == 1 ? budgetSeconds.get(0) : budgetSeconds.get(i);
        }
    }

    private final Options options;
    private final Consumer<String> progress;

    public GraphBench(Options options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    public Map<String, Object> run() throws IOException {
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
        machine.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        result.put("machine", machine);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("generator", "Barabasi-Albert, m=" + options.edgesPerNode() + ", seed=" + options.seed() + ", undirected, unweighted");
        params.put("repetitions", options.repetitions());
        params.put("warm_up", "one run, repeated up to 100 runs while under 3 s in total (so that the JIT has compiled"
                + " the hot loops and the young generation has been through a collection)");
        params.put("statistic", "median seconds");
        params.put("pagerank", "alpha=0.85, tol=1e-6, max_iter=100 (NetworkX defaults)");
        params.put("betweenness", "exact up to " + options.exactBetweennessUpTo() + " nodes, else k=" + options.pivots()
                + " pivots up to 100,000 nodes and k=" + Math.max(2, options.pivots() / 10) + " above, seed=" + options.seed()
                + "; normalized as NetworkX");
        params.put("louvain", "resolution=1, threshold=1e-7, seed=" + options.seed());
        params.put("shortest_paths", options.pairs() + " seeded random pairs, the same in both, unweighted, timed as one batch"
                + " after a warm-up batch (ISSA: bidirectional BFS with a reused PathFinder; NetworkX: nx.shortest_path)");
        result.put("parameters", params);
        String version = options.networkx() ? networkxVersion() : null;
        Map<String, Object> nx = new LinkedHashMap<>();
        nx.put("available", version != null);
        if (version != null) {
            nx.put("version", version);
            List<Integer> budgets = new ArrayList<>();
            for (int i = 0; i < options.sizes().size(); i++) {
                budgets.add(options.budget(i, options.sizes().get(i)));
            }
            nx.put("budget_floor_s_by_size", budgets);
            nx.put("budget_rule", "each algorithm run gets max(floor, " + options.budgetFactor() + " x ISSA's median on the"
                    + " same graph) seconds, loading at least " + Options.LOAD_BUDGET + " s; NetworkX not finishing within"
                    + " its budget therefore proves ratio_at_least >= " + options.budgetFactor());
        } else {
            nx.put("reason", options.networkx() ? "python3 with networkx not found" : "disabled (--no-networkx)");
        }
        result.put("networkx", nx);
        List<Object> graphs = new ArrayList<>();
        Path dir = Files.createTempDirectory("issa-bench-graph");
        try {
            Path script = dir.resolve("networkx_bench.py");
            try (InputStream in = GraphBench.class.getResourceAsStream("networkx_bench.py")) {
                Files.copy(in, script);
            }
            for (int i = 0; i < options.sizes().size(); i++) {
                int n = options.sizes().get(i);
                graphs.add(size(n, i, dir, script, version != null));
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
        result.put("graphs", graphs);
        return result;
    }

    private Map<String, Object> size(int n, int position, Path dir, Path script, boolean networkx) throws IOException {
        progress.accept("generating a Barabási–Albert graph of " + n + " nodes");
        SyntheticEdges edges = ScaleFree.barabasiAlbert(n, Math.min(options.edgesPerNode(), n - 1), options.seed());
        Path file = dir.resolve("ba-" + n + ".csv");
        edges.writeCsv(file);
        SplittableRandom random = new SplittableRandom(options.seed() + n);
        String[][] pairs = new String[options.pairs()][];
        StringBuilder pairText = new StringBuilder();
        for (int i = 0; i < pairs.length; i++) {
            int s = random.nextInt(n);
            int t = random.nextInt(n - 1);
            t = t >= s ? t + 1 : t;
            pairs[i] = new String[] {Integer.toString(s), Integer.toString(t)};
            pairText.append(s).append(',').append(t).append('\n');
        }
        Path pairFile = dir.resolve("pairs-" + n + ".csv");
        Files.writeString(pairFile, pairText, StandardCharsets.US_ASCII);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nodes", n);
        out.put("edges", edges.edgeCount());
        out.put("file_bytes", Files.size(file));
        Map<String, Map<String, Object>> algorithms = new LinkedHashMap<>();
        InputLimits limits = InputLimits.DEFAULT.withMaxBytes(4L << 30);
        progress.accept(n + " nodes: load");
        Network[] holder = new Network[1];
        algorithms.put("load", time(() -> holder[0] = EdgeListCsv.read(file, false, false, limits)));
        Network g = holder[0];
        out.put("arcs", g.arcCount());
        progress.accept(n + " nodes: pagerank");
        Scores[] pr = new Scores[1];
        algorithms.put("pagerank", time(() -> pr[0] = PageRank.of(g)));
        algorithms.get("pagerank").put("converged", pr[0].converged());
        algorithms.get("pagerank").put("top5", pr[0].top(5).stream().map(Ranked::id).toList());
        boolean exact = n <= options.exactBetweennessUpTo();
        int k = pivots(n);
        progress.accept(n + " nodes: betweenness (" + (exact ? "exact" : "k=" + k) + ")");
        algorithms.put("betweenness", time(() -> exact ? Betweenness.exact(g) : Betweenness.sampled(g, k, options.seed())));
        algorithms.get("betweenness").put("mode", exact ? "exact" : "sampled k=" + k + ", seed=" + options.seed());
        progress.accept(n + " nodes: louvain");
        Communities[] lv = new Communities[1];
        algorithms.put("louvain", time(() -> lv[0] = Louvain.of(g, options.seed())));
        algorithms.get("louvain").put("communities", lv[0].count());
        algorithms.get("louvain").put("modularity", lv[0].modularity());
        progress.accept(n + " nodes: shortest paths");
        int[] steps = new int[1];
        org.issa.graph.path.PathFinder finder = Paths.finder(g);
        algorithms.put("shortest_paths", time(() -> {
            int total = 0;
            for (String[] p : pairs) {
                total += finder.shortest(p[0], p[1], PathOptions.NONE).map(org.issa.graph.path.Path::steps).orElse(0);
            }
            steps[0] = total;
            return total;
        }));
        algorithms.get("shortest_paths").put("pairs", pairs.length);
        algorithms.get("shortest_paths").put("total_steps", steps[0]);
        if (networkx) {
            Map<String, Integer> budgets = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, Object>> e : algorithms.entrySet()) {
                int b = options.budget(position, n, e.getKey(), (double) e.getValue().get("issa_s"));
                budgets.put(e.getKey(), b);
                e.getValue().put("networkx_budget_s", b);
            }
            progress.accept(n + " nodes: NetworkX (budgets in s: " + budgets + ")");
            JsonNode nx = networkx(script, file, pairFile, exact ? 0 : k, budgets);
            for (Map.Entry<String, Map<String, Object>> e : algorithms.entrySet()) {
                compare(e.getValue(), nx == null ? null : nx.get(e.getKey()));
            }
            if (nx != null && nx.has("louvain") && nx.get("louvain").has("communities")) {
                algorithms.get("louvain").put("networkx_communities", nx.get("louvain").get("communities").intValue());
            }
        }
        out.put("algorithms", algorithms);
        Files.deleteIfExists(file);
        return out;
    }

    /** The pivots of the sampled betweenness: as given up to 100,000 nodes, a tenth of it above (at least 2). */
    int pivots(int n) {
        return n <= 100_000 ? options.pivots() : Math.max(2, options.pivots() / 10);
    }

    private void compare(Map<String, Object> issa, JsonNode nx) {
        double ours = (double) issa.get("issa_s");
        if (nx == null) {
            issa.put("networkx", "no result (the NetworkX run failed; see standard error)");
        } else if (nx.has("seconds")) {
            double theirs = nx.get("seconds").doubleValue();
            issa.put("networkx_s", theirs);
            issa.put("ratio_networkx_over_issa", ours > 0 ? theirs / ours : null);
            if (nx.has("top5")) {
                issa.put("networkx_top5", JsonMapper.builder().build().convertValue(nx.get("top5"), List.class));
            }
            if (nx.has("total_steps")) {
                issa.put("networkx_total_steps", nx.get("total_steps").intValue());
            }
        } else if (nx.has("exceeded_budget_s")) {
            double budget = nx.get("exceeded_budget_s").doubleValue();
            issa.put("networkx", "did not finish within its budget of " + (int) budget + " s (at least "
                    + options.budgetFactor() + " x ISSA's median, so this proves the ratio below)");
            issa.put("ratio_at_least", ours > 0 ? round(budget / ours) : null);
        } else {
            issa.put("networkx", nx.has("not_run") ? "not run: " + nx.get("not_run").stringValue() : "no result");
        }
    }

    private Map<String, Object> time(Supplier<Object> work) {
        // Warm-up: at least one run, and short tasks again until the JIT has had three seconds of them.
        long warmStart = System.nanoTime();
        Object sink = work.get();
        for (int i = 1; i < 100 && System.nanoTime() - warmStart < 3_000_000_000L; i++) {
            sink = work.get();
        }
        double[] runs = new double[options.repetitions()];
        for (int r = 0; r < runs.length; r++) {
            long start = System.nanoTime();
            sink = work.get();
            runs[r] = (System.nanoTime() - start) / 1e9;
        }
        if (sink == null) {
            throw new IllegalStateException("no result");
        }
        double[] sorted = runs.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issa_s", round(median));
        m.put("issa_runs_s", Arrays.stream(runs).map(GraphBench::round).boxed().toList());
        return m;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1e4) / 1e4;
    }

    private JsonNode networkx(Path script, Path file, Path pairs, int k, Map<String, Integer> budgets) throws IOException {
        StringBuilder budgetArg = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, Integer> e : budgets.entrySet()) {
            budgetArg.append(budgetArg.isEmpty() ? "" : ",").append(e.getKey()).append('=').append(e.getValue());
            total += e.getValue();
        }
        ProcessBuilder pb = new ProcessBuilder("python3", script.toString(), file.toString(), pairs.toString(),
                Integer.toString(k), Long.toString(options.seed()), budgetArg.toString(),
                Integer.toString(options.repetitions()));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Path result = Files.createTempFile(file.getParent(), "networkx", ".json");
        pb.redirectOutput(result.toFile());
        Process p = pb.start();
        try {
            // Each algorithm at most its budget per run (the shortest paths once more, untimed), plus start and margin.
            long limit = total * options.repetitions() + budgets.getOrDefault("shortest_paths", 0) + 120;
            if (!p.waitFor(limit, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            if (p.exitValue() != 0) {
                progress.accept("NetworkX exited with " + p.exitValue());
                return null;
            }
            return JsonMapper.builder().build().readTree(Files.readString(result, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return null;
        }
    }

    /** The NetworkX version when {@code python3 -c 'import networkx'} works, else null. */
    static String networkxVersion() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import networkx; print(networkx.__version__)")
                    .redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 && !out.isEmpty() ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
