package org.issa.graph.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.issa.core.entity.Entity;
import org.issa.graph.network.GraphInputException;
import org.issa.graph.network.InputLimits;
import org.issa.graph.network.Network;
import org.issa.graph.network.NetworkBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a network from FollowTheMoney entities, as JSON lines ({@code {"id", "schema", "properties"}} one a
 * line, every property value a list of strings) or as core {@link Entity} values. Every entity whose schema is
 * not a link schema is a node (its id is the node id). Each entity of a link schema is an edge from the
 * entities named by its source property to those named by its target property, with the schema name as its
 * relation type and its {@code date} or {@code startDate} as its time:
 *
 * <table>
 * <caption>Link schemata</caption>
 * <tr><th>Schema</th><th>From</th><th>To</th></tr>
 * <tr><td>Ownership</td><td>owner</td><td>asset</td></tr>
 * <tr><td>Directorship</td><td>director</td><td>organization</td></tr>
 * <tr><td>Membership</td><td>member</td><td>organization</td></tr>
 * <tr><td>Representation</td><td>agent</td><td>client</td></tr>
 * <tr><td>Employment</td><td>employee</td><td>employer</td></tr>
 * <tr><td>Family</td><td>person</td><td>relative</td></tr>
 * <tr><td>Associate</td><td>person</td><td>associate</td></tr>
 * <tr><td>Payment</td><td>payer</td><td>beneficiary</td></tr>
 * <tr><td>Debt</td><td>debtor</td><td>creditor</td></tr>
 * <tr><td>UnknownLink</td><td>subject</td><td>object</td></tr>
 * <tr><td>Call</td><td>caller</td><td>receiver</td></tr>
 * <tr><td>Succession</td><td>predecessor</td><td>successor</td></tr>
 * </table>
 *
 * <p>Each link weighs 1, so that parallel links add up to their count when reading weighted. Refused with the
 * line (or entity position) and problem: malformed JSON, an entity without id or schema, a link without its
 * source or target property, a reference to an id that no entity of the input has (unknown id), and a link from
 * an entity to itself (self-loop).
 */
public final class FtmNetworks {

