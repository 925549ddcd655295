package org.issa.graph.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.issa.core.entity.Entity;
import org.issa.core.entity.Provenance;
import org.issa.core.marking.Marking;
import org.issa.graph.network.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadersTest {

    @TempDir
    Path dir;

    @Test
    void edge_list_with_header_weights_times_and_parallel_edges() throws IOException {
        Path f = dir.resolve("calls.csv");
        Files.writeString(f, "caller,callee,duration,time\nA,B,2,2024-03-01\nB,A,3,2024-03-05T10:00:00Z\n\"C, Jr\",A,1,17\n\n");
        Network u = EdgeListCsv.read(f, false, true);
        assertThat(u.nodeCount()).isEqualTo(3);
        assertThat(u.edgeCount()).isEqualTo(2);
        int a = u.index("A");
        int b = u.index("B");
        assertThat(u.weight(a, b)).isEqualTo(5.0);
        assertThat(u.firstTime(u.arc(a, b))).isEqualTo(Instant.parse("2024-03-01T00:00:00Z").getEpochSecond());
        assertThat(u.lastTime(u.arc(a, b))).isEqualTo(Instant.parse("2024-03-05T10:00:00Z").getEpochSecond());
        assertThat(u.contains("C, Jr")).isTrue();
        Network d = EdgeListCsv.read(f, true, false);
        assertThat(d.edgeCount()).isEqualTo(3);
        assertThat(d.weight(d.index("A"), d.index("B"))).isEqualTo(1.0);
        assertThat(d.outDegree(d.index("A"))).isEqualTo(1);
        assertThat(d.inDegree(d.index("A"))).isEqualTo(2);
        assertThat(d.degree(d.index("A"))).isEqualTo(3);
        Network march = d.between(Instant.parse("2024-03-01T00:00:00Z").getEpochSecond(), Instant.parse("2024-03-02T00:00:00Z").getEpochSecond());
        assertThat(march.nodeCount()).isEqualTo(2);
        assertThat(march.edgeCount()).isEqualTo(1);
    }

    @Test
    void headerless_edge_list() throws IOException {
        Path f = dir.resolve("e.csv");
        Files.writeString(f, "1,2\r\n2,3\r\n");
        Network g = EdgeListCsv.read(f, false, false);
        assertThat(g.ids()).containsExactly("1", "2", "3");
        assertThat(g.edgeCount()).isEqualTo(2);
    }

    String entity(String id, String schema, String props) {
        return "{\"id\":\"" + id + "\",\"schema\":\"" + schema + "\",\"properties\":{" + props + "}}\n";
    }

    @Test
    void ftm_json_lines_become_typed_timed_edges() throws IOException {
        Path f = dir.resolve("case.ftm.json");
        Files.writeString(f, entity("own1", "Ownership", "\"owner\":[\"p1\"],\"asset\":[\"c1\"],\"startDate\":[\"2019-05\"]")
                + entity("p1", "Person", "\"name\":[\"Ana\"]") + entity("p2", "Person", "\"name\":[\"Bo\"]")
                + entity("c1", "Company", "\"name\":[\"Shell Ltd\"]") + entity("acc", "BankAccount", "\"iban\":[\"BE71\"]")
                + entity("pay1", "Payment", "\"payer\":[\"c1\"],\"beneficiary\":[\"p2\"],\"date\":[\"2020\"]")
                + entity("fam", "Family", "\"person\":[\"p1\"],\"relative\":[\"p2\"]")
                + entity("call", "Call", "\"caller\":[\"p2\"],\"receiver\":[\"p1\"]"));
        Network g = FtmNetworks.read(f, true, false);
        assertThat(g.ids()).containsExactly("p1", "p2", "c1", "acc");
        assertThat(g.edgeCount()).isEqualTo(4);
        assertThat(g.relationTypes()).containsExactly("Ownership", "Payment", "Family", "Call");
        int own = g.arc(g.index("p1"), g.index("c1"));
        assertThat(g.relationTypes(own)).containsExactly("Ownership");
        assertThat(g.firstTime(own)).isEqualTo(Instant.parse("2019-05-01T00:00:00Z").getEpochSecond());
        assertThat(g.firstTime(g.arc(g.index("c1"), g.index("p2")))).isEqualTo(Instant.parse("2020-01-01T00:00:00Z").getEpochSecond());
        Network u = FtmNetworks.read(f, false, false);
        // Family p1-p2 and Call p2->p1 merge into one undirected edge carrying both types.
        assertThat(u.edgeCount()).isEqualTo(3);
        assertThat(u.relationTypes(u.arc(u.index("p1"), u.index("p2")))).containsExactly("Family", "Call");
    }

    @Test
    void core_entities_become_a_network() {
        Provenance prov = new Provenance("caviar-phase-1", "test", Instant.parse("2024-01-01T00:00:00Z"));
        Marking marking = Marking.unclassified("BE");
        List<Entity> entities = List.of(
                new Entity("a", "Person", Map.of("name", List.of("A")), marking, prov),
                new Entity("b", "Person", Map.of("name", List.of("B")), marking, prov),
                new Entity("x", "Associate", Map.of("person", List.of("a"), "associate", List.of("b")), marking, prov));
        Network g = FtmNetworks.of(entities, false, false);
        assertThat(g.nodeCount()).isEqualTo(2);
        assertThat(g.edgeCount()).isEqualTo(1);
        List<Entity> bad = List.of(entities.get(0),
                new Entity("y", "Associate", Map.of("person", List.of("a"), "associate", List.of("zz")), marking, prov));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FtmNetworks.of(bad, false, false))
                .hasMessage("entities: entity #2 ('y'): unknown id 'zz' in Associate 'y': no entity of the input has that id");
    }
}
