package org.issa.app.finance.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.issa.finance.flow.AllocationRule;
import org.issa.finance.flow.Direction;
import org.issa.finance.flow.PaymentGraph;
import org.issa.finance.flow.ReferenceTracer;
import org.issa.finance.flow.Trace;
import org.issa.finance.flow.TraceRequest;
import org.issa.finance.flow.Tracer;
import org.issa.finance.payment.Payment;
import org.issa.finance.payment.PaymentColumns;
import org.issa.finance.payment.PaymentFiles;
import org.issa.finance.payment.PaymentFormat;
import org.issa.finance.typology.AccountAlert;
import org.issa.finance.typology.TypologyConfig;
import org.issa.finance.typology.TypologyScan;
import org.issa.graph.centrality.PageRank;
import org.issa.graph.centrality.Scores;
import org.issa.graph.network.Network;
import org.issa.graph.network.NetworkBuilder;

/**
 * {@code issa bench finance}: (1) trace latency: a seeded synthetic ledger (default one million
 * payments between 100,000 accounts over a year, payers and payees drawn with a skew so that some
 * accounts are busy), then 6-hop traces from 1,000 random accounts that made a payment, cycling through
 * forward/backward and FIFO/proportional, timed one by one; (2) the AMLSim scan: the file read, the graph
 * built and every typology run, timed end to end in the process, then the precision among the top 200
 * and the recall of the flagged accounts against AMLSim's labels, beside a PageRank ranking (the graph
 * module's, NetworkX defaults, payments as unweighted arcs, self-transfers left out) computed in the same run.
 * The labels are read only to score; nothing is tuned on them.
 */
public final class FlowBench {

    /**
     * The options.
     *
     * @param compare also time the {@link ReferenceTracer} (the algorithm before November 2026) on the same
     *                traces, in turn with the {@link Tracer}, for before/after figures from one run
     */
    public record Options(int payments, int accounts, int traces, int hops, long seed, Path amlsim, boolean compare) {
    }

    /** One timed trace, to name the slowest. */
    private record Timed(String account, Direction direction, AllocationRule rule, double ms, int accounts, int payments) {
    }

    private final Options options;
    private final Consumer<String> log;

    public FlowBench(Options options, Consumer<String> log) {
        this.options = options;
        this.log = log;
    }

