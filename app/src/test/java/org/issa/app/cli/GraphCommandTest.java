package org.issa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code issa graph metrics} on real fixtures (Zachary's karate club, CAVIAR phase 1) and malformed files, without Spring. */
class GraphCommandTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Path fixture(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/graph/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    private int metrics(String... args) {
        GraphCommand.Metrics c = new GraphCommand.Metrics();
        c.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        c.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new CommandLine(c).execute(args);
    }

    private JsonNode json() {
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(1);
        return JSON.readTree(text);
    }

    @Test
    void karate_metrics_equal_networkx() throws IOException {
        Path karate = fixture("karate.csv");
        JsonNode ref;
        try (InputStream in = getClass().getResourceAsStream("/graph/karate-reference.json")) {
            ref = JSON.readTree(in);
        }
        for (String weighting : new String[] {"unweighted", "weighted"}) {
            out.reset();
            int code = weighting.equals("weighted") ? metrics(karate.toString(), "--weighted", "--json")
                    : metrics(karate.toString(), "--json");
            assertThat(code).isZero();
            JsonNode j = json();
            assertThat(j.propertyNames()).containsExactly("nodes", "edges", "communities", "modularity", "metrics");
            assertThat(j.get("nodes").intValue()).isEqualTo(34);
            assertThat(j.get("edges").intValue()).isEqualTo(78);
            assertThat(j.get("communities").intValue()).isBetween(3, 6);
            assertThat(j.get("modularity").doubleValue()).isGreaterThan(0.35);
            assertThat(j.get("metrics").size()).isEqualTo(34);
            for (String measure : new String[] {"degree", "betweenness", "closeness", "eigenvector", "pagerank"}) {
                for (Map.Entry<String, JsonNode> e : ref.get(weighting).get(measure).properties()) {
                    assertThat(j.get("metrics").get(e.getKey()).get(measure).doubleValue())
                            .as("%s %s of %s", weighting, measure, e.getKey()).isCloseTo(e.getValue().doubleValue(), within(1e-6));
                }
            }
            JsonNode node0 = j.get("metrics").get("0");
            assertThat(node0.propertyNames()).containsExactly("degree", "betweenness", "closeness", "eigenvector", "pagerank", "community");
        }
    }

    @Test
    void caviar_matrix_needs_a_direction_rule() throws IOException {
        Path phase1 = fixture("caviar-phase1.csv");
        assertThat(metrics("--format", "matrix", phase1.toString(), "--json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("issa graph metrics: caviar-phase1.csv, line ")
                .contains("asymmetric matrix").contains("(use --directed or --symmetrise)");
        assertThat(out.size()).isZero();
        assertThat(metrics("--format", "matrix", "--symmetrise", phase1.toString(), "--json")).isZero();
        JsonNode j = json();
        assertThat(j.get("nodes").intValue()).isEqualTo(15);
        assertThat(j.get("edges").intValue()).isEqualTo(18);
        assertThat(j.get("metrics").get("1").get("betweenness").doubleValue()).isCloseTo(0.9065934065934067, within(1e-9));
        assertThat(j.get("metrics").get("1").get("degree").doubleValue()).isCloseTo(12 / 14.0, within(1e-12));
        out.reset();
        assertThat(metrics("--format", "matrix", "--directed", "--weighted", phase1.toString(), "--json")).isZero();
        assertThat(json().get("edges").intValue()).isEqualTo(26);
    }

    @Test
    void ftm_json_lines() throws IOException {
        Path f = Files.writeString(dir.resolve("case.ftm.json"),
                "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ana\"]}}\n"
                        + "{\"id\":\"p2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Bo\"]}}\n"
                        + "{\"id\":\"c1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Shell\"]}}\n"
                        + "{\"id\":\"o1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p1\"],\"asset\":[\"c1\"]}}\n"
                        + "{\"id\":\"d1\",\"schema\":\"Directorship\",\"properties\":{\"director\":[\"p2\"],\"organization\":[\"c1\"]}}\n");
        assertThat(metrics("--format", "ftm", "--directed", f.toString(), "--json")).isZero();
        JsonNode j = json();
        assertThat(j.get("nodes").intValue()).isEqualTo(3);
        assertThat(j.get("edges").intValue()).isEqualTo(2);
        assertThat(j.get("metrics").get("c1").get("degree").doubleValue()).isEqualTo(1.0);
    }

    @Test
    void malformed_files_exit_2_with_the_problem() throws IOException {
        Path ragged = Files.writeString(dir.resolve("ragged.csv"), "x,a,b\na,0,1\nb,1\n");
        assertThat(metrics("--format", "matrix", ragged.toString(), "--json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("issa graph metrics: ragged.csv, line 3: ragged matrix: the row has 2 cells, the header has 3");
        err.reset();
        Path loop = Files.writeString(dir.resolve("loop.csv"), "a,b\nb,b\n");
        assertThat(metrics(loop.toString(), "--json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("loop.csv, line 2: self-loop on node 'b'");
        err.reset();
        Path unknown = Files.writeString(dir.resolve("u.json"),
                "{\"id\":\"f\",\"schema\":\"Family\",\"properties\":{\"person\":[\"x\"],\"relative\":[\"y\"]}}\n");
        assertThat(metrics("--format", "ftm", unknown.toString(), "--json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("u.json, line 1: unknown id 'x'");
        err.reset();
        Path big = dir.resolve("big.csv");
        try (java.io.RandomAccessFile r = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            r.setLength(1L << 30);
        }
        assertThat(metrics(big.toString(), "--json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("big.csv: the file is 1073741824 bytes, more than the limit");
        err.reset();
        assertThat(metrics("--format", "gexf", ragged.toString(), "--json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--format must be edges, matrix or ftm, not 'gexf'");
        err.reset();
        assertThat(metrics(dir.resolve("none.csv").toString(), "--json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("none.csv: the file does not exist");
        assertThat(out.size()).isZero();
    }

    @Test
    void registered_in_the_issa_command_line() throws IOException {
        Path karate = fixture("karate.csv");
        CliRun.Result r = CliRun.run("graph", "metrics", karate.toString(), "--json");
        assertThat(r.code()).isZero();
        assertThat(JSON.readTree(r.out()).get("nodes").intValue()).isEqualTo(34);
        assertThat(r.out()).doesNotContain("Spring");
    }
}
