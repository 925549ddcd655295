package org.issa.graph.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.issa.graph.generate.ScaleFree;
import org.issa.graph.network.Network;
import org.junit.jupiter.api.Test;

class SampledBetweennessTest {

    @Test
    void sampled_estimates_exact_and_is_reproducible() {
        Network g = ScaleFree.barabasiAlbert(2000, 3, 11).toNetwork(false);
        Scores exact = Betweenness.exact(g);
        Scores sampled = Betweenness.sampled(g, 400, 5);
        assertThat(sampled.values()).isEqualTo(Betweenness.sampled(g, 400, 5).values());
        assertThat(sampled.values()).isNotEqualTo(Betweenness.sampled(g, 400, 6).values());
        // The hubs are found, and their estimates are close to the exact values.
        assertThat(sampled.top(5)).extracting(Ranked::id).containsAnyElementsOf(exact.top(3).stream().map(Ranked::id).toList());
        for (Ranked r : exact.top(3)) {
            assertThat(sampled.value(r.id())).isCloseTo(r.value(), within(0.25 * r.value()));
        }
        double sumExact = 0;
        double sumSampled = 0;
        for (int v = 0; v < g.nodeCount(); v++) {
            sumExact += exact.values()[v];
            sumSampled += sampled.values()[v];
        }
        assertThat(sumSampled).isCloseTo(sumExact, within(0.1 * sumExact));
        assertThat(Betweenness.sampled(g, g.nodeCount(), 1).values()).isEqualTo(exact.values());
    }

    @Test
    void scores_explain_themselves() {
        Network star = Network.undirected().addEdge("hub", "a").addEdge("hub", "b").addEdge("hub", "c").build();
        assertThat(Betweenness.exact(star).explain("hub")).isEqualTo("hub lies on 100.0 % of the shortest paths between two other"
                + " members, on average over the pairs (betweenness 1.000, rank 1 of 4): a broker whose removal lengthens or"
                + " cuts those paths.");
        assertThat(DegreeCentrality.of(star).explain("a")).isEqualTo(
                "a is in direct contact with 1 of the 3 other members (degree centrality 0.333, rank 2 of 4).");
        assertThat(PageRank.of(star).explain("hub")).startsWith("A random walk along the links, restarting anywhere 15 % of the time,"
                + " spends 48.0 % of its time at hub (PageRank 0.4797");
        assertThat(PageRank.of(star, 0.85, 1, 1e-12).converged()).isFalse();
        assertThat(PageRank.of(star, 0.85, 1, 1e-12).explain("hub")).endsWith("before converging.");
    }
}
