package org.issa.investigation.importer;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.issa.core.entity.Entity;
import org.issa.core.entity.Provenance;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.investigation.entity.EntityRecord;
import org.issa.investigation.entity.FtmModel;
import org.issa.investigation.entity.Publication;
import org.issa.investigation.entity.Statement;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * FollowTheMoney JSON lines: one {@code {"id", "schema", "properties": {name: [values]}}} object a
 * line. Reading is bounded (bytes, lines, line length, nesting depth 8, strings of 4000
 * characters); an object may carry ISSA's optional {@code "markings"}, property name → marking
 * ({@code {"classification", "tlp", "releasableTo"}}), for values that need more than the entity's
 * marking. A bad line fails the whole file, naming the line.
 */
public final class FtmLines {

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxStringLength(8000)
                    .maxNumberLength(50).maxNameLength(200).build()).build()).build();

    private FtmLines() {
    }

    /** Reads entities for a dataset; the marking is the importer's own-record marking given to every entity. */
    public static List<Publication> read(InputStream in, String dataset, String source, Instant recordedAt, Marking marking,
                                         ImportLimits limits) {
        List<Publication> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BoundedLines lines = new BoundedLines(in, limits)) {
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (line.isBlank()) {
                    continue;
                }
                long n = lines.number();
                JsonNode node = parse(line, n);
                String id = text(node, "id", n);
                String schema = text(node, "schema", n);
                if (FtmModel.find(schema).isEmpty()) {
                    throw ImportError.at(n, "unknown schema '" + cut(schema) + "'");
                }
                if (!seen.add(id)) {
                    throw ImportError.at(n, "entity id '" + cut(id) + "' appears twice in the file");
                }
                Map<String, List<String>> props = properties(node.get("properties"), n);
                Map<String, Marking> markings = markings(node.get("markings"), marking, n);
                try {
                    Entity e = new Entity(id, schema, props, marking, new Provenance(dataset, source, recordedAt));
                    out.add(new Publication(e, markings));
                } catch (IllegalArgumentException e) {
                    throw ImportError.at(n, e.getMessage());
                }
            }
        }
        if (out.isEmpty()) {
            throw new ImportError("the file holds no entity");
        }
        return out;
    }

    private static JsonNode parse(String line, long n) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw ImportError.at(n, "expected one JSON object per line");
            }
            return node;
        } catch (JacksonException e) {
            String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw ImportError.at(n, "malformed JSON: " + cut(msg));
        }
    }

    private static String text(JsonNode node, String field, long n) {
        JsonNode v = node.get(field);
        if (v == null || !v.isString() || v.asString().isBlank()) {
            throw ImportError.at(n, "entity has no \"" + field + "\" string");
        }
        return v.asString();
    }

    private static Map<String, List<String>> properties(JsonNode p, long n) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (p == null || p.isNull()) {
            return out;
        }
        if (!p.isObject()) {
            throw ImportError.at(n, "\"properties\" must be an object of lists of strings");
        }
        for (var e : p.properties()) {
            if (!e.getValue().isArray()) {
                throw ImportError.at(n, "property '" + cut(e.getKey()) + "' must be a list of strings, as in FtM");
            }
            List<String> values = new ArrayList<>();
            for (JsonNode v : e.getValue()) {
                if (!v.isString() && !v.isNumber()) {
                    throw ImportError.at(n, "property '" + cut(e.getKey()) + "' holds a value that is not a string");
                }
                values.add(v.asString());
            }
            out.put(e.getKey(), values);
        }
        return out;
    }

    private static Map<String, Marking> markings(JsonNode m, Marking base, long n) {
        Map<String, Marking> out = new LinkedHashMap<>();
        if (m == null || m.isNull()) {
            return out;
        }
        if (!m.isObject()) {
            throw ImportError.at(n, "\"markings\" must be an object: property name → marking");
        }
        for (var e : m.properties()) {
            JsonNode v = e.getValue();
            try {
                Classification c = v.hasNonNull("classification") ? Classification.parse(v.get("classification").asString())
                        : base.classification();
                Tlp tlp = v.hasNonNull("tlp") ? Tlp.parse(v.get("tlp").asString()) : base.tlp();
                Set<String> rel = new java.util.TreeSet<>(base.releasableTo());
                if (v.has("releasableTo")) {
                    rel.clear();
                    v.get("releasableTo").forEach(r -> rel.add(r.asString()));
                }
                if (c.level() < base.classification().level()) {
                    throw ImportError.at(n, "the marking of '" + cut(e.getKey()) + "' is below the entity's");
                }
                out.put(e.getKey(), new Marking(c, tlp, rel, base.originator(), base.handling()));
            } catch (IllegalArgumentException ex) {
                throw ImportError.at(n, "marking of '" + cut(e.getKey()) + "': " + ex.getMessage());
            }
        }
        return out;
    }

    /** Writes entities as FtM JSON lines, one per canonical entity, with the statements given (already filtered for the reader). */
    public static int write(List<EntityRecord> records, Writer out) {
        int n = 0;
        try {
            for (EntityRecord r : records) {
                ObjectNode o = JSON.createObjectNode();
                o.put("id", r.entity().sourceId());
                o.put("schema", r.entity().schema());
                o.put("dataset", r.entity().dataset());
                ObjectNode props = o.putObject("properties");
                Map<String, List<String>> values = new LinkedHashMap<>();
                for (Statement s : r.statements()) {
                    List<String> list = values.computeIfAbsent(s.property(), k -> new ArrayList<>());
                    if (!list.contains(s.value())) {
                        list.add(s.value());
                    }
                }
                values.forEach((k, vs) -> {
                    var arr = props.putArray(k);
                    vs.forEach(arr::add);
                });
                out.write(JSON.writeValueAsString(o));
                out.write('\n');
                n++;
            }
            out.flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private static String cut(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
