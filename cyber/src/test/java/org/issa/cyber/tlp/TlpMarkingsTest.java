package org.issa.cyber.tlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.issa.core.marking.Tlp;
import org.issa.cyber.stix.BundleLimits;
import org.issa.cyber.stix.Issue;
import org.issa.cyber.stix.StixJson;
import org.issa.cyber.stix.StixObject;
import org.issa.cyber.stix.StixValidator;
import org.junit.jupiter.api.Test;

class TlpMarkingsTest {

    @Test
    void idsMapBothWays() {
        for (Tlp t : Tlp.values()) {
            String v2 = TlpMarkings.id(t, TlpVersion.V2).orElseThrow();
            assertThat(TlpMarkings.tlpOf(v2)).contains(t);
            assertThat(TlpMarkings.versionOf(v2)).contains(TlpVersion.V2);
            if (t != Tlp.AMBER_STRICT) {
                String v1 = TlpMarkings.id(t, TlpVersion.V1).orElseThrow();
                assertThat(TlpMarkings.tlpOf(v1)).contains(t);
            }
        }
        assertThat(TlpMarkings.id(Tlp.AMBER_STRICT, TlpVersion.V1)).isEmpty();
        assertThat(TlpMarkings.tlpOf("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9")).contains(Tlp.CLEAR);
        assertThat(TlpMarkings.tlpOf("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003")).contains(Tlp.AMBER_STRICT);
        assertThat(TlpMarkings.allIds()).hasSize(9);
    }

    @Test
    void definitionsAreValidStixObjects() {
        for (TlpVersion v : TlpVersion.values()) {
            for (Tlp t : Tlp.values()) {
                if (v == TlpVersion.V1 && t == Tlp.AMBER_STRICT) {
                    continue;
                }
                var d = TlpMarkings.definition(t, v);
                assertThat(StixValidator.validate(d, "x")).filteredOn(Issue::isError).isEmpty();
            }
        }
        assertThat(StixJson.compact(TlpMarkings.definition(Tlp.AMBER_STRICT, TlpVersion.V2))).contains("\"tlp_2_0\":\"amber+strict\"")
                .contains("\"name\":\"TLP:AMBER+STRICT\"");
        assertThat(StixJson.compact(TlpMarkings.definition(Tlp.CLEAR, TlpVersion.V1))).contains("\"tlp\":\"white\"");
    }

    @Test
    void strictestTlpOfAnObjectCountsGranularMarkings() {
        String json = "{\"type\":\"indicator\",\"id\":\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\","
                + "\"object_marking_refs\":[\"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da\"],"
                + "\"granular_markings\":[{\"selectors\":[\"description\"],\"marking_ref\":\"marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1\"}]}";
        StixObject o = StixObject.of(StixJson.parse(json.getBytes(), BundleLimits.DEFAULT));
        assertThat(TlpMarkings.strictest(o)).contains(Tlp.RED);
    }

    @Test
    void mappingToTlp1RefusesAmberStrictUnlessLossIsAllowed() {
        String strict = "{\"type\":\"indicator\",\"id\":\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\","
                + "\"object_marking_refs\":[\"marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003\",\"marking-definition--1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a\"]}";
        var node = StixJson.parse(strict.getBytes(), BundleLimits.DEFAULT);
        assertThatThrownBy(() -> TlpMarkings.mapTo(node, TlpVersion.V1, false))
                .isInstanceOf(TlpMarkings.LossyMappingException.class).hasMessageContaining("AMBER+STRICT");
        var lossy = TlpMarkings.mapTo(node, TlpVersion.V1, true);
        assertThat(lossy.get("object_marking_refs").get(0).asString()).isEqualTo("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82");
        assertThat(lossy.get("object_marking_refs").get(1).asString()).isEqualTo("marking-definition--1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a");
        String white = strict.replace("939a9414-2ddd-4d32-a0cd-375ea402b003", "613f2e26-407d-48c7-9eca-b8e91df99dc9");
        var v2 = TlpMarkings.mapTo(StixJson.parse(white.getBytes(), BundleLimits.DEFAULT), TlpVersion.V2, false);
        assertThat(v2.get("object_marking_refs").get(0).asString()).isEqualTo("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487");
        assertThat(node.get("object_marking_refs").get(0).asString()).endsWith("939a9414-2ddd-4d32-a0cd-375ea402b003");
    }
}