    public Map<String, Object> run() throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cores", Runtime.getRuntime().availableProcessors());
        trace(out);
        if (options.amlsim() != null && Files.isRegularFile(options.amlsim())) {
            amlsim(out);
        } else {
            out.put("amlsim", "not measured: no AMLSim file (give --amlsim FILE, the 20K_fanin200cycle200 tarball)");
        }
        return out;
    }

    private void trace(Map<String, Object> out) {
        Random r = new Random(options.seed());
        int n = options.accounts();
        int m = options.payments();
        long t0 = System.nanoTime();
        PaymentGraph.Builder b = PaymentGraph.builder();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        long span = 365L * 86_400;
        for (int i = 0; i < m; i++) {
            int payer = skewed(r, n);
            int payee = skewed(r, n);
            if (payee == payer) {
                payee = (payee + 1) % n;
            }
            BigDecimal amount = BigDecimal.valueOf(100 + r.nextInt(1_000_000), 2);
            b.add(new Payment("s" + i, "acc" + payer, "", "acc" + payee, "", amount, "EUR", start.plusSeconds(span * i / m), ""));
        }
        PaymentGraph g = b.build();
        long built = System.nanoTime();
        log.accept("synthetic ledger: " + g.paymentCount() + " payments, " + g.accountCount() + " accounts, built in "
                + (built - t0) / 1_000_000 + " ms");
        Tracer tracer = new Tracer(g);
        ReferenceTracer reference = options.compare() ? new ReferenceTracer(g) : null;
        // warm-up
        for (int i = 0; i < 20; i++) {
            TraceRequest w = TraceRequest.of(g.account(r.nextInt(g.accountCount())), i % 2 == 0 ? Direction.FORWARD : Direction.BACKWARD,
                    options.hops(), i % 4 < 2 ? AllocationRule.FIFO : AllocationRule.PROPORTIONAL);
            tracer.trace(w);
            if (reference != null) {
                reference.trace(w);
            }
        }
        Timed[] timed = new Timed[options.traces()];
        double[] before = new double[reference == null ? 0 : options.traces()];
        long reached = 0;
        for (int i = 0; i < timed.length; i++) {
            int a;
            do {
                a = r.nextInt(g.accountCount());
            } while (g.outDegree(a) == 0 || g.inDegree(a) == 0);
            Direction d = (i & 1) == 0 ? Direction.FORWARD : Direction.BACKWARD;
            AllocationRule rule = (i & 2) == 0 ? AllocationRule.FIFO : AllocationRule.PROPORTIONAL;
            TraceRequest request = TraceRequest.of(g.account(a), d, options.hops(), rule);
            if (reference != null) {
                long s = System.nanoTime();
                reference.trace(request);
                before[i] = (System.nanoTime() - s) / 1e6;
            }
            long s = System.nanoTime();
            Trace t = tracer.trace(request);
            double took = (System.nanoTime() - s) / 1e6;
            timed[i] = new Timed(g.account(a), d, rule, took, t.accounts().size(), t.payments().size());
            reached += t.accounts().size();
        }
        double[] ms = Arrays.stream(timed).mapToDouble(Timed::ms).sorted().toArray();
        out.put("trace_ledger", g.paymentCount() + " synthetic payments, " + g.accountCount() + " accounts, one year");
        out.put("trace_count", ms.length);
        out.put("trace_hops", options.hops());
        out.put("trace_mix", "forward/backward x fifo/proportional in turn");
        out.put("trace_p50_ms", round(percentile(ms, 0.50)));
        out.put("trace_p99_ms", round(percentile(ms, 0.99)));
        out.put("trace_max_ms", round(ms[ms.length - 1]));
        out.put("trace_mean_accounts_reached", reached / ms.length);
        for (Direction d : Direction.values()) {
            for (AllocationRule rule : AllocationRule.values()) {
                double[] part = Arrays.stream(timed).filter(x -> x.direction() == d && x.rule() == rule).mapToDouble(Timed::ms).sorted().toArray();
                if (part.length > 0) {
                    out.put("trace_" + d.label() + "_" + rule.label() + "_p50_p99_ms", List.of(round(percentile(part, 0.50)), round(percentile(part, 0.99))));
                }
            }
        }
        out.put("trace_slowest", Arrays.stream(timed).sorted(Comparator.comparingDouble(Timed::ms).reversed()).limit(5)
                .map(x -> x.account() + " " + x.direction().label() + " " + x.rule().label() + " " + round(x.ms()) + " ms, "
                        + x.accounts() + " accounts, " + x.payments() + " payments")
                .toList());
        if (reference != null) {
            Arrays.sort(before);
            out.put("trace_reference_note", "the tracer before November 2026 (ReferenceTracer), timed on the same traces in turn");
            out.put("trace_reference_p50_ms", round(percentile(before, 0.50)));
            out.put("trace_reference_p99_ms", round(percentile(before, 0.99)));
            out.put("trace_reference_max_ms", round(before[before.length - 1]));
        }
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double q) {
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * q) - 1))];
    }

    /** Busy accounts: a quarter of the draws go to the first 1% of accounts. */
    private static int skewed(Random r, int n) {
        return r.nextInt(4) == 0 ? r.nextInt(Math.max(1, n / 100)) : r.nextInt(n);
    }

    private void amlsim(Map<String, Object> out) throws IOException {
        Map<String, byte[]> files = untar(options.amlsim(), Set.of("transactions.csv", "nodes.csv"));
        if (!files.containsKey("transactions.csv") || !files.containsKey("nodes.csv")) {
            out.put("amlsim", "not measured: " + options.amlsim() + " has no transactions.csv and nodes.csv");
            return;
        }
        long t0 = System.nanoTime();
        TypologyScan scan = new TypologyScan(TypologyConfig.defaults());
        PaymentGraph.Builder b = PaymentGraph.builder();
        PaymentFiles.read(new ByteArrayInputStream(files.get("transactions.csv")), "transactions.csv", PaymentFormat.CSV,
                PaymentColumns.parse("from=sourceNodeId,to=targetNodeId,amount=value,time=time"), b);
        PaymentGraph g = b.build();
        TypologyScan.Result result = scan.scan(g);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Set<String> fraud = new HashSet<>();
        List<String> lines = new String(files.get("nodes.csv"), StandardCharsets.UTF_8).lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f.length > 1 && f[1].strip().equals("1")) {
                fraud.add(f[0].strip());
            }
        }
        List<AccountAlert> ranked = result.ranked();
        int top = 0;
        for (int i = 0; i < Math.min(200, ranked.size()); i++) {
            top += fraud.contains(ranked.get(i).account()) ? 1 : 0;
        }
        int flaggedFraud = 0;
        for (AccountAlert a : result.flagged()) {
            flaggedFraud += fraud.contains(a.account()) ? 1 : 0;
        }
        long p0 = System.nanoTime();
        NetworkBuilder nb = Network.directed();
        for (int p = 0; p < g.paymentCount(); p++) {
            if (g.payer(p) != g.payee(p)) {
                nb.addEdge(g.account(g.payer(p)), g.account(g.payee(p)));
            }
        }
        Scores pr = PageRank.of(nb.build());
        int[] order = pr.order();
        int prTop = 0;
        int prFlagged = 0;
        int k = result.flagged().size();
        for (int i = 0; i < Math.min(Math.max(200, k), order.length); i++) {
            boolean hit = fraud.contains(pr.network().id(order[i]));
            prTop += i < 200 && hit ? 1 : 0;
            prFlagged += i < k && hit ? 1 : 0;
        }
        double prSeconds = (System.nanoTime() - p0) / 1e9;
        out.put("amlsim_payments", g.paymentCount());
        out.put("amlsim_accounts", g.accountCount());
        out.put("amlsim_laundering_accounts", fraud.size());
        out.put("scan_seconds", round(seconds));
        out.put("scan_config_version", result.version());
        out.put("amlsim_flagged", k);
        out.put("amlsim_precision_at_200", round(top / 200.0));
        out.put("amlsim_top200_laundering", top);
        out.put("amlsim_flagged_precision", k == 0 ? 0 : round((double) flaggedFraud / k));
        out.put("amlsim_recall", round((double) flaggedFraud / fraud.size()));
        out.put("pagerank_precision_at_200", round(prTop / 200.0));
        out.put("pagerank_top200_laundering", prTop);
        out.put("pagerank_recall", round((double) prFlagged / fraud.size()));
        out.put("pagerank_recall_note", "recall of PageRank's top " + k + " (as many accounts as the scan flagged)");
        out.put("pagerank_seconds", round(prSeconds));
        out.put("amlsim_typology_counts", result.counts());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** The named members of a .tgz (ustar), by base name; at most 64 MB each. */
    static Map<String, byte[]> untar(Path tgz, Set<String> wanted) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tgz), 1 << 16)) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512) {
                String name = cString(header, 0, 100);
                if (name.isEmpty()) {
                    break;
                }
                String prefix = cString(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                long size = Long.parseLong(cString(header, 124, 12).strip().isEmpty() ? "0" : cString(header, 124, 12).strip(), 8);
                char type = (char) header[156];
                long padded = (size + 511) / 512 * 512;
                String base = name.substring(name.lastIndexOf('/') + 1);
                if ((type == '0' || type == 0) && wanted.contains(base) && size <= 64L << 20) {
                    byte[] data = in.readNBytes((int) size);
                    out.put(base, data);
                    in.skipNBytes(padded - size);
                } else {
                    in.skipNBytes(padded);
                }
            }
        }
        return out;
    }

    private static String cString(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.US_ASCII);
    }
}
