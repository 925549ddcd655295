package org.issa.cyber.tlp;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.core.marking.Tlp;
import org.issa.cyber.stix.StixJson;
import org.issa.cyber.stix.StixObject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The STIX marking-definitions of the Traffic Light Protocol: the TLP 1.0 objects of the STIX 2.1
 * specification (section 7.2.1.4) and the TLP 2.0 objects of the OASIS extension
 * {@code extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d}, read both ways and mapped
 * between versions for older peers.
 */
public final class TlpMarkings {

    public static final String TLP2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    private static final Map<Tlp, String> V1 = Map.of(
            Tlp.CLEAR, "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
            Tlp.GREEN, "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",
            Tlp.AMBER, "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82",
            Tlp.RED, "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed");
    private static final Map<Tlp, String> V2 = Map.of(
            Tlp.CLEAR, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
            Tlp.GREEN, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
            Tlp.AMBER, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
            Tlp.AMBER_STRICT, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
            Tlp.RED, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");

    private TlpMarkings() {
    }

    /** The marking-definition id of a level; TLP 1.0 has no AMBER+STRICT. */
    public static Optional<String> id(Tlp tlp, TlpVersion version) {
        return Optional.ofNullable((version == TlpVersion.V1 ? V1 : V2).get(tlp));
    }

    /** The level a marking-definition id stands for, in either version. */
    public static Optional<Tlp> tlpOf(String markingDefinitionId) {
        for (Tlp t : Tlp.values()) {
            if (markingDefinitionId.equals(V1.get(t)) || markingDefinitionId.equals(V2.get(t))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public static Optional<TlpVersion> versionOf(String markingDefinitionId) {
        if (V1.containsValue(markingDefinitionId)) {
            return Optional.of(TlpVersion.V1);
        }
        return V2.containsValue(markingDefinitionId) ? Optional.of(TlpVersion.V2) : Optional.empty();
    }

    public static boolean isTlp(String markingDefinitionId) {
        return tlpOf(markingDefinitionId).isPresent();
    }

    /**
     * The strictest TLP an object carries, in object_marking_refs or in granular markings (a
     * granular RED makes the whole stored object RED: ISSA keeps objects whole).
     */
    public static Optional<Tlp> strictest(StixObject o) {
        return o.references().stream().map(TlpMarkings::tlpOf).flatMap(Optional::stream)
                .max(Comparator.comparingInt(Enum::ordinal));
    }

    /** The marking-definition object of a level, as the specification (v1) or the extension (v2) defines it. */
    public static ObjectNode definition(Tlp tlp, TlpVersion version) {
        String id = id(tlp, version).orElseThrow(() -> new IllegalArgumentException("TLP 1.0 has no " + tlp.label()));
        ObjectNode d = StixJson.object();
        d.put("type", "marking-definition");
        d.put("spec_version", "2.1");
        d.put("id", id);
        if (version == TlpVersion.V1) {
            String name = tlp == Tlp.CLEAR ? "white" : tlp.name().toLowerCase(java.util.Locale.ROOT);
            d.put("created", "2017-01-20T00:00:00.000Z");
            d.put("definition_type", "tlp");
            d.put("name", "TLP:" + name.toUpperCase(java.util.Locale.ROOT));
            d.putObject("definition").put("tlp", name);
        } else {
            d.put("created", "2022-10-01T00:00:00.000Z");
            d.put("name", tlp.label());
            ObjectNode ext = d.putObject("extensions").putObject(TLP2_EXTENSION);
            ext.put("extension_type", "property-extension");
            ext.put("tlp_2_0", tlp.name().toLowerCase(java.util.Locale.ROOT).replace('_', '+'));
        }
        return d;
    }

    /**
     * The object with its TLP marking refs rewritten to the given version (other refs untouched).
     * Going to TLP 1.0, AMBER+STRICT has no equivalent: refused unless {@code allowLossy}, when it
     * becomes AMBER and the caller must record that the STRICT restriction was lost.
     *
     * @throws LossyMappingException when AMBER+STRICT would go to TLP 1.0 without permission
     */
    public static JsonNode mapTo(JsonNode object, TlpVersion version, boolean allowLossy) {
        JsonNode copy = object.deepCopy();
        if (!(copy instanceof ObjectNode obj)) {
            return copy;
        }
        JsonNode refs = obj.get("object_marking_refs");
        if (refs instanceof ArrayNode list) {
            ArrayNode out = list.arrayNode();
            java.util.LinkedHashSet<String> seen = new java.util.LinkedHashSet<>();
            for (JsonNode r : list) {
                String mapped = r.isString() ? map(r.asString(), version, allowLossy, obj) : null;
                if (mapped == null) {
                    out.add(r);
                } else if (seen.add(mapped)) {
                    out.add(mapped);
                }
            }
            obj.set("object_marking_refs", out);
        }
        for (JsonNode g : obj.path("granular_markings")) {
            if (g instanceof ObjectNode gm && gm.path("marking_ref").isString()) {
                String mapped = map(gm.get("marking_ref").asString(), version, allowLossy, obj);
                if (mapped != null) {
                    gm.put("marking_ref", mapped);
                }
            }
        }
        return obj;
    }

    private static String map(String ref, TlpVersion version, boolean allowLossy, JsonNode obj) {
        Optional<Tlp> tlp = tlpOf(ref);
        if (tlp.isEmpty()) {
            return null;
        }
        Tlp level = tlp.get();
        if (version == TlpVersion.V1 && level == Tlp.AMBER_STRICT) {
            if (!allowLossy) {
                throw new LossyMappingException(obj.path("id").asString("?"));
            }
            level = Tlp.AMBER;
        }
        return id(level, version).orElseThrow();
    }

    /** All TLP marking-definition ids of both versions. */
    public static List<String> allIds() {
        List<String> all = new java.util.ArrayList<>(V1.values());
        all.addAll(V2.values());
        return all;
    }

    /** AMBER+STRICT asked to go to a TLP 1.0 consumer, which cannot express it. */
    public static final class LossyMappingException extends RuntimeException {
        private final String objectId;

        public LossyMappingException(String objectId) {
            super(objectId + " is TLP:AMBER+STRICT, which TLP 1.0 cannot express (it would become AMBER and lose STRICT)");
            this.objectId = objectId;
        }

        public String objectId() {
            return objectId;
        }
    }
}
