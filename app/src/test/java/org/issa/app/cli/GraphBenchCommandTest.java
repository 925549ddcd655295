package org.issa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shape of {@code issa bench graph --json} on tiny graphs, without NetworkX (nothing about the timings is asserted). */
class GraphBenchCommandTest {

    @Test
    void prints_one_json_document_with_every_algorithm_per_graph() {
        CliRun.Result r = CliRun.run("bench", "graph", "--sizes", "200,500", "--repetitions", "1", "--pivots", "20",
                "--pairs", "150", "--no-networkx", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.propertyNames()).containsExactly("machine", "parameters", "networkx", "graphs");
        assertThat(j.get("networkx").get("available").booleanValue()).isFalse();
        assertThat(j.get("graphs").size()).isEqualTo(2);
        JsonNode g = j.get("graphs").get(1);
        assertThat(g.get("nodes").intValue()).isEqualTo(500);
        assertThat(g.get("edges").intValue()).isEqualTo(5 + (500 - 6) * 5);
        assertThat(g.get("algorithms").propertyNames()).containsExactly("load", "pagerank", "betweenness", "louvain", "shortest_paths");
        for (JsonNode a : List.copyOf(g.get("algorithms").valueStream().toList())) {
            assertThat(a.get("issa_s").isNumber()).isTrue();
            assertThat(a.get("issa_runs_s").size()).isEqualTo(1);
        }
        assertThat(g.get("algorithms").get("betweenness").get("mode").stringValue()).isEqualTo("exact");
        assertThat(g.get("algorithms").get("pagerank").get("converged").booleanValue()).isTrue();
        assertThat(g.get("algorithms").get("louvain").get("modularity").doubleValue()).isGreaterThan(0.1);
        assertThat(g.get("algorithms").get("shortest_paths").get("pairs").intValue()).isEqualTo(150);
        assertThat(r.err()).contains("issa bench graph: 500 nodes: louvain");
    }

    @Test
    void bad_sizes_exit_2() {
        CliRun.Result r = CliRun.run("bench", "graph", "--sizes", "5", "--json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("sizes must be between 10 and 5,000,000 nodes");
    }

    @Test
    void a_budget_list_that_does_not_match_the_sizes_exits_2() {
        CliRun.Result r = CliRun.run("bench", "graph", "--sizes", "200,500,800", "--networkx-budget", "60,30", "--json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("give one NetworkX budget, or one per size (3)");
    }

    @Test
    void the_networkx_budget_is_at_least_eleven_times_our_median_so_a_timeout_proves_the_ratio() {
        org.issa.app.graph.bench.GraphBench.Options o = org.issa.app.graph.bench.GraphBench.Options.defaults();
        assertThat(o.budget(0, 10_000, "louvain", 0.5)).isEqualTo(60);
        assertThat(o.budget(0, 10_000, "betweenness", 20.0)).isEqualTo(220);
        assertThat(o.budget(2, 1_000_000, "pagerank", 0.3)).isEqualTo(30);
        assertThat(o.budget(2, 1_000_000, "louvain", 9.01)).isEqualTo(100);
        assertThat(o.budget(2, 1_000_000, "load", 2.0)).isEqualTo(600);
        assertThat(o.budget(2, 1_000_000, "load", 100.0)).isEqualTo(1100);
    }

    @Test
    void a_budget_factor_out_of_range_exits_2() {
        CliRun.Result r = CliRun.run("bench", "graph", "--sizes", "200", "--networkx-factor", "0.5", "--json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("the NetworkX budget factor must be between 1 and 1000");
    }
}
