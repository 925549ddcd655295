package org.issa.graph.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.issa.graph.centrality.DegreeCentrality;
import org.issa.graph.io.EdgeListCsv;
import org.issa.graph.keyplayer.Components;
import org.issa.graph.network.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleFreeTest {

    @Test
    void barabasi_albert_has_the_expected_shape() {
        SyntheticEdges e = ScaleFree.barabasiAlbert(10_000, 5, 42);
        assertThat(e.edgeCount()).isEqualTo(5 + (10_000 - 6) * 5);
        Network g = e.toNetwork(false);
        assertThat(g.nodeCount()).isEqualTo(10_000);
        assertThat(g.edgeCount()).isEqualTo(e.edgeCount()); // no parallel edges, no self-loops
        assertThat(new Components(g).split(new java.util.BitSet(), -1).components()).isEqualTo(1);
        int min = Integer.MAX_VALUE;
        int max = 0;
        int over100 = 0;
        for (int v = 0; v < g.nodeCount(); v++) {
            min = Math.min(min, g.degree(v));
            max = Math.max(max, g.degree(v));
            over100 += g.degree(v) > 100 ? 1 : 0;
        }
        assertThat(min).isEqualTo(5);
        // Heavy tail: hubs far above the mean degree of about 10 (a random graph would stay under ~30).
        assertThat(max).isGreaterThan(200);
        assertThat(over100).isBetween(5, 200);
        assertThat(DegreeCentrality.of(g).top(1).get(0).value()).isGreaterThan(0.02);
    }

    @Test
    void same_seed_same_graph_other_seed_other_graph() {
        SyntheticEdges a = ScaleFree.barabasiAlbert(1000, 3, 7);
        SyntheticEdges b = ScaleFree.barabasiAlbert(1000, 3, 7);
        SyntheticEdges c = ScaleFree.barabasiAlbert(1000, 3, 8);
        assertThat(a.targets()).isEqualTo(b.targets());
        assertThat(a.targets()).isNotEqualTo(c.targets());
    }

    @Test
    void written_edge_list_reads_back(@TempDir Path dir) throws Exception {
        SyntheticEdges e = ScaleFree.barabasiAlbert(500, 2, 1);
        Path f = dir.resolve("ba.csv");
        e.writeCsv(f);
        assertThat(Files.readAllLines(f)).hasSize(e.edgeCount());
        Network g = EdgeListCsv.read(f, false, false);
        assertThat(g.edgeCount()).isEqualTo(e.edgeCount());
        assertThat(g.nodeCount()).isEqualTo(500);
    }
}
