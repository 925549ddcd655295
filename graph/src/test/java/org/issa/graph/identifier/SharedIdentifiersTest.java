package org.issa.graph.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.issa.graph.network.Network;
import org.junit.jupiter.api.Test;

class SharedIdentifiersTest {

    @Test
    void links_entities_sharing_normalised_values_across_datasets() {
        Map<String, List<Identifier>> ids = new LinkedHashMap<>();
        ids.put("pnr:P1", List.of(new Identifier("phone", "+32 2 555 01 23"), new Identifier("email", "Ana@Example.org")));
        ids.put("bank:A7", List.of(new Identifier("iban", "BE71 0961 2345 6769"), new Identifier("phone", "0032-2-555-0123")));
        ids.put("reg:C3", List.of(new Identifier("IBAN", "be71096123456769"), new Identifier("address", "1, Rue Haute  Brussels")));
        ids.put("pnr:P2", List.of(new Identifier("email", "ana@example.org"), new Identifier("address", "1 rue haute brussels")));
        SharedIdentifiers.Result r = SharedIdentifiers.find(ids);
        assertThat(r.links()).containsExactly(
                new SharedLink("pnr:P2", "reg:C3", "address", "1 rue haute brussels"),
                new SharedLink("pnr:P1", "pnr:P2", "email", "ana@example.org"),
                new SharedLink("bank:A7", "reg:C3", "iban", "BE71096123456769"),
                new SharedLink("bank:A7", "pnr:P1", "phone", "3225550123"));
        assertThat(r.links().get(3).explain()).isEqualTo("bank:A7 and pnr:P1 share the phone 3225550123.");
        Network g = r.network();
        assertThat(g.nodeCount()).isEqualTo(4);
        assertThat(g.relationTypes()).containsExactly("shared-address", "shared-email", "shared-iban", "shared-phone");
    }

    @Test
    void bulk_values_are_hubs_not_links() {
        Map<String, List<Identifier>> ids = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            ids.put("c" + i, List.of(new Identifier("address", "Registered Agent Plaza 1")));
        }
        ids.put("p", List.of(new Identifier("phone", "")));
        SharedIdentifiers.Result r = SharedIdentifiers.find(ids, 4);
        assertThat(r.links()).isEmpty();
        assertThat(r.hubs()).containsExactly(Map.entry("address:registered agent plaza 1", 5));
        assertThat(SharedIdentifiers.find(ids, 5).links()).hasSize(10);
    }
}
