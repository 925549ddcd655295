package org.issa.app.cyber.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.issa.core.marking.Tlp;
import org.issa.cyber.stix.ObservableId;
import org.issa.cyber.stix.StixJson;
import org.issa.cyber.tlp.TlpMarkings;
import org.issa.cyber.tlp.TlpVersion;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid STIX 2.1 objects made up for benchmarks, in groups of {@value #GROUP} that refer only to each other: a malware
 * family, two indicators (STIX patterns) that indicate it, a domain name, an IPv4 address and a URL (deterministic
 * ids), three relationships and a sighting. Each group carries one TLP 2.0 marking in turn (CLEAR, GREEN, AMBER,
 * AMBER+STRICT) or none (the receiver's default applies). The same seed gives the same objects.
 */
public final class SyntheticStix {

    public static final int GROUP = 10;
    private static final Instant BASE = Instant.parse("2024-01-01T00:00:00Z");
    private static final Tlp[] MARKINGS = {Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT, null};

    private final String seed;

    public SyntheticStix(String seed) {
        this.seed = seed;
    }

    /** The objects of groups {@code from} (inclusive) to {@code to} (exclusive), as compact JSON. */
    public List<String> groups(long from, long to) {
        List<String> out = new ArrayList<>((int) (to - from) * GROUP);
        for (long g = from; g < to; g++) {
            group(g, out);
        }
        return out;
    }

    /** A TAXII envelope ({@code {"objects":[…]}}) of the given objects, as UTF-8. */
    public static byte[] envelope(List<String> objects) {
        StringBuilder b = new StringBuilder(objects.size() * 420).append("{\"objects\":[");
        for (int i = 0; i < objects.size(); i++) {
            b.append(i == 0 ? "" : ",").append(objects.get(i));
        }
        return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Objects per type, and groups per TLP marking, in {@code groups} groups. */
    public static Map<String, Object> mix(long groups) {
        Map<String, Object> types = new TreeMap<>(Map.of("malware", groups, "indicator", 2 * groups, "domain-name", groups,
                "ipv4-addr", groups, "url", groups, "relationship", 3 * groups, "sighting", groups));
        Map<String, Object> tlp = new java.util.LinkedHashMap<>();
        for (int i = 0; i < MARKINGS.length; i++) {
            long n = groups / MARKINGS.length + (i < groups % MARKINGS.length ? 1 : 0);
            tlp.put(MARKINGS[i] == null ? "none (receiver's default)" : MARKINGS[i].label(), n * GROUP);
        }
        return Map.of("objects_by_type", types, "objects_by_tlp", tlp);
    }

    private void group(long g, List<String> out) {
        String t = BASE.plus(g, ChronoUnit.SECONDS).toString().replace("Z", ".000Z");
        Tlp tlp = MARKINGS[(int) (g % MARKINGS.length)];
        String marking = tlp == null ? null : TlpMarkings.id(tlp, TlpVersion.V2).orElseThrow();
        String domain = "h" + g + ".bench.example";
        long a = (100L << 24 | 64L << 16) + g; // 100.64.0.0/10: four million distinct addresses, forty million objects
        String ip = (a >> 24) + "." + ((a >> 16) & 0xff) + "." + ((a >> 8) & 0xff) + "." + (a & 0xff);

        ObjectNode malware = sdo("malware", id("malware", g, 0), t, marking);
        malware.put("name", "Bench family " + g);
        malware.put("is_family", true);
        malware.putArray("malware_types").add("trojan");

        ObjectNode domainName = sco("domain-name", marking);
        domainName.put("value", domain);
        finishSco(domainName);
        ObjectNode ipv4 = sco("ipv4-addr", marking);
        ipv4.put("value", ip);
        finishSco(ipv4);
        ObjectNode url = sco("url", marking);
        url.put("value", "https://" + domain + "/login/" + g);
        finishSco(url);

        ObjectNode byDomain = indicator(g, 1, t, marking, "[domain-name:value = '" + domain + "']");
        ObjectNode byUrl = indicator(g, 2, t, marking, "[url:value = 'https://" + domain + "/login/" + g + "']");

        ObjectNode r1 = relationship(g, 3, t, marking, "indicates", byDomain, malware);
        ObjectNode r2 = relationship(g, 4, t, marking, "indicates", byUrl, malware);
        ObjectNode r3 = relationship(g, 5, t, marking, "related-to", domainName, ipv4);

        ObjectNode sighting = sdo("sighting", id("sighting", g, 6), t, marking);
        sighting.put("sighting_of_ref", byDomain.get("id").asString());
        sighting.put("count", 1 + (int) (g % 7));
        sighting.put("first_seen", t);
        sighting.put("last_seen", t);

        for (ObjectNode o : List.of(malware, byDomain, byUrl, domainName, ipv4, url, r1, r2, r3, sighting)) {
            out.add(StixJson.compact(o));
        }
    }

    private ObjectNode indicator(long g, int n, String t, String marking, String pattern) {
        ObjectNode o = sdo("indicator", id("indicator", g, n), t, marking);
        o.put("name", "Bench indicator " + g + "." + n);
        o.putArray("indicator_types").add("malicious-activity");
        o.put("pattern", pattern);
        o.put("pattern_type", "stix");
        o.put("valid_from", t);
        return o;
    }

    private ObjectNode relationship(long g, int n, String t, String marking, String type, ObjectNode from, ObjectNode to) {
        ObjectNode o = sdo("relationship", id("relationship", g, n), t, marking);
        o.put("relationship_type", type);
        o.put("source_ref", from.get("id").asString());
        o.put("target_ref", to.get("id").asString());
        return o;
    }

    private static ObjectNode sdo(String type, String id, String t, String marking) {
        ObjectNode o = StixJson.object();
        o.put("type", type);
        o.put("spec_version", "2.1");
        o.put("id", id);
        o.put("created", t);
        o.put("modified", t);
        if (marking != null) {
            o.putArray("object_marking_refs").add(marking);
        }
        return o;
    }

    private static ObjectNode sco(String type, String marking) {
        ObjectNode o = StixJson.object();
        o.put("type", type);
        o.put("spec_version", "2.1");
        o.put("id", type + "--00000000-0000-4000-8000-000000000000");
        if (marking != null) {
            o.putArray("object_marking_refs").add(marking);
        }
        return o;
    }

    private static void finishSco(ObjectNode o) {
        o.put("id", ObservableId.of(o).orElseThrow());
    }

    private String id(String type, long g, int n) {
        return type + "--" + UUID.nameUUIDFromBytes((seed + "/" + g + "/" + n).getBytes(StandardCharsets.UTF_8));
    }
}
