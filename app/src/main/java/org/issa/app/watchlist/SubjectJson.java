package org.issa.app.watchlist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.issa.matching.compare.Explanation;
import org.issa.matching.compare.Feature;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.Name;
import org.issa.matching.model.NameStrength;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The engine's subjects and explanations as JSON, written field by field in a fixed order so that
 * equal content gives equal text and so an equal hash, whatever the engine's classes grow.
 */
public final class SubjectJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SubjectJson() {
    }

    public static String write(Subject s) {
        return JSON.writeValueAsString(tree(s, true));
    }

    /** SHA-256 (hex) of the subject's content, its id left out: what tells a changed entry or record. */
    public static String contentHash(Subject s) {
        return sha256(JSON.writeValueAsString(tree(s, false)).getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode tree(Subject s, boolean withId) {
        ObjectNode n = JSON.createObjectNode();
        if (withId) {
            n.put("id", s.id());
        }
        n.put("schema", s.schema().ftmName());
        ArrayNode names = n.putArray("names");
        for (Name name : s.names()) {
            ObjectNode o = names.addObject();
            o.put("full", name.full());
            putIf(o, "given", name.given());
            putIf(o, "middle", name.middle());
            putIf(o, "family", name.family());
            o.put("strength", name.strength().name());
        }
        ArrayNode dates = n.putArray("birthDates");
        for (BirthDate d : s.birthDates()) {
            ObjectNode o = dates.addObject();
            o.put("from", d.fromYear());
            o.put("to", d.toYear());
            o.put("month", d.month());
            o.put("day", d.day());
            o.put("circa", d.circa());
        }
        ArrayNode countries = n.putArray("countries");
        s.countries().forEach(countries::add);
        n.put("gender", s.gender().name());
        ArrayNode ids = n.putArray("identifiers");
        for (Identifier i : s.identifiers()) {
            ObjectNode o = ids.addObject();
            o.put("type", i.type());
            o.put("number", i.number());
            putIf(o, "country", i.country());
        }
        ObjectNode details = n.putObject("details");
        s.details().forEach(details::put);
        return n;
    }

    private static void putIf(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    public static Subject read(String json) {
        JsonNode n = JSON.readTree(json);
        List<Name> names = new ArrayList<>();
        for (JsonNode o : n.path("names")) {
            names.add(new Name(o.path("full").asString(), text(o, "given"), text(o, "middle"), text(o, "family"),
                    NameStrength.valueOf(o.path("strength").asString("PRIMARY"))));
        }
        List<BirthDate> dates = new ArrayList<>();
        for (JsonNode o : n.path("birthDates")) {
            dates.add(new BirthDate(o.path("from").asInt(), o.path("to").asInt(), o.path("month").asInt(),
                    o.path("day").asInt(), o.path("circa").asBoolean()));
        }
        List<String> countries = new ArrayList<>();
        n.path("countries").forEach(c -> countries.add(c.asString()));
        List<Identifier> ids = new ArrayList<>();
        for (JsonNode o : n.path("identifiers")) {
            ids.add(new Identifier(o.path("type").asString(""), o.path("number").asString(), text(o, "country")));
        }
        Map<String, String> details = new LinkedHashMap<>();
        n.path("details").properties().forEach(e -> details.put(e.getKey(), e.getValue().asString()));
        return new Subject(n.path("id").asString(""), Schema.parse(n.path("schema").asString("Person")), names, dates, countries,
                Gender.valueOf(n.path("gender").asString("UNKNOWN")), ids, details);
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || v.isNull() ? null : v.asString();
    }

    /** An explanation as JSON: the summary and each feature with its evidence, score and contribution. */
    public static String write(Explanation e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("summary", e.summary());
        ArrayNode fs = n.putArray("features");
        for (Feature f : e.features()) {
            ObjectNode o = fs.addObject();
            o.put("name", f.name());
            o.put("evidence", f.evidence());
            o.put("score", f.score());
            o.put("contribution", f.contribution());
        }
        return JSON.writeValueAsString(n);
    }

    public static Explanation readExplanation(String json) {
        JsonNode n = JSON.readTree(json);
        List<Feature> fs = new ArrayList<>();
        for (JsonNode o : n.path("features")) {
            fs.add(new Feature(o.path("name").asString(""), o.path("evidence").asString(""), o.path("score").asDouble(),
                    o.path("contribution").asDouble()));
        }
        return new Explanation(n.path("summary").asString(""), fs);
    }
}
