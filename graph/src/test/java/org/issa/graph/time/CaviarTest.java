package org.issa.graph.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.issa.graph.centrality.Betweenness;
import org.issa.graph.centrality.Closeness;
import org.issa.graph.centrality.DegreeCentrality;
import org.issa.graph.centrality.Scores;
import org.issa.graph.io.AdjacencyMatrixCsv;
import org.issa.graph.io.AdjacencyMatrixCsv.Symmetry;
import org.issa.graph.keyplayer.KeyPlayer;
import org.issa.graph.keyplayer.KeyPlayers;
import org.issa.graph.network.Network;
import org.issa.graph.network.NetworkBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CAVIAR wiretap network (Morselli 2009), 11 two-month phases, undirected and unweighted as in the published
 * analyses. Checks our values against NetworkX's per phase, then reproduces Morselli's findings on the rankings we
 * compute: Daniel Serero (1) is the hub throughout, and after the seizures (from phase 4) Pierre Perlini (3) and
 * Ernesto Morales (12) rise, Morales leading on degree by phase 11. The phases are also rebuilt as time slices of
 * one timed network.
 */
class CaviarTest {

    static final Map<Integer, Network> PHASES = new HashMap<>();
    static JsonNode reference;
    static Network timed;

    @BeforeAll
    static void load() throws Exception {
        NetworkBuilder all = Network.undirected();
        for (int p = 1; p <= 11; p++) {
            Network g = AdjacencyMatrixCsv.read(file("phase" + p + ".csv"), false, false, Symmetry.COMBINE);
            PHASES.put(p, g);
            Network arcs = AdjacencyMatrixCsv.read(file("phase" + p + ".csv"), true, true, Symmetry.REQUIRE);
            for (int u = 0; u < arcs.nodeCount(); u++) {
                for (int a = arcs.outOffsets()[u]; a < arcs.outOffsets()[u + 1]; a++) {
                    all.addEdge(arcs.id(u), arcs.id(arcs.outTargets()[a]), arcs.weights()[a], p, "call");
                }
            }
        }
        timed = all.build();
        try (var in = CaviarTest.class.getResourceAsStream("/caviar/reference.json")) {
            reference = JsonMapper.builder().build().readTree(in).get("phases");
        }
    }

    static Path file(String name) throws URISyntaxException {
        return Path.of(CaviarTest.class.getResource("/caviar/" + name).toURI());
    }

    @Test
    void every_phase_equals_networkx() {
        for (int p = 1; p <= 11; p++) {
            Network g = PHASES.get(p);
            JsonNode ref = reference.get(String.valueOf(p));
            assertThat(g.nodeCount()).as("phase %d nodes", p).isEqualTo(ref.get("nodes").intValue());
            assertThat(g.edgeCount()).as("phase %d edges", p).isEqualTo(ref.get("edges").longValue());
            assertEquals(DegreeCentrality.of(g), ref.get("degree"));
            assertEquals(Betweenness.exact(g), ref.get("betweenness"));
            assertEquals(Closeness.of(g), ref.get("closeness"));
        }
    }

    @Test
    void serero_is_the_hub_across_phases() {
        int firstOnDegree = 0;
        int firstOnBetweenness = 0;
        for (int p = 1; p <= 11; p++) {
            Scores d = DegreeCentrality.of(PHASES.get(p));
            Scores b = Betweenness.exact(PHASES.get(p));
            assertThat(d.rank("1")).as("degree rank of 1 in phase %d", p).isLessThanOrEqualTo(3);
            assertThat(b.rank("1")).as("betweenness rank of 1 in phase %d", p).isLessThanOrEqualTo(3);
            firstOnDegree += d.rank("1") == 1 ? 1 : 0;
            firstOnBetweenness += b.rank("1") == 1 ? 1 : 0;
        }
        assertThat(firstOnDegree).isEqualTo(9);
        assertThat(firstOnBetweenness).isEqualTo(9);
        // Over the whole investigation (all phases together): 107 members, 214 links, 1 first on both.
        Network union = timed;
        assertThat(union.nodeCount()).isEqualTo(107);
        assertThat(union.edgeCount()).isEqualTo(214);
        Network unweighted = TimeSlices.slice(union, 1, 12);
        assertThat(DegreeCentrality.of(unweighted).top(3)).extracting(r -> r.id()).containsExactly("1", "3", "12");
        assertThat(Betweenness.exact(unweighted).top(3)).extracting(r -> r.id()).containsExactly("1", "12", "3");
        assertThat(DegreeCentrality.of(unweighted).value("1")).isCloseTo(0.538, within(0.0005));
        assertThat(Betweenness.exact(PHASES.get(1)).explain("1")).startsWith("1 lies on 90.7 % of the shortest paths");
    }

