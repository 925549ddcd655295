package org.issa.graph.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.issa.core.error.InvalidInputException;
import org.issa.graph.io.AdjacencyMatrixCsv.Symmetry;
import org.issa.graph.network.GraphInputException;
import org.issa.graph.network.InputLimits;
import org.issa.graph.network.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every malformed file gets a clear error naming the file, the line and the problem; nothing is half-built. */
class MalformedInputTest {

    @TempDir
    Path dir;

    Path write(String name, String text) {
        Path f = dir.resolve(name);
        try {
            Files.writeString(f, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return f;
    }

    static GraphInputException error(Runnable r) {
        try {
            r.run();
        } catch (GraphInputException e) {
            assertThat(e).isInstanceOf(InvalidInputException.class);
            return e;
        }
        throw new AssertionError("no GraphInputException");
    }

    @Test
    void ragged_matrix() throws IOException {
        Path f = write("m.csv", "\"players\",\"a\",\"b\",\"c\"\n\"a\",0,1,0\n\"b\",1,0\n\"c\",0,0,0\n");
        GraphInputException e = error(() -> AdjacencyMatrixCsv.read(f, false, false, Symmetry.REQUIRE));
        assertThat(e.getMessage()).isEqualTo("m.csv, line 3: ragged matrix: the row has 3 cells, the header has 4");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.source()).isEqualTo("m.csv");
    }

    @Test
    void non_numeric_and_negative_cells() throws IOException {
        Path f = write("m.csv", "x,a,b\na,0,one\nb,1,0\n");
        assertThat(error(() -> AdjacencyMatrixCsv.read(f, true, false, Symmetry.REQUIRE)).getMessage())
                .isEqualTo("m.csv, line 2: cell in column 'b' is 'one', not a number");
        Path g = write("n.csv", "x,a,b\na,0,-2\nb,1,0\n");
        assertThat(error(() -> AdjacencyMatrixCsv.read(g, true, false, Symmetry.REQUIRE)).getMessage())
                .contains("line 2").contains("must be finite and not negative");
    }

    @Test
    void unknown_duplicate_and_missing_ids_in_a_matrix() throws IOException {
        Path f = write("m.csv", "x,a,b\na,0,1\nz,1,0\n");
        assertThat(error(() -> AdjacencyMatrixCsv.read(f, true, false, Symmetry.REQUIRE)).getMessage())
                .isEqualTo("m.csv, line 3: unknown id 'z': the row's node is not in the header");
        Path g = write("d.csv", "x,a,b\na,0,1\na,1,0\n");
        assertThat(error(() -> AdjacencyMatrixCsv.read(g, true, false, Symmetry.REQUIRE)).getMessage())
                .isEqualTo("d.csv, line 3: node 'a' already has a row (line 2)");
        Path h = write("h.csv", "x,a,b\na,0,1\n");
        assertThat(error(() -> AdjacencyMatrixCsv.read(h, true, false, Symmetry.REQUIRE)).getMessage())
                .isEqualTo("h.csv: no row for node 'b' named in the header");
        Path k = write("k.csv", "x,a,a\na,0,1\n");
        assertThat(error(() -> AdjacencyMatrixCsv.read(k, true, false, Symmetry.REQUIRE)).getMessage())
                .isEqualTo("k.csv, line 1: node id 'a' appears twice in the header");
    }

    @Test
    void asymmetric_matrix_read_undirected() throws IOException {
        Path f = write("m.csv", "x,a,b,c\na,0,2,0\nb,2,0,1\nc,0,0,0\n");
        assertThat(error(() -> AdjacencyMatrixCsv.read(f, false, true, Symmetry.REQUIRE)).getMessage())
                .isEqualTo("m.csv, line 3: asymmetric matrix: b → c is 1.0 but c → b is 0.0; read it as directed,"
                        + " or let the two directions be combined");
        Network combined = AdjacencyMatrixCsv.read(f, false, true, Symmetry.COMBINE);
        assertThat(combined.edgeCount()).isEqualTo(2);
        assertThat(combined.weight(combined.index("a"), combined.index("b"))).isEqualTo(4.0);
        Network directed = AdjacencyMatrixCsv.read(f, true, true, Symmetry.REQUIRE);
        assertThat(directed.edgeCount()).isEqualTo(3);
    }

    @Test
    void self_loops_are_refused() throws IOException {
        Path m = write("m.csv", "x,a,b\na,3,1\nb,1,0\n");
        assertThat(error(() -> AdjacencyMatrixCsv.read(m, false, false, Symmetry.REQUIRE)).getMessage())
                .isEqualTo("m.csv, line 2: self-loop: the diagonal cell of 'a' is 3 (a node linked to itself)");
        Path e = write("e.csv", "source,target\na,b\nc,c\n");
        assertThat(error(() -> EdgeListCsv.read(e, false, false)).getMessage())
                .isEqualTo("e.csv, line 3: self-loop on node 'c' (an edge from a node to itself)");
        assertThatThrownBy(() -> Network.undirected().addEdge("x", "x")).isInstanceOf(GraphInputException.class)
                .hasMessageContaining("self-loop on node 'x'");
    }

    @Test
    void edge_list_problems() throws IOException {
        assertThat(error(() -> EdgeListCsv.read(write("a.csv", "a,b\nc\n"), false, false)).getMessage())
                .isEqualTo("a.csv, line 2: the line has 1 cells; expected source,target[,weight[,time]]");
        assertThat(error(() -> EdgeListCsv.read(write("b.csv", "a,b,1\nc,d\n"), false, false)).getMessage())
                .isEqualTo("b.csv, line 2: the line has 2 cells, the first line has 3");
        assertThat(error(() -> EdgeListCsv.read(write("c.csv", "a,b,2\nc,d,heavy\n"), false, true)).getMessage())
                .isEqualTo("c.csv, line 2: weight 'heavy' is not a number");
        assertThat(error(() -> EdgeListCsv.read(write("d.csv", "a,b,0\n"), false, true)).getMessage())
                .isEqualTo("d.csv, line 1: weight 0 is not a positive finite number");
        assertThat(error(() -> EdgeListCsv.read(write("e.csv", "a,b,1,2024-01-01\nc,d,1,yesterday\n"), false, true)).getMessage())
                .contains("e.csv, line 2").contains("'yesterday' is neither an integer nor an ISO-8601 date");
        assertThat(error(() -> EdgeListCsv.read(write("f.csv", "source,target\n"), false, false)).getMessage())
                .isEqualTo("f.csv: no edges: expected lines source,target[,weight[,time]]");
        assertThat(error(() -> EdgeListCsv.read(write("g.csv", "\"a,b\n"), false, false)).getMessage())
                .isEqualTo("g.csv, line 1: a quoted cell is not closed");
        Path bad = dir.resolve("h.csv");
        Files.write(bad, new byte[] {'a', ',', (byte) 0xC3, (byte) 0x28, '\n'});
        assertThat(error(() -> EdgeListCsv.read(bad, false, false)).getMessage()).isEqualTo("h.csv, line 1: the file is not valid UTF-8 text");
    }

    @Test
    void empty_and_missing_files() throws IOException {
        assertThat(error(() -> EdgeListCsv.read(write("empty.csv", ""), false, false)).getMessage())
                .isEqualTo("empty.csv: the file is empty");
        assertThat(error(() -> AdjacencyMatrixCsv.read(write("blank.csv", "\n\n"), false, false, Symmetry.REQUIRE)).getMessage())
                .isEqualTo("blank.csv: the file has no header row");
        assertThat(error(() -> EdgeListCsv.read(dir.resolve("none.csv"), false, false)).getMessage())
                .startsWith("none.csv: the file does not exist");
        assertThat(error(() -> EdgeListCsv.read(dir, false, false)).getMessage()).endsWith("not a regular file");
    }

    @Test
    void a_one_gigabyte_file_is_refused_before_reading() throws IOException {
        Path big = dir.resolve("big.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(1L << 30); // sparse: no disk used
        }
        for (Runnable r : new Runnable[] {() -> EdgeListCsv.read(big, false, false),
                () -> AdjacencyMatrixCsv.read(big, false, false, Symmetry.REQUIRE), () -> FtmNetworks.read(big, false, false)}) {
            assertThat(error(r).getMessage()).isEqualTo("big.csv: the file is 1073741824 bytes, more than the limit of "
                    + "536870912 bytes; nothing was read");
        }
    }

    @Test
    void limits_on_lines_and_nodes() throws IOException {
        InputLimits small = new InputLimits(1 << 20, 20, 3, 100);
        assertThat(error(() -> EdgeListCsv.read(write("l.csv", "a,b\nccccccccccccccc,dddddddddddddddddd\n"), false, false, small))
                .getMessage()).isEqualTo("l.csv, line 2: the line is longer than 20 characters");
        assertThat(error(() -> EdgeListCsv.read(write("n.csv", "a,b\nc,d\n"), false, false, small)).getMessage())
                .isEqualTo("n.csv, line 2: more than 3 nodes");
        // A single line far longer than the limit is refused while reading, not after.
        Path huge = write("huge.csv", "a," + "b".repeat(1_000_000) + "\n");
        assertThat(error(() -> EdgeListCsv.read(huge, false, false, small)).getMessage())
                .isEqualTo("huge.csv, line 1: the line is longer than 20 characters");
    }

    @Test
    void ftm_problems() throws IOException {
        String person = "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}\n";
        assertThat(error(() -> FtmNetworks.read(write("u.ftm.json", person
                + "{\"id\":\"o1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p1\"],\"asset\":[\"c9\"]}}\n"), true, false))
                .getMessage()).isEqualTo("u.ftm.json, line 2: unknown id 'c9' in Ownership 'o1': no entity of the input has that id");
        assertThat(error(() -> FtmNetworks.read(write("s.ftm.json", person
                + "{\"id\":\"f1\",\"schema\":\"Family\",\"properties\":{\"person\":[\"p1\"],\"relative\":[\"p1\"]}}\n"), false, false))
                .getMessage()).isEqualTo("s.ftm.json, line 2: self-loop: Family 'f1' links 'p1' to itself");
        assertThat(error(() -> FtmNetworks.read(write("j.ftm.json", person + "{\"id\": \n"), false, false)).getMessage())
                .startsWith("j.ftm.json, line 2: not a JSON object");
        assertThat(error(() -> FtmNetworks.read(write("m.ftm.json", person
                + "{\"id\":\"a1\",\"schema\":\"Associate\",\"properties\":{\"person\":[\"p1\"]}}\n"), false, false))
                .getMessage()).isEqualTo("m.ftm.json, line 2: Associate 'a1' has no 'associate'");
        assertThat(error(() -> FtmNetworks.read(write("x.ftm.json", "{\"schema\":\"Person\"}\n"), false, false)).getMessage())
                .isEqualTo("x.ftm.json, line 1: the entity has no \"id\" string");
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThat(error(() -> FtmNetworks.read(write("d.ftm.json", "{\"id\":\"x\",\"schema\":\"Person\",\"p\":" + deep + "}\n"),
                false, false)).getMessage()).startsWith("d.ftm.json, line 1: not a JSON object");
    }
}
