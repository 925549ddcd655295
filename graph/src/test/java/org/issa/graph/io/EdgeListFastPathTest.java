package org.issa.graph.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.issa.graph.network.GraphInputException;
import org.issa.graph.network.Network;
import org.issa.graph.network.NetworkBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte-level edge-list reader (decimal ids by number, other ids by their bytes, weights and integer times
 * read from the bytes) must build exactly the network the builder makes from the same cells as strings.
 */
class EdgeListFastPathTest {

    @TempDir
    Path dir;

    @Test
    void mixed_ids_weights_and_times_give_the_same_network_as_the_builder() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String s = id(random);
            String t = id(random);
            if (s.equals(t)) {
                continue;
            }
            String w = switch (random.nextInt(6)) {
                case 0 -> "0.1";
                case 1 -> "2.50";
                case 2 -> "1e3";
                case 3 -> Integer.toString(1 + random.nextInt(1000));
                case 4 -> "0.000123456789012";
                default -> random.nextInt(100_000) + "." + random.nextInt(1000);
            };
            if (w.matches("0+(\\.0+)?")) {
                w = "1";
            }
            String time = random.nextInt(4) == 0 ? "2024-03-0" + (1 + random.nextInt(9)) : Long.toString(random.nextLong(-1_000_000L, 1L << 40));
            rows.add(new String[] {s, t, w, time});
        }
        StringBuilder text = new StringBuilder("source,target,weight,time\n");
        NetworkBuilder reference = Network.undirected().weighted(true);
        for (String[] r : rows) {
            text.append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append(',').append(r[3]).append('\n');
            reference.addEdge(r[0], r[1], Double.parseDouble(r[2]), TimeValue.parse(r[3]), "");
        }
        Path f = dir.resolve("mixed.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        assertSame(EdgeListCsv.read(f, false, true), reference.build());
    }

    /** Dense decimal ids, scattered large ones, leading zeros, words, and a few that only the quoted path reads. */
    private static String id(SplittableRandom random) {
        return switch (random.nextInt(7)) {
            case 0, 1 -> Integer.toString(random.nextInt(3000));
            case 2 -> Long.toString(4_915_100_000_000L + random.nextInt(500));
            case 3 -> "0" + random.nextInt(50);
            case 4 -> "n" + random.nextInt(300);
            case 5 -> Integer.toString(random.nextInt(60));
            default -> "999999999999999999" + random.nextInt(5);
        };
    }

    @Test
    void ids_seen_first_on_a_quoted_line_are_the_same_nodes_on_plain_lines() throws IOException {
        Path f = dir.resolve("q.csv");
        Files.writeString(f, "\"7\",\"x\"\n7,x\nx,007\n\"7\",007\n", StandardCharsets.UTF_8);
        Network g = EdgeListCsv.read(f, true, false);
        assertThat(g.ids()).containsExactly("7", "x", "007");
        assertThat(g.edgeCount()).isEqualTo(3);
        assertThat(g.weight(g.index("7"), g.index("x"))).isEqualTo(1.0);
    }

    @Test
    void weighted_parallel_edges_of_weight_one_are_summed() throws IOException {
        Path f = dir.resolve("w.csv");
        Files.writeString(f, "1,2,1\n2,1,1\n2,3,1\n", StandardCharsets.UTF_8);
        Network g = EdgeListCsv.read(f, false, true);
        assertThat(g.weight(g.index("1"), g.index("2"))).isEqualTo(2.0);
        assertThat(g.weight(g.index("2"), g.index("3"))).isEqualTo(1.0);
        Network plain = EdgeListCsv.read(f, false, false);
        assertThat(plain.weight(plain.index("1"), plain.index("2"))).isEqualTo(1.0);
        assertThat(plain.arcCount()).isEqualTo(4);
    }

    @Test
    void a_zero_weight_read_from_the_bytes_is_still_refused_with_its_line() throws IOException {
        Path f = dir.resolve("z.csv");
        Files.writeString(f, "1,2,3\n2,3,0.000\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EdgeListCsv.read(f, false, true))
                .isInstanceOf(GraphInputException.class)
                .hasMessageContaining("line 2").hasMessageContaining("weight 0.000 is not a positive finite number");
    }

    @Test
    void a_line_longer_than_the_first_buffer_is_read_when_within_the_limit() throws IOException {
        Path f = dir.resolve("long.csv");
        String longId = "x".repeat(600_000);
        Files.writeString(f, "a,b\n" + longId + ",b\nb,c\n", StandardCharsets.UTF_8);
        Network g = EdgeListCsv.read(f, false, false);
        assertThat(g.contains(longId)).isTrue();
        assertThat(g.edgeCount()).isEqualTo(3);
    }

    private static void assertSame(Network read, Network expected) {
        assertThat(read.ids()).isEqualTo(expected.ids());
        assertThat(read.outOffsets()).isEqualTo(expected.outOffsets());
        assertThat(read.outTargets()).isEqualTo(expected.outTargets());
        assertThat(read.weights()).isEqualTo(expected.weights());
        for (int a = 0; a < read.arcCount(); a++) {
            assertThat(read.firstTime(a)).isEqualTo(expected.firstTime(a));
            assertThat(read.lastTime(a)).isEqualTo(expected.lastTime(a));
        }
        for (String id : expected.ids()) {
            assertThat(read.index(id)).isEqualTo(expected.index(id));
        }
        assertThat(read.index("no such id")).isEqualTo(-1);
    }
}
