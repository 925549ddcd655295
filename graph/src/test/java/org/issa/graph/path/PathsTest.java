package org.issa.graph.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.graph.network.Network;
import org.issa.graph.network.NetworkBuilder;
import org.junit.jupiter.api.Test;

class PathsTest {

    /** Two persons linked through a bank (a hub with many clients) and, longer, through two associates. */
    static Network network(boolean weighted) {
        NetworkBuilder b = Network.undirected().weighted(weighted);
        b.addEdge("ana", "bank", 1, Network.NO_TIME, "Ownership").addEdge("bank", "bo", 1, Network.NO_TIME, "Ownership");
        for (int i = 0; i < 10; i++) {
            b.addEdge("client" + i, "bank", 1, Network.NO_TIME, "Ownership");
        }
        b.addEdge("ana", "cy", 1, Network.NO_TIME, "Associate").addEdge("cy", "dan", 1, Network.NO_TIME, "Associate")
                .addEdge("dan", "bo", 1, Network.NO_TIME, "Family").addEdge("cy", "eve", 1, Network.NO_TIME, "Associate")
                .addEdge("eve", "bo", 5, Network.NO_TIME, "Associate");
        return b.build();
    }

    @Test
    void shortest_path_goes_through_the_hub_unless_it_is_skipped() {
        Network g = network(false);
        assertThat(Paths.shortest(g, "ana", "bo", PathOptions.NONE).orElseThrow().nodes()).containsExactly("ana", "bank", "bo");
        Path byName = Paths.shortest(g, "ana", "bo", PathOptions.NONE.avoiding(Set.of("bank"))).orElseThrow();
        assertThat(byName.steps()).isEqualTo(3);
        assertThat(byName.nodes()).doesNotContain("bank");
        Path byDegree = Paths.shortest(g, "ana", "bo", PathOptions.NONE.withMaxDegree(5)).orElseThrow();
        assertThat(byDegree.nodes()).doesNotContain("bank");
        assertThat(byDegree.explain()).startsWith("ana reaches bo in 3 steps, through cy → ");
        Optional<Path> none = Paths.shortest(g, "ana", "bo", PathOptions.NONE.avoiding(Set.of("bank", "cy")));
        assertThat(none).isEmpty();
        // The end points are allowed even when they are hubs.
        assertThat(Paths.shortest(g, "ana", "bank", PathOptions.NONE.withMaxDegree(2))).isPresent();
    }

    @Test
    void relation_types_restrict_the_path() {
        Network g = network(false);
        assertThat(Paths.shortest(g, "ana", "bo", PathOptions.NONE.withRelationTypes(Set.of("Associate", "Family")))
                .orElseThrow().steps()).isEqualTo(3);
        assertThat(Paths.shortest(g, "ana", "bo", PathOptions.NONE.withRelationTypes(Set.of("Associate")))
                .orElseThrow().nodes()).containsExactly("ana", "cy", "eve", "bo");
    }

    @Test
    void weighted_shortest_path_uses_weights_as_lengths() {
        Network g = network(true);
        Path p = Paths.shortest(g, "ana", "bo", PathOptions.NONE.avoiding(Set.of("bank"))).orElseThrow();
        assertThat(p.nodes()).containsExactly("ana", "cy", "dan", "bo");
        assertThat(p.length()).isEqualTo(3.0);
        List<Path> k = Paths.kShortest(g, "ana", "bo", 3, PathOptions.NONE.avoiding(Set.of("bank")));
        assertThat(k).extracting(Path::length).containsExactly(3.0, 7.0);
    }

    @Test
    void k_shortest_simple_paths_in_order() {
        Network g = network(false);
        List<Path> paths = Paths.kShortest(g, "ana", "bo", 5, PathOptions.NONE);
        assertThat(paths).extracting(Path::nodes).containsExactly(List.of("ana", "bank", "bo"),
                List.of("ana", "cy", "dan", "bo"), List.of("ana", "cy", "eve", "bo"));
        for (Path p : paths) {
            assertThat(Set.copyOf(p.nodes())).hasSize(p.nodes().size());
        }
        assertThat(Paths.kShortest(g, "ana", "bo", 1, PathOptions.NONE)).hasSize(1);
    }

    @Test
    void directed_paths_follow_arcs() {
        Network d = Network.directed().addEdge("a", "b").addEdge("b", "c").addEdge("c", "a").build();
        assertThat(Paths.shortest(d, "a", "c", PathOptions.NONE).orElseThrow().nodes()).containsExactly("a", "b", "c");
        assertThat(Paths.shortest(d, "c", "b", PathOptions.NONE).orElseThrow().nodes()).containsExactly("c", "a", "b");
        assertThat(Paths.kShortest(d, "a", "c", 3, PathOptions.NONE)).hasSize(1);
        assertThatThrownBy(() -> Paths.shortest(d, "a", "zz", PathOptions.NONE)).hasMessage("no node 'zz' in the network");
    }

    @Test
    void a_reused_finder_answers_as_fresh_searches() {
        Network g = org.issa.graph.generate.ScaleFree.barabasiAlbert(3000, 2, 3).toNetwork(false);
        PathFinder finder = Paths.finder(g);
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < 200; i++) {
            String a = Integer.toString(r.nextInt(3000));
            String b = Integer.toString(r.nextInt(3000));
            PathOptions o = i % 3 == 0 ? PathOptions.NONE.withMaxDegree(20) : PathOptions.NONE;
            Optional<Path> reused = finder.shortest(a, b, o);
            Optional<Path> fresh = Paths.shortest(g, a, b, o);
            assertThat(reused.map(Path::steps)).isEqualTo(fresh.map(Path::steps));
            assertThat(finder.kShortest(a, b, 2, o)).extracting(Path::length)
                    .isEqualTo(Paths.kShortest(g, a, b, 2, o).stream().map(Path::length).toList());
            reused.ifPresent(p -> {
                for (int j = 0; j + 1 < p.nodes().size(); j++) {
                    assertThat(g.arc(g.index(p.nodes().get(j)), g.index(p.nodes().get(j + 1)))).isNotNegative();
                }
            });
        }
    }
}
