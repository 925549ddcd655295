package org.issa.graph.keyplayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.issa.graph.network.Network;
import org.junit.jupiter.api.Test;

class KeyPlayersTest {

    /** Two triangles joined through a broker x by a bridge x-y, plus a pendant z on y. */
    static Network network() {
        return Network.undirected().addEdge("a", "b").addEdge("b", "c").addEdge("c", "a").addEdge("c", "x")
                .addEdge("x", "y").addEdge("y", "d").addEdge("d", "e").addEdge("e", "y").addEdge("y", "z").build();
    }

    @Test
    void articulation_points() {
        assertThat(ArticulationPoints.ids(network())).containsExactly("c", "x", "y");
        assertThat(ArticulationPoints.ids(Network.undirected().addEdge("a", "b").addEdge("b", "c").addEdge("c", "a").build())).isEmpty();
        Network directed = Network.directed().addEdge("a", "b").addEdge("b", "c").addEdge("c", "b").build();
        assertThat(ArticulationPoints.ids(directed)).containsExactly("b");
    }

    @Test
    void greedy_fragmentation() {
        List<KeyPlayer> kp = KeyPlayers.greedy(network(), 2);
        // Removing y leaves {a,b,c,x}, {d,e}, {z}: 12+2 of the 7*6=42 ordered pairs still connected -> fragmentation 2/3.
        assertThat(kp.get(0).id()).isEqualTo("y");
        assertThat(kp.get(0).componentsAfter()).isEqualTo(3);
        assertThat(kp.get(0).fragmentationAfter()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(kp.get(0).explain()).isEqualTo("Removing y splits the network into 3 parts (largest 4 members); 67 % of"
                + " the pairs of remaining members can no longer reach each other (before: 0 %). y is a cut point: the only"
                + " link between parts of the network.");
        assertThat(kp.get(1).id()).isEqualTo("c");
        assertThat(kp.get(1).fragmentationAfter()).isCloseTo(1 - 4.0 / 30, within(1e-12));
        Components.Split s = new Components(network()).split(new java.util.BitSet(), -1);
        assertThat(s.components()).isEqualTo(1);
        assertThat(s.fragmentation()).isZero();
    }
}