    /** The link schemata: schema name to {source property, target property}. */
    public static final Map<String, List<String>> LINKS = linkSchemata();

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxNumberLength(100)
                    .maxNameLength(1000).build()).build()).build();

    private FtmNetworks() {
    }

    private static Map<String, List<String>> linkSchemata() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("Ownership", List.of("owner", "asset"));
        m.put("Directorship", List.of("director", "organization"));
        m.put("Membership", List.of("member", "organization"));
        m.put("Representation", List.of("agent", "client"));
        m.put("Employment", List.of("employee", "employer"));
        m.put("Family", List.of("person", "relative"));
        m.put("Associate", List.of("person", "associate"));
        m.put("Payment", List.of("payer", "beneficiary"));
        m.put("Debt", List.of("debtor", "creditor"));
        m.put("UnknownLink", List.of("subject", "object"));
        m.put("Call", List.of("caller", "receiver"));
        m.put("Succession", List.of("predecessor", "successor"));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** One entity as read, with where it was read ("line 4" or "entity #4"). */
    private record Item(String id, String schema, Map<String, List<String>> properties, long line) {
    }

    /** Reads FtM JSON lines. */
    public static Network read(Path file, boolean directed, boolean weighted) {
        return read(file, directed, weighted, InputLimits.DEFAULT);
    }

    public static Network read(Path file, boolean directed, boolean weighted, InputLimits limits) {
        List<Item> items = new ArrayList<>();
        String name;
        try (BoundedLines lines = BoundedLines.open(file, limits)) {
            name = lines.name();
            String line;
            while ((line = lines.next()) != null) {
                long no = lines.lineNumber();
                if (line.isBlank()) {
                    continue;
                }
                items.add(parse(name, no, line));
            }
        }
        return build(name, items, directed, weighted, limits, true);
    }

    /** Builds from core entities; problems name the entity's position in the list (1-based). */
    public static Network of(List<Entity> entities, boolean directed, boolean weighted) {
        List<Item> items = new ArrayList<>();
        long i = 0;
        for (Entity e : entities) {
            items.add(new Item(e.id(), e.schema(), e.properties(), ++i));
        }
        return build("entities", items, directed, weighted, InputLimits.DEFAULT, false);
    }

    private static Item parse(String name, long no, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new GraphInputException(name, no, "not a JSON object: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new GraphInputException(name, no, "not a JSON object");
        }
        JsonNode id = node.get("id");
        JsonNode schema = node.get("schema");
        if (id == null || !id.isString() || id.stringValue().isBlank()) {
            throw new GraphInputException(name, no, "the entity has no \"id\" string");
        }
        if (schema == null || !schema.isString() || schema.stringValue().isBlank()) {
            throw new GraphInputException(name, no, "entity '" + id.stringValue() + "' has no \"schema\" string");
        }
        Map<String, List<String>> props = new LinkedHashMap<>();
        JsonNode p = node.get("properties");
        if (p != null && !p.isNull()) {
            if (!p.isObject()) {
                throw new GraphInputException(name, no, "\"properties\" is not an object");
            }
            for (Map.Entry<String, JsonNode> e : p.properties()) {
                if (!e.getValue().isArray()) {
                    throw new GraphInputException(name, no, "property '" + e.getKey() + "' is not a list of strings");
                }
                List<String> values = new ArrayList<>();
                for (JsonNode v : e.getValue()) {
                    if (!v.isString()) {
                        throw new GraphInputException(name, no, "property '" + e.getKey() + "' has a value that is not a string");
                    }
                    values.add(v.stringValue());
                }
                props.put(e.getKey(), values);
            }
        }
        return new Item(id.stringValue(), schema.stringValue(), props, no);
    }

    private static Network build(String name, List<Item> items, boolean directed, boolean weighted,
                                 InputLimits limits, boolean lines) {
        NetworkBuilder b = (directed ? Network.directed() : Network.undirected()).weighted(weighted).limits(name, limits);
        for (Item it : items) {
            if (!LINKS.containsKey(it.schema())) {
                b.node(it.id());
            }
        }
        int links = 0;
        for (Item it : items) {
            List<String> props = LINKS.get(it.schema());
            if (props == null) {
                continue;
            }
            long where = lines ? it.line() : 0;
            String prefix = lines ? "" : "entity #" + it.line() + " ('" + it.id() + "'): ";
            List<String> from = it.properties().getOrDefault(props.get(0), List.of());
            List<String> to = it.properties().getOrDefault(props.get(1), List.of());
            if (from.isEmpty() || to.isEmpty()) {
                throw new GraphInputException(name, where, prefix + it.schema() + " '" + it.id() + "' has no '"
                        + (from.isEmpty() ? props.get(0) : props.get(1)) + "'");
            }
            long time = time(it.properties());
            for (String s : from) {
                for (String t : to) {
                    for (String ref : List.of(s, t)) {
                        if (!b.has(ref)) {
                            throw new GraphInputException(name, where, prefix + "unknown id '" + ref + "' in " + it.schema()
                                    + " '" + it.id() + "': no entity of the input has that id");
                        }
                    }
                    if (s.equals(t)) {
                        throw new GraphInputException(name, where, prefix + "self-loop: " + it.schema() + " '" + it.id()
                                + "' links '" + s + "' to itself");
                    }
                    b.addEdge(s, t, 1.0, time, it.schema());
                    links++;
                }
            }
        }
        if (b.nodeCount() == 0) {
            throw new GraphInputException(name, 0, "no entities");
        }
        return b.build();
    }

    private static long time(Map<String, List<String>> props) {
        for (String p : List.of("date", "startDate")) {
            List<String> v = props.getOrDefault(p, List.of());
            if (!v.isEmpty()) {
                String d = v.get(0).strip();
                try {
                    if (d.matches("\\d{4}")) {
                        return LocalDate.of(Integer.parseInt(d), 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
                    }
                    return TimeValue.parse(d);
                } catch (IllegalArgumentException | java.time.DateTimeException e) {
                    return Network.NO_TIME;
                }
            }
        }
        return Network.NO_TIME;
    }
}
