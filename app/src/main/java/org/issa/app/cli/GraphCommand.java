package org.issa.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.issa.graph.centrality.Betweenness;
import org.issa.graph.centrality.Closeness;
import org.issa.graph.centrality.DegreeCentrality;
import org.issa.graph.centrality.EigenvectorCentrality;
import org.issa.graph.centrality.PageRank;
import org.issa.graph.centrality.Scores;
import org.issa.graph.community.Communities;
import org.issa.graph.community.Louvain;
import org.issa.graph.io.AdjacencyMatrixCsv;
import org.issa.graph.io.EdgeListCsv;
import org.issa.graph.io.FtmNetworks;
import org.issa.graph.network.GraphInputException;
import org.issa.graph.network.InputLimits;
import org.issa.graph.network.Network;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code issa graph metrics}: network metrics of a file, without a server or a database. */
@Command(name = "graph", mixinStandardHelpOptions = true, description = "Network analytics on files.",
        subcommands = {GraphCommand.Metrics.class})
public final class GraphCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: metrics");
    }

    @Command(name = "metrics", mixinStandardHelpOptions = true,
            description = "Degree, betweenness, closeness, eigenvector and PageRank centrality and Louvain communities of"
                    + " every node, with NetworkX's default parameters and normalisation, printed as one JSON object."
                    + " Exit 0, or 2 with a message naming the file, line and problem when the file cannot be used.")
    public static final class Metrics implements Callable<Integer> {

        @Option(names = "--format", defaultValue = "edges",
                description = "edges (CSV source,target[,weight[,time]]), matrix (CSV adjacency matrix with a header row"
                        + " of node ids, as the CAVIAR files) or ftm (FollowTheMoney JSON lines). Default: ${DEFAULT-VALUE}.")
        String format;

        @Option(names = "--directed", description = "Read the links as directed.")
        boolean directed;

        @Option(names = "--weighted", description = "Use the weights (as lengths for betweenness and closeness, as"
                + " strengths for eigenvector, PageRank and communities, as NetworkX with weight='weight').")
        boolean weighted;

        @Option(names = "--symmetrise", description = "matrix, undirected: join two nodes when either direction is"
                + " non-zero (weights summed) instead of refusing an asymmetric matrix.")
        boolean symmetrise;

        @Option(names = "--betweenness-k", description = "Estimate betweenness from this many seeded pivots instead of"
                + " exactly (for large networks).")
        Integer betweennessK;

        @Option(names = "--seed", defaultValue = "42", description = "Seed of Louvain's node order and of the pivots (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--max-bytes", description = "Largest file accepted, in bytes (default 536870912, 512 MB).")
        Long maxBytes;

        @Option(names = "--json", description = "Print JSON (the only output format).")
        boolean json;

        @Parameters(index = "0", paramLabel = "FILE", description = "The network file.")
        Path file;

        PrintStream out = System.out;
        PrintStream err = System.err;

        @Override
        public Integer call() {
            try {
                Network g = read();
                out.println(JsonMapper.builder().build().writeValueAsString(metrics(g)));
                out.flush();
                return 0;
            } catch (GraphInputException | CliInputException e) {
                err.println("issa graph metrics: " + e.getMessage());
                return 2;
            } catch (IllegalArgumentException e) {
                err.println("issa graph metrics: " + e.getMessage());
                return 2;
            }
        }

        private Network read() {
            InputLimits limits = InputLimits.DEFAULT;
            if (maxBytes != null) {
                if (maxBytes <= 0) {
                    throw new CliInputException("--max-bytes must be positive");
                }
                limits = limits.withMaxBytes(maxBytes);
            }
            if (betweennessK != null && betweennessK < 1) {
                throw new CliInputException("--betweenness-k must be at least 1");
            }
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "edges" -> EdgeListCsv.read(file, directed, weighted, limits);
                case "ftm" -> FtmNetworks.read(file, directed, weighted, limits);
                case "matrix" -> {
                    try {
                        yield AdjacencyMatrixCsv.read(file, directed, weighted,
                                symmetrise ? AdjacencyMatrixCsv.Symmetry.COMBINE : AdjacencyMatrixCsv.Symmetry.REQUIRE, limits);
                    } catch (GraphInputException e) {
                        if (e.problem().startsWith("asymmetric matrix")) {
                            throw new CliInputException(e.getMessage() + " (use --directed or --symmetrise)");
                        }
                        throw e;
                    }
                }
                default -> throw new CliInputException("--format must be edges, matrix or ftm, not '" + format + "'");
            };
        }

        private ObjectNode metrics(Network g) {
            Scores degree = DegreeCentrality.of(g);
            Scores betweenness = betweennessK == null ? Betweenness.exact(g) : Betweenness.sampled(g, betweennessK, seed);
            Scores closeness = Closeness.of(g);
            Scores eigenvector = EigenvectorCentrality.of(g);
            Scores pagerank = PageRank.of(g);
            for (Scores s : new Scores[] {eigenvector, pagerank}) {
                if (!s.converged()) {
                    err.println("issa graph metrics: warning: " + s.measure().key() + " did not converge within "
                            + s.parameters() + "; the values are the last iterate (NetworkX would raise an error)");
                }
            }
            Communities communities = Louvain.of(g, seed);
            JsonNodeFactory f = JsonNodeFactory.instance;
            ObjectNode root = f.objectNode();
            root.put("nodes", g.nodeCount());
            root.put("edges", g.edgeCount());
            root.put("communities", communities.count());
            if (Double.isNaN(communities.modularity())) {
                root.putNull("modularity");
            } else {
                root.put("modularity", communities.modularity());
            }
            ObjectNode metrics = root.putObject("metrics");
            for (int v = 0; v < g.nodeCount(); v++) {
                ObjectNode m = metrics.putObject(g.id(v));
                m.put("degree", degree.values()[v]);
                m.put("betweenness", betweenness.values()[v]);
                m.put("closeness", closeness.values()[v]);
                m.put("eigenvector", eigenvector.values()[v]);
                m.put("pagerank", pagerank.values()[v]);
                m.put("community", communities.membership()[v]);
            }
            return root;
        }
    }
}
