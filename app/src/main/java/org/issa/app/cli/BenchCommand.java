package org.issa.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.issa.matching.bench.ScreeningBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code issa bench}: performance and quality measurements printed as JSON. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measurements printed as JSON.",
        subcommands = {BenchCommand.Screening.class, BenchCommand.Taxii.class, BenchCommand.Graph.class, BenchCommand.Pnr.class,
                BenchCommand.Register.class, BenchCommand.Finance.class})
public final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a benchmark is required: screening, taxii, graph, pnr, register or finance");
    }

    @Command(name = "screening", mixinStandardHelpOptions = true,
            description = "Name bench, dedupe (FEBRL3, fake_1000), UN-list and one-million-entry screening speed, blocking recall.")
    public static final class Screening implements Callable<Integer> {

        @Option(names = "--data", description = "Folder with the screening test data (default: ../shared/data/screening if present).")
        Path data;

        @Option(names = "--json", description = "Print JSON (the only output format).")
        boolean json;

        @Option(names = "--threads", description = "Screening threads (default: the number of cores).")
        Integer threads;

        @Option(names = "--un-queries", defaultValue = "100000", description = "Synthetic names screened against the UN list.")
        int unQueries;

        @Option(names = "--million-entries", defaultValue = "1000000", description = "Size of the synthetic list.")
        int millionEntries;

        @Option(names = "--million-queries", defaultValue = "20000", description = "Names screened against it.")
        int millionQueries;

        @Override
        public Integer call() throws Exception {
            Path dir = data != null ? data : defaultData();
            if (dir == null || !Files.isDirectory(dir)) {
                System.err.println("issa bench screening: no data folder (give --data DIR with the files of shared/data/screening)");
                return 2;
            }
            int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            ScreeningBench bench = new ScreeningBench(dir, t, unQueries, millionEntries, millionQueries,
                    s -> System.err.println("issa bench screening: " + s));
            Map<String, Object> result = bench.run();
            System.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(result));
            return 0;
        }

        private static Path defaultData() {
            for (String p : new String[] {"../shared/data/screening", "shared/data/screening", "../../shared/data/screening"}) {
                Path d = Path.of(p);
                if (Files.isDirectory(d)) {
                    return d.toAbsolutePath().normalize();
                }
            }
            return null;
        }
    }

    @Command(name = "taxii", mixinStandardHelpOptions = true,
            description = "STIX objects POSTed through the TAXII 2.1 API and paged back (H2, and PostgreSQL when given), with a "
                    + "direct-store baseline; public report form submissions accepted while an abusive client is throttled.")
    public static final class Taxii implements Callable<Integer> {

        @Option(names = "--objects", defaultValue = "1000000", description = "STIX objects to store (default: ${DEFAULT-VALUE}).")
        int objects;

        @Option(names = "--envelope", defaultValue = "1000", description = "Objects per Add Objects request (default: ${DEFAULT-VALUE}).")
        int envelope;

        @Option(names = "--clients", defaultValue = "2", description = "Concurrent posting clients (default: ${DEFAULT-VALUE}).")
        int clients;

        @Option(names = "--page", defaultValue = "500", description = "limit of each Get Objects request (default: ${DEFAULT-VALUE}, the server's maximum).")
        int page;

        @Option(names = "--form-clients", defaultValue = "400", description = "Legitimate report-form clients, each from its own address.")
        int formClients;

        @Option(names = "--no-form", description = "Skip the report form measurement.")
        boolean noForm;

        @Mixin
        BenchPostgres postgres;

        @Option(names = "--json", description = "Print JSON (the only output format).")
        boolean json;

        @Override
        public Integer call() throws Exception {
            String password;
            try {
                password = postgres.password();
            } catch (CliInputException e) {
                System.err.println("issa bench taxii: " + e.getMessage());
                return 2;
            }
            org.issa.app.cyber.bench.TaxiiBench.Options options;
            try {
                org.issa.app.cyber.bench.FormFlood.Options d = org.issa.app.cyber.bench.FormFlood.Options.DEFAULT;
                options = new org.issa.app.cyber.bench.TaxiiBench.Options(objects, envelope, clients, page,
                        org.issa.app.cyber.bench.TaxiiBench.postgres(postgres.url, postgres.user, password),
                        new org.issa.app.cyber.bench.FormFlood.Options(formClients, d.perClient(), d.threads(), d.abusers()), !noForm);
            } catch (IllegalArgumentException e) {
                System.err.println("issa bench taxii: " + e.getMessage());
                return 2;
            }
            // The servers it starts print their banners to stdout: sent to stderr, so that stdout is the JSON alone.
            java.io.PrintStream stdout = System.out;
            Map<String, Object> result;
            System.setOut(System.err);
            try {
                result = new org.issa.app.cyber.bench.TaxiiBench(options, s -> System.err.println("issa bench taxii: " + s)).run();
            } finally {
                System.setOut(stdout);
            }
            System.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(result));
            return 0;
        }
    }

    @Command(name = "graph", mixinStandardHelpOptions = true,
            description = "Graph engine on seeded scale-free graphs (load, PageRank, betweenness, Louvain, shortest paths),"
                    + " beside NetworkX on the same graphs when python3 with networkx is installed.")
    public static final class Graph implements Callable<Integer> {

        @Option(names = "--sizes", split = ",", description = "Node counts (default 10000,100000,1000000).")
        java.util.List<Integer> sizes;

        @Option(names = "--repetitions", defaultValue = "3", description = "Timed runs after one warm-up (default ${DEFAULT-VALUE}).")
        int repetitions;

        @Option(names = "--pivots", defaultValue = "100", description = "k of the sampled betweenness (default ${DEFAULT-VALUE}).")
        int pivots;

        @Option(names = "--networkx-budget", split = ",", description = "Least NetworkX seconds per algorithm run: one value,"
                + " or one per size (default 60 up to 100000 nodes, 30 above; loading at least 600). Each algorithm gets at"
                + " least --networkx-factor times ISSA's median, so that a NetworkX timeout proves that ratio.")
        java.util.List<Integer> budget;

        @Option(names = "--networkx-factor", defaultValue = "11", description = "NetworkX budget per algorithm as a multiple"
                + " of ISSA's median on the same graph (default ${DEFAULT-VALUE}).")
        double budgetFactor;

        @Option(names = "--pairs", defaultValue = "1000", description = "Shortest-path queries per graph, the same pairs in"
                + " ISSA and NetworkX (default ${DEFAULT-VALUE}).")
        int pairs;

        @Option(names = "--no-networkx", description = "Do not run NetworkX.")
        boolean noNetworkx;

        @Option(names = "--json", description = "Print JSON (the only output format).")
        boolean json;

        @Override
        public Integer call() throws Exception {
            org.issa.app.graph.bench.GraphBench.Options d = org.issa.app.graph.bench.GraphBench.Options.defaults();
            org.issa.app.graph.bench.GraphBench.Options options;
            try {
                options = new org.issa.app.graph.bench.GraphBench.Options(sizes == null ? d.sizes() : sizes, d.edgesPerNode(),
                        repetitions, pivots, d.exactBetweennessUpTo(), pairs, d.seed(), !noNetworkx,
                        budget == null ? java.util.List.of() : budget, budgetFactor);
            } catch (IllegalArgumentException e) {
                System.err.println("issa bench graph: " + e.getMessage());
                return 2;
            }
            Map<String, Object> result = new org.issa.app.graph.bench.GraphBench(options,
                    s -> System.err.println("issa bench graph: " + s)).run();
            System.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(result));
            return 0;
        }
    }

    @Command(name = "pnr", mixinStandardHelpOptions = true,
            description = "Synthetic PNRGOV traffic parsed (parse_msgs_per_s on every core, parse_msgs_per_s_1_thread) and ingested end to end "
                    + "- parse, keep, store, then screening against the UN list and the criteria in force, hits raised for review - on a fresh "
                    + "H2 file database (ingest_pnr_per_s_h2; ingest_store_only_pnr_per_s_h2 without the assessment) and, when given, "
                    + "PostgreSQL (ingest_pnr_per_s_postgres); then one criterion backtested over a million stored PNRs (backtest_seconds).")
    public static final class Pnr implements Callable<Integer> {

        @Option(names = "--files", defaultValue = "4000", description = "Generated interchanges (1-3 messages of 1-6 PNRs each; default: ${DEFAULT-VALUE}).")
        int files;

        @Option(names = "--threads", description = "Ingest threads (default: the number of cores).")
        Integer threads;

        @Option(names = "--seed", defaultValue = "2016681", description = "Generator seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--backtest-pnrs", defaultValue = "1000000",
                description = "Stored PNRs one criterion is backtested over: the bench stores them (through the ingest path) in an H2 database "
                        + "first, unless --backtest-db already holds that many (0: skip; default: ${DEFAULT-VALUE}).")
        int backtestPnrs;

        @Option(names = "--backtest-db", paramLabel = "PATH",
                description = "H2 database file (without .mv.db) kept between runs for the backtest, so that the load is paid once "
                        + "(default: a temporary database, deleted after the run).")
        Path backtestDb;

        @Option(names = "--backtest-criterion", paramLabel = "CEL",
                description = "The criterion timed in the backtest (default: " + org.issa.app.passenger.bench.StoredBacktestBench.CRITERION + ").")
        String backtestCriterion;

        @Option(names = "--no-backtest-history", description = "Skip the second backtest, of a criterion reading the travel history.")
        boolean noBacktestHistory;

        @Option(names = "--backtest-only", description = "Run only the backtest over stored PNRs (no parse or ingest figures).")
        boolean backtestOnly;

        @Option(names = "--backtest-bookings", defaultValue = "0",
                description = "Generated bookings (in memory, no database) one criterion is also backtested over: the evaluation cost alone "
                        + "(0: skip; default: ${DEFAULT-VALUE}).")
        int backtestBookings;

        @Option(names = "--group", defaultValue = "1", description = "Files ingested per transaction (default: ${DEFAULT-VALUE}: one transaction per message, the faster on H2 as measured; more: PnrIngest.ingestAll).")
        int group;

        @Option(names = "--no-baseline", description = "Skip the store-only ingest on H2 (parse, keep and store without the assessment).")
        boolean noBaseline;

        @Option(names = "--ingest-passes", defaultValue = "5",
                description = "Times each H2 ingest run is repeated, each on a fresh database; the median is reported (default: ${DEFAULT-VALUE}).")
        int ingestPasses;

        @Option(names = "--no-parse-bench", description = "Skip the parse benchmark (parse_msgs_per_s): only the ingest runs and the backtest.")
        boolean noParseBench;

        @Option(names = "--criteria", defaultValue = "100", description = "Generated criteria in force during the end-to-end ingest (default: ${DEFAULT-VALUE}).")
        int criteria;

        @Option(names = "--un-list", paramLabel = "FILE", description = "The UN Security Council consolidated list (XML) passengers are screened against "
                + "(default: shared/data/screening/un_sc_consolidated.xml when present; else a generated list of the same size, and the JSON says so).")
        Path unList;

        @Mixin
        BenchPostgres postgres;

        @Option(names = "--json", description = "Print JSON (the only output format).")
        boolean json;

        @Override
        public Integer call() throws Exception {
            String password;
            try {
                password = postgres.password();
            } catch (CliInputException e) {
                System.err.println("issa bench pnr: " + e.getMessage());
                return 2;
            }
            if (files < 1) {
                System.err.println("issa bench pnr: --files must be at least 1");
                return 2;
            }
            if (unList != null && !Files.isRegularFile(unList)) {
                System.err.println("issa bench pnr: --un-list: no file " + unList);
                return 2;
            }
            int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            var options = new org.issa.app.passenger.bench.PnrBench.Options(files, Math.max(1, t), seed, postgres.url, postgres.user, password);
            Map<String, Object> result = new org.issa.app.passenger.bench.PnrBench(options, s -> System.err.println("issa bench pnr: " + s))
                    .backtestBookings(Math.max(0, backtestBookings)).groupFiles(group).baseline(!noBaseline).parseBench(!noParseBench).ingestPasses(ingestPasses)
                    .criteria(criteria).unList(unListFile())
                    .storedBacktest(new org.issa.app.passenger.bench.StoredBacktestBench.Options(Math.max(0, backtestPnrs),
                            java.util.Optional.ofNullable(backtestDb), seed, Math.max(1, t),
                            backtestCriterion == null ? org.issa.app.passenger.bench.StoredBacktestBench.CRITERION : backtestCriterion,
                            !noBacktestHistory))
                    .backtestOnly(backtestOnly).run();
            System.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(result));
            return 0;
        }

        private java.util.Optional<Path> unListFile() {
            if (unList != null) {
                return java.util.Optional.of(unList);
            }
            for (String p : new String[] {"../shared/data/screening", "shared/data/screening", "../../shared/data/screening"}) {
                Path f = Path.of(p, "un_sc_consolidated.xml");
                if (Files.isRegularFile(f)) {
                    return java.util.Optional.of(f);
                }
            }
            return java.util.Optional.empty();
        }
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Bank account register: a synthetic register of N accounts loaded as one bank's submission (load rate) and "
                    + "queries of a designated authority by IBAN and by name (p50/p99), on H2 and, when given, PostgreSQL.")
    public static final class Register implements Callable<Integer> {

        @Option(names = "--accounts", defaultValue = "1000000", description = "Accounts in the register (default: ${DEFAULT-VALUE}).")
        int accounts;

        @Option(names = "--queries", defaultValue = "1000", description = "Timed queries of each kind (default: ${DEFAULT-VALUE}).")
        int queries;

        @Option(names = "--seed", defaultValue = "681", description = "Generator seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Mixin
        BenchPostgres postgres;

        @Option(names = "--json", description = "Print JSON (the only output format).")
        boolean json;

        @Override
        public Integer call() throws Exception {
            String password;
            try {
                password = postgres.password();
            } catch (CliInputException e) {
                System.err.println("issa bench register: " + e.getMessage());
                return 2;
            }
            if (accounts < 1 || queries < 1) {
                System.err.println("issa bench register: --accounts and --queries must be at least 1");
                return 2;
            }
            var options = new org.issa.app.finance.register.bench.RegisterBench.Options(accounts, queries, seed, postgres.url, postgres.user,
                    password);
            Map<String, Object> result = new org.issa.app.finance.register.bench.RegisterBench(options,
                    s -> System.err.println("issa bench register: " + s)).run();
            System.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(result));
            return 0;
        }
    }

    @Command(name = "finance", mixinStandardHelpOptions = true,
            description = "Money: synthetic payments bulk-loaded into the payment store (load_payments_per_s on a fresh H2 file database "
                    + "and, when given, load_payments_per_s_postgres by COPY); 6-hop trace latency on a synthetic ledger (trace_p50_ms, "
                    + "trace_p99_ms); the AMLSim typology scan (scan_seconds, precision among the top 200, recall) beside a PageRank "
                    + "ranking computed in the same run.")
    public static final class Finance implements Callable<Integer> {

        @Option(names = "--count", defaultValue = "10000000", description = "Synthetic payments to load (default: ${DEFAULT-VALUE}).")
        long count;

        @Option(names = "--accounts", defaultValue = "1000000", description = "Accounts they run between (default: ${DEFAULT-VALUE}).")
        int accounts;

        @Option(names = "--seed", defaultValue = "20240601", description = "Generator seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Mixin
        BenchPostgres postgres;

        @Option(names = "--trace-payments", defaultValue = "1000000", description = "Payments of the synthetic ledger traces run on (default: ${DEFAULT-VALUE}).")
        int tracePayments;

        @Option(names = "--trace-accounts", defaultValue = "100000", description = "Accounts of that ledger (default: ${DEFAULT-VALUE}).")
        int traceAccounts;

        @Option(names = "--traces", defaultValue = "1000", description = "Traces timed, each from another account (default: ${DEFAULT-VALUE}).")
        int traces;

        @Option(names = "--hops", defaultValue = "6", description = "Hops per trace (default: ${DEFAULT-VALUE}).")
        int hops;

        @Option(names = "--amlsim", description = "The AMLSim 20K_fanin200cycle200 tarball (default: ../shared/data/networks/ when present).")
        Path amlsim;

        @Option(names = "--trace-compare", description = "Also time the tracer before November 2026 on the same traces (trace_reference_p50_ms, trace_reference_p99_ms).")
        boolean traceCompare;

        @Option(names = "--no-load", description = "Skip the load figures (load_payments_per_s).")
        boolean noLoad;

        @Option(names = "--load-only", description = "Only the load figures (skip the trace and AMLSim parts).")
        boolean loadOnly;

        @Option(names = "--json", description = "Print JSON (the only output format).")
        boolean json;

        @Override
        public Integer call() throws Exception {
            String password;
            try {
                password = postgres.password();
            } catch (CliInputException e) {
                System.err.println("issa bench finance: " + e.getMessage());
                return 2;
            }
            org.issa.app.finance.bench.PaymentLoadBench.Options options;
            try {
                options = new org.issa.app.finance.bench.PaymentLoadBench.Options(count, (int) Math.min(accounts, Math.max(2, count)), seed,
                        postgres.url, postgres.user, password);
            } catch (IllegalArgumentException e) {
                System.err.println("issa bench finance: " + e.getMessage());
                return 2;
            }
            if (tracePayments < 1 || traceAccounts < 2 || traces < 1 || hops < 1 || hops > 12) {
                System.err.println("issa bench finance: --trace-payments, --trace-accounts and --traces must be positive, --hops 1-12");
                return 2;
            }
            Map<String, Object> result = new java.util.LinkedHashMap<>();
            if (!noLoad) {
                result.putAll(new org.issa.app.finance.bench.PaymentLoadBench(options, s -> System.err.println("issa bench finance: " + s)).run());
            }
            if (loadOnly) {
                System.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(result));
                return 0;
            }
            Path data = amlsim;
            if (data == null) {
                for (String p : new String[] {"../shared/data/networks", "shared/data/networks", "../../shared/data/networks"}) {
                    Path f = Path.of(p, "amlsim_20K_fanin200cycle200.tgz");
                    if (Files.isRegularFile(f)) {
                        data = f.toAbsolutePath().normalize();
                        break;
                    }
                }
            }
            result.putAll(new org.issa.app.finance.bench.FlowBench(
                    new org.issa.app.finance.bench.FlowBench.Options(tracePayments, traceAccounts, traces, hops, seed, data, traceCompare),
                    s -> System.err.println("issa bench finance: " + s)).run());
            System.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(result));
            return 0;
        }
    }
}
