package org.issa.graph.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.issa.graph.network.Network;
import org.junit.jupiter.api.Test;

class NeighbourhoodTest {

    static Network network() {
        return Network.directed()
                .addEdge("a", "b", 1, Network.NO_TIME, "Call").addEdge("c", "a", 1, Network.NO_TIME, "Payment")
                .addEdge("b", "d", 1, Network.NO_TIME, "Call").addEdge("d", "e", 1, Network.NO_TIME, "Call")
                .addEdge("c", "f", 1, Network.NO_TIME, "Family").build();
    }

    @Test
    void expands_by_hops_in_both_directions() {
        Neighbourhood one = Neighbourhood.expand(network(), List.of("a"), 1, Set.of());
        assertThat(one.distance()).containsOnlyKeys("a", "b", "c");
        assertThat(one.network().edgeCount()).isEqualTo(2);
        Neighbourhood two = Neighbourhood.expand(network(), List.of("a"), 2, Set.of());
        assertThat(two.distance()).containsOnlyKeys("a", "b", "c", "d", "f");
        assertThat(two.at(2)).containsExactlyInAnyOrder("d", "f");
        assertThat(two.explain()).isEqualTo("4 entities lie within 2 links of the 1 starting entity; 4 links join them.");
    }

    @Test
    void follows_only_the_relation_types_asked() {
        Neighbourhood calls = Neighbourhood.expand(network(), List.of("a"), 3, Set.of("Call"));
        assertThat(calls.distance()).containsOnlyKeys("a", "b", "d", "e");
        assertThat(calls.network().relationTypes()).containsExactly("Call");
        assertThat(calls.network().edgeCount()).isEqualTo(3);
        assertThat(Neighbourhood.expand(network(), List.of("a", "f"), 0, Set.of()).distance()).containsOnlyKeys("a", "f");
    }
}
