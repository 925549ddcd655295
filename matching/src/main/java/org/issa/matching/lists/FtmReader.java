package org.issa.matching.lists;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.Name;
import org.issa.matching.model.NameStrength;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads FollowTheMoney entities as JSON lines (one {@code {"id", "schema", "properties"}} object a
 * line, as OpenSanctions exports them). Persons, organisations, public bodies, companies, legal
 * entities, vessels and airplanes become subjects; other schemata (sanctions, addresses,
 * ownerships…) are skipped and counted in a warning.
 *
 * <p>Names: {@code name} (the first primary, the others aliases), {@code alias} and
 * {@code previousName} (aliases), {@code weakAlias} (weak); a single {@code firstName},
 * {@code middleName} and {@code lastName} that the primary name contains become its parts.
 * Countries are read from {@code nationality}, {@code citizenship}, {@code country},
 * {@code jurisdiction} and {@code flag} (lower-case ISO codes). Identifiers come from the number
 * properties (passport, id, registration, tax, IMO, MMSI, INN, OGRN, OKPO, LEI, SWIFT/BIC, VAT,
 * DUNS). The source version is the latest {@code last_change} of the entities, if any.
 */
public final class FtmReader implements ListReader {

    /** This reader's format name. */
    public static final String FORMAT = "ftm";

    /** The longest line accepted, in characters. */
    public static final int MAX_LINE_CHARS = 1 << 20;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final Map<String, Schema> SCHEMATA = Map.of(
            "Person", Schema.PERSON, "Organization", Schema.ORGANIZATION, "PublicBody", Schema.ORGANIZATION,
            "Company", Schema.COMPANY, "LegalEntity", Schema.LEGAL_ENTITY, "Vessel", Schema.VESSEL,
            "Airplane", Schema.AIRCRAFT);

    /** Number properties and the identifier type each gives, in reading order. */
    private static final String[][] IDENTIFIERS = {
        {"passportNumber", "passport"}, {"idNumber", "national id"}, {"registrationNumber", "registration number"},
        {"taxNumber", "tax number"}, {"imoNumber", "IMO"}, {"mmsi", "MMSI"}, {"innCode", "INN"},
        {"ogrnCode", "OGRN"}, {"okpoCode", "OKPO"}, {"leiCode", "LEI"}, {"swiftBic", "SWIFT/BIC"},
        {"vatCode", "VAT"}, {"dunsCode", "DUNS"},
    };

    private static final String[] COUNTRY_PROPERTIES = {"nationality", "citizenship", "country", "jurisdiction", "flag"};

    private final ListLimits limits;

    public FtmReader() {
        this(ListLimits.DEFAULT);
    }

    public FtmReader(ListLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public ListDocument read(InputStream in) {
        Warnings warnings = new Warnings();
        List<Subject> entries = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        String lastChange = null;
        var lines = new Utf8Text.Lines(Utf8Text.reader(new BoundedInputStream(in, limits.maxBytes())), MAX_LINE_CHARS);
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode entity = parse(line, lines.number());
            String schemaName = text(entity.get("schema"));
            if (schemaName == null) {
                throw new ListFormatException("line " + lines.number() + ": entity has no \"schema\"");
            }
            Schema schema = SCHEMATA.get(schemaName);
            if (schema == null) {
                skipped.merge(schemaName, 1, Integer::sum);
                continue;
            }
            entries.add(subject(entity, schema, lines.number(), warnings));
            limits.checkEntries(entries.size());
            String change = text(entity.get("last_change"));
            if (change != null && (lastChange == null || change.compareTo(lastChange) > 0)) {
                lastChange = change;
            }
        }
        List<String> out = new ArrayList<>();
        if (!skipped.isEmpty()) {
            out.add("skipped entities of other schemata: " + skipped.toString().replaceAll("[{}]", ""));
        }
        out.addAll(warnings.toList());
        return new ListDocument(FORMAT, lastChange, entries, out);
    }