    @Test
    void perlini_and_morales_rise_after_the_seizures() {
        // Before the seizures (phases 1-3) Morales (12) is absent or peripheral on betweenness...
        assertThat(PHASES.get(1).contains("12")).isFalse();
        for (int p = 2; p <= 4; p++) {
            assertThat(Betweenness.exact(PHASES.get(p)).rank("12")).as("phase %d", p).isGreaterThan(10);
        }
        // ... afterwards he is among the three most central brokers in phases 5, 6, 8, 9 and 11,
        for (int p : List.of(5, 6, 8, 9, 11)) {
            assertThat(Betweenness.exact(PHASES.get(p)).rank("12")).as("phase %d", p).isLessThanOrEqualTo(3);
        }
        // leads on degree in the last phase,
        assertThat(DegreeCentrality.of(PHASES.get(11)).top(1).get(0).id()).isEqualTo("12");
        // and Perlini (3) overtakes Serero as the main broker in phase 9.
        assertThat(Betweenness.exact(PHASES.get(9)).top(1).get(0).id()).isEqualTo("3");

        // The same story as rank shifts between the time slices of phase 3 (before) and phase 9 (after).
        Function<Network, Scores> betweenness = Betweenness::exact;
        List<RankShift> shifts = TimeSlices.compare(TimeSlices.slice(timed, 3, 4), TimeSlices.slice(timed, 9, 10), betweenness);
        RankShift morales = shifts.stream().filter(s -> s.id().equals("12")).findFirst().orElseThrow();
        RankShift perlini = shifts.stream().filter(s -> s.id().equals("3")).findFirst().orElseThrow();
        RankShift serero = shifts.stream().filter(s -> s.id().equals("1")).findFirst().orElseThrow();
        assertThat(morales.rankBefore()).isGreaterThan(10);
        assertThat(morales.valueBefore()).isLessThan(0.01);
        assertThat(morales.rankAfter()).isEqualTo(2);
        assertThat(perlini.rankAfter()).isEqualTo(1);
        assertThat(serero.gain()).isNegative();
        assertThat(shifts.get(0).id()).isEqualTo("12");
        assertThat(morales.explain()).isEqualTo("12 rises from rank " + morales.rankBefore() + " to 2 on betweenness ("
                + String.format(java.util.Locale.ROOT, "%.3f", morales.valueBefore()) + " → 0.357).");
    }

    @Test
    void time_slices_are_the_phases() {
        for (int p = 1; p <= 11; p++) {
            Network slice = TimeSlices.slice(timed, p, p + 1);
            Network phase = PHASES.get(p);
            assertThat(slice.nodeCount()).isEqualTo(phase.nodeCount());
            assertThat(slice.edgeCount()).isEqualTo(phase.edgeCount());
            Scores a = Betweenness.exact(slice);
            Scores b = Betweenness.exact(phase);
            for (String id : phase.ids()) {
                assertThat(a.value(id)).isCloseTo(b.value(id), within(1e-12));
            }
        }
    }

    @Test
    void serero_is_the_key_player_of_phase_1() {
        List<KeyPlayer> kp = KeyPlayers.greedy(PHASES.get(1), 2);
        assertThat(kp.get(0).id()).isEqualTo("1");
        assertThat(kp.get(0).articulationPoint()).isTrue();
        assertThat(kp.get(0).componentsAfter()).isGreaterThan(5);
        assertThat(kp.get(0).fragmentationBefore()).isZero();
        assertThat(kp.get(0).fragmentationAfter()).isGreaterThan(0.8);
        assertThat(kp.get(0).explain()).startsWith("Removing 1 splits the network into " + kp.get(0).componentsAfter() + " parts");
        assertThat(kp.get(1).fragmentationAfter()).isGreaterThanOrEqualTo(kp.get(0).fragmentationAfter());
    }

    static void assertEquals(Scores scores, JsonNode expected) {
        for (Map.Entry<String, JsonNode> e : expected.properties()) {
            assertThat(scores.value(e.getKey())).as(scores.measure().key() + " of " + e.getKey())
                    .isCloseTo(e.getValue().doubleValue(), within(1e-6));
        }
    }
}
