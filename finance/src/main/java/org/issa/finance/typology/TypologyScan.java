package org.issa.finance.typology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.issa.core.error.InvalidInputException;
import org.issa.finance.flow.PaymentGraph;
import org.issa.rules.Compilation;
import org.issa.rules.CompiledRule;
import org.issa.rules.Facts;
import org.issa.rules.RuleCompiler;
import org.issa.rules.RuleProblem;

/**
 * Runs a {@link TypologyConfig} over a payment graph: the graph patterns first, then the CEL rules
 * over each account's aggregates (which may name the patterns found), then the weighted score.
 * Thread-safe: the rules are compiled once, each scan keeps its own state.
 */
public final class TypologyScan {

    private final TypologyConfig config;
    private final Map<String, CompiledRule> rules = new LinkedHashMap<>();

    /** Compiles the configuration's rules; refuses it, naming each problem, when one does not compile. */
    public TypologyScan(TypologyConfig config) {
        this.config = config;
        RuleCompiler compiler = new RuleCompiler(AccountFacts.MODEL);
        List<String> problems = new ArrayList<>();
        for (TypologyConfig.Rule r : config.rules()) {
            Compilation c = compiler.compile(r.cel());
            if (c.ok()) {
                rules.put(r.id(), c.orThrow());
            } else {
                problems.add("rule " + r.id() + ": " + String.join("; ", c.problems().stream().map(RuleProblem::describe).toList()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("rules", String.join(" | ", problems));
        }
    }

    public TypologyConfig config() {
        return config;
    }

    /**
     * The outcome of a scan.
     *
     * @param version  the configuration version used
     * @param accounts accounts scanned
     * @param payments payments scanned
     * @param flagged  the accounts whose score reached the threshold, highest score first
     * @param ranked   every account with a finding, highest score first (flagged ones included)
     * @param counts   accounts per typology
     * @param millis   time taken
     */
    public record Result(String version, int accounts, int payments, List<AccountAlert> flagged, List<AccountAlert> ranked,
                         Map<String, Integer> counts, long millis) {
    }

    public Result scan(PaymentGraph g) {
        long t0 = System.nanoTime();
        // The patterns are independent: each runs on its own findings, in parallel, merged in a fixed order.
        NearThreshold near = new NearThreshold(g, config);
        List<java.util.function.Consumer<Findings>> patterns = new ArrayList<>();
        if (config.loop().enabled()) {
            patterns.add(f -> new LoopSearch(g, config.loop()).find(f));
        }
        if (config.cycle().enabled()) {
            patterns.add(f -> new CycleSearch(g, config.cycle()).find(f));
        }
        if (config.fanIn().enabled()) {
            patterns.add(f -> new FanBursts(g, config.fanIn(), true).find(f));
        }
        if (config.fanOut().enabled()) {
            patterns.add(f -> new FanBursts(g, config.fanOut(), false).find(f));
        }
        if (config.recurringFanIn().enabled()) {
            patterns.add(f -> new RecurringFeeders(g, config.recurringFanIn(), true).find(f));
        }
        if (config.recurringFanOut().enabled()) {
            patterns.add(f -> new RecurringFeeders(g, config.recurringFanOut(), false).find(f));
        }
        if (config.structuring().enabled()) {
            patterns.add(near::find);
        }
        if (config.passThrough().enabled()) {
            patterns.add(f -> new PassThroughPairs(g, config.passThrough()).find(f));
        }
        if (config.dormant().enabled()) {
            patterns.add(f -> new Dormancy(g, config.dormant()).find(f));
        }
        List<Findings> parts = patterns.parallelStream().map(p -> {
            Findings f = new Findings();
            p.accept(f);
            return f;
        }).toList();
        Findings findings = new Findings();
        for (Findings part : parts) {
            part.all().forEach((a, m) -> m.values().forEach(f -> findings.add(a, f)));
        }
        if (!rules.isEmpty()) {
            Facts[] facts = AccountFacts.of(g, near, findings);
            for (int a = 0; a < g.accountCount(); a++) {
                for (TypologyConfig.Rule r : config.rules()) {
                    if (rules.get(r.id()).evaluate(facts[a]).hit()) {
                        findings.add(a, new Finding("rule:" + r.id(), 1.0, r.description().isEmpty() ? r.cel() : r.description(),
                                List.of()));
                    }
                }
            }
        }
        List<AccountAlert> ranked = new ArrayList<>();
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Map.Entry<Integer, Map<String, Finding>> e : findings.all().entrySet()) {
            int a = e.getKey();
            List<Finding> fs = new ArrayList<>(e.getValue().values());
            fs.sort(Comparator.comparingDouble((Finding f) -> -weight(f.typology()) * f.strength()).thenComparing(Finding::typology));
            double score = 0;
            for (Finding f : fs) {
                score += weight(f.typology()) * f.strength();
                counts.merge(f.typology(), 1, Integer::sum);
            }
            ranked.add(new AccountAlert(g.account(a), g.name(a), Math.round(score * 10_000) / 10_000.0,
                    fs.stream().map(Finding::typology).toList(), fs));
        }
        ranked.sort(Comparator.comparingDouble((AccountAlert x) -> -x.score())
                .thenComparingDouble(x -> -x.findings().stream().mapToDouble(Finding::strength).sum())
                .thenComparing(AccountAlert::account));
        List<AccountAlert> flagged = ranked.stream().filter(x -> x.score() >= config.alertThreshold()).toList();
        return new Result(config.version(), g.accountCount(), g.paymentCount(), flagged, ranked, counts,
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** The configured weight of a typology key. */
    public double weight(String typology) {
        return switch (typology) {
            case "cycle" -> config.cycle().weight();
            case "loop" -> config.loop().weight();
            case "fan_in" -> config.fanIn().weight();
            case "fan_in_member" -> config.fanIn().memberWeight();
            case "fan_out" -> config.fanOut().weight();
            case "fan_out_member" -> config.fanOut().memberWeight();
            case "recurring_fan_in" -> config.recurringFanIn().weight();
            case "recurring_fan_in_member" -> config.recurringFanIn().memberWeight();
            case "recurring_fan_out" -> config.recurringFanOut().weight();
            case "recurring_fan_out_member" -> config.recurringFanOut().memberWeight();
            case "structuring" -> config.structuring().weight();
            case "pass_through" -> config.passThrough().weight();
            case "dormant" -> config.dormant().weight();
            default -> config.rules().stream().filter(r -> typology.equals("rule:" + r.id())).mapToDouble(TypologyConfig.Rule::weight)
                    .findFirst().orElse(0);
        };
    }
}