    private static JsonNode parse(String line, long number) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            String column = e.getLocation() == null ? "" : ", column " + e.getLocation().getColumnNr();
            throw new ListFormatException("line " + number + column + ": malformed JSON: "
                    + firstLine(e.getOriginalMessage()), e);
        }
        if (node == null || !node.isObject()) {
            throw new ListFormatException("line " + number + ": expected one JSON object per line");
        }
        return node;
    }

    private static Subject subject(JsonNode entity, Schema schema, long line, Warnings warnings) {
        String id = text(entity.get("id"));
        if (id == null) {
            throw new ListFormatException("line " + line + ": entity has no \"id\"");
        }
        JsonNode p = entity.path("properties");
        NameList names = new NameList();
        List<String> full = values(p, "name");
        Name primary = primary(full, p);
        if (primary != null) {
            names.add(primary);
        }
        full.stream().skip(1).forEach(n -> names.add(NameText.name(n), NameStrength.ALIAS));
        values(p, "alias").forEach(n -> names.add(NameText.name(n), NameStrength.ALIAS));
        values(p, "previousName").forEach(n -> names.add(NameText.name(n), NameStrength.ALIAS));
        values(p, "weakAlias").forEach(n -> names.add(NameText.name(n), NameStrength.WEAK));
        if (names.isEmpty()) {
            throw new ListFormatException("line " + line + ": entity " + id + " has no name");
        }
        List<BirthDate> births = new ArrayList<>();
        for (String d : values(p, "birthDate")) {
            try {
                births.add(BirthDate.parse(d.contains("T") ? d.substring(0, d.indexOf('T')) : d));
            } catch (IllegalArgumentException e) {
                warnings.add("entity " + id + ": " + e.getMessage());
            }
        }
        Set<String> countries = new LinkedHashSet<>();
        for (String property : COUNTRY_PROPERTIES) {
            for (String c : values(p, property)) {
                String code = Countries.toIso2(c);
                if (code == null) {
                    warnings.add("unknown country code '" + c + "'");
                } else {
                    countries.add(code);
                }
            }
        }
        List<Identifier> identifiers = new ArrayList<>();
        for (String[] kind : IDENTIFIERS) {
            for (String number : values(p, kind[0])) {
                identifiers.add(new Identifier(kind[1], number, null));
            }
        }
        List<String> genders = values(p, "gender");
        Gender gender = genders.isEmpty() ? Gender.UNKNOWN : Gender.parse(genders.get(0));
        return new Subject(id, schema, names.toList(), births, List.copyOf(countries), gender, identifiers,
                details(entity, p));
    }

    /** The first name, with the parts when there is one of each and the name contains them. */
    private static Name primary(List<String> names, JsonNode p) {
        List<String> given = values(p, "firstName");
        List<String> middle = values(p, "middleName");
        List<String> family = values(p, "lastName");
        String g = given.size() == 1 ? given.get(0) : null;
        String m = middle.size() == 1 ? middle.get(0) : null;
        String f = family.size() == 1 ? family.get(0) : null;
        if (names.isEmpty()) {
            return g == null && f == null ? null : Name.ofParts(g, m, f, NameStrength.PRIMARY);
        }
        String full = NameText.name(names.get(0));
        if (full == null) {
            return null;
        }
        String lower = full.toLowerCase(Locale.ROOT);
        boolean partsFit = g != null && f != null && lower.contains(g.toLowerCase(Locale.ROOT))
                && lower.contains(f.toLowerCase(Locale.ROOT));
        return partsFit ? new Name(full, g, m, f, NameStrength.PRIMARY) : Name.of(full);
    }

    private static Map<String, String> details(JsonNode entity, JsonNode p) {
        return new Details()
                .put("datasets", String.join(", ", values(entity, "datasets")))
                .put("topics", String.join(", ", values(p, "topics")))
                .put("program", NameText.detail(String.join("; ", values(p, "program"))))
                .put("position", NameText.detail(String.join("; ", values(p, "position"))))
                .put("place of birth", String.join("; ", values(p, "birthPlace")))
                .put("notes", NameText.detail(String.join(" | ", values(p, "notes"))))
                .toMap();
    }

    /** The non-blank string values of an array (or single value) property. */
    private static List<String> values(JsonNode parent, String property) {
        JsonNode v = parent.get(property);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.isArray()) {
            for (JsonNode item : v) {
                String t = text(item);
                if (t != null) {
                    out.add(t);
                }
            }
        } else {
            String t = text(v);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private static String text(JsonNode node) {
        if (node == null || !(node.isString() || node.isNumber())) {
            return null;
        }
        return NameText.collapse(node.asString());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
