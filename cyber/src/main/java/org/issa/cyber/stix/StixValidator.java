package org.issa.cyber.stix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.issa.cyber.stix.Issue.Severity;
import tools.jackson.databind.JsonNode;

/**
 * Checks one STIX 2.1 object against the rules of the specification that a schema cannot express
 * or that matter for storing it. ERRORs are breaches that make the object unusable or ambiguous
 * (no id, wrong id shape, missing required property, unparseable timestamp, modified before
 * created, a reference to the wrong kind of object); WARNINGs are breaches of SHOULD rules or of
 * naming rules that leave the object usable (custom property names, open-vocabulary values, a
 * non-deterministic SCO id). Unknown and custom content is never an error by itself.
 */
public final class StixValidator {

    public static final Pattern TYPE_NAME = Pattern.compile("[a-z0-9-]{3,250}");
    public static final Pattern IDENTIFIER = Pattern.compile(
            "([a-z0-9-]{3,250})--([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");
    private static final Pattern PROPERTY_NAME = Pattern.compile("[a-z0-9_]{3,250}");
    private static final Pattern RELATIONSHIP_TYPE = Pattern.compile("[a-z0-9-]{1,250}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final Set<String> SHORT_SPEC_NAMES = Set.of("id");
    private static final int MAX_COUNT = 999_999_999;

    private StixValidator() {
    }

    /** Validates one object; {@code label} names it in messages when it has no usable id. */
    public static List<Issue> validate(JsonNode obj, String label) {
        Check c = new Check(label);
        if (obj == null || !obj.isObject()) {
            c.error("$", "not-an-object", "every entry of 'objects' must be a JSON object");
            return c.issues;
        }
        Optional<String> type = text(obj, "type");
        if (type.isEmpty()) {
            c.error("$.type", "required-property", "'type' is required and must be a string");
            return c.issues;
        }
        String t = type.get();
        if (!TYPE_NAME.matcher(t).matches() || t.contains("--")) {
            c.error("$.type", "type-name", "type '" + cut(t) + "' must have 3 to 250 characters a-z, 0-9 and '-' (no '--')");
            return c.issues;
        }
        Optional<String> id = text(obj, "id");
        if (id.isEmpty()) {
            c.error("$.id", "required-property", "'id' is required and must be a string");
            return c.issues;
        }
        c.label = cut(id.get());
        var m = IDENTIFIER.matcher(id.get());
        if (!m.matches()) {
            c.error("$.id", "identifier", "id must be '<type>--<UUID>' (RFC 4122 UUID in 8-4-4-4-12 hex form)");
            return c.issues;
        }
        if (!m.group(1).equals(t)) {
            c.error("$.id", "identifier-type", "id starts with '" + m.group(1) + "' but the object's type is '" + t + "'");
            return c.issues;
        }
        uuidShape(c, m.group(2));
        StixTypes.Kind kind = StixTypes.kindOf(t);
        boolean customSco = kind == StixTypes.Kind.CUSTOM && declaresExtensionType(obj, "new-sco");
        specVersion(c, obj, kind, customSco);
        timestamps(c, obj, t, kind, customSco);
        required(c, obj, t);
        references(c, obj, t);
        common(c, obj);
        propertyNames(c, obj);
        switch (t) {
            case "indicator" -> indicator(c, obj);
            case "malware" -> malware(c, obj);
            case "relationship" -> relationship(c, obj);
            case "sighting" -> sighting(c, obj);
            case "observed-data" -> observedData(c, obj);
            case "location" -> location(c, obj);
            case "malware-analysis" -> malwareAnalysis(c, obj);
            case "marking-definition" -> markingDefinition(c, obj);
            case "artifact" -> exactlyOne(c, obj, "payload_bin", "url");
            case "file" -> atLeastOne(c, obj, "hashes", "name");
            case "network-traffic" -> atLeastOne(c, obj, "src_ref", "dst_ref");
            default -> { }
        }
        if (kind == StixTypes.Kind.SCO) {
            hashes(c, obj.get("hashes"), "$.hashes");
            deterministicId(c, obj, id.get());
        }
        return c.issues;
    }

    private static void uuidShape(Check c, String uuid) {
        if (!uuid.equals(uuid.toLowerCase(Locale.ROOT))) {
            c.warn("$.id", "identifier-case", "the UUID should be written in lower case");
        }
        char variant = Character.toLowerCase(uuid.charAt(19));
        if ("89ab".indexOf(variant) < 0) {
            c.warn("$.id", "identifier-variant", "the UUID is not an RFC 4122 variant UUID (character 20 should be 8, 9, a or b)");
        }
    }

    private static void specVersion(Check c, JsonNode obj, StixTypes.Kind kind, boolean customSco) {
        JsonNode v = obj.get("spec_version");
        if (v == null) {
            if (kind == StixTypes.Kind.SDO || kind == StixTypes.Kind.SRO || kind == StixTypes.Kind.META) {
                c.error("$.spec_version", "required-property", "'spec_version' is required (\"2.1\"); STIX 2.0 content is not accepted");
            } else if (kind == StixTypes.Kind.CUSTOM && !customSco) {
                c.warn("$.spec_version", "required-property", "a custom object should carry 'spec_version' \"2.1\"");
            }
            return;
        }
        if (!v.isString() || !v.asString().equals("2.1")) {
            c.error("$.spec_version", "spec-version", "spec_version must be \"2.1\" (got " + cut(v.toString()) + ")");
        }
    }

    private static void timestamps(Check c, JsonNode obj, String type, StixTypes.Kind kind, boolean customSco) {
        for (Map.Entry<String, JsonNode> e : obj.properties()) {
            if (StixTypes.TIMESTAMPS.contains(e.getKey())) {
                JsonNode v = e.getValue();
                if (!v.isString()) {
                    c.error("$." + e.getKey(), "timestamp", e.getKey() + " must be a timestamp string");
                } else {
                    StixTimestamp.problem(v.asString()).ifPresent(p -> c.error("$." + e.getKey(), "timestamp", p));
                }
            }
        }
        boolean needsCreated = kind == StixTypes.Kind.SDO || kind == StixTypes.Kind.SRO || kind == StixTypes.Kind.META;
        boolean needsModified = kind == StixTypes.Kind.SDO || kind == StixTypes.Kind.SRO
                || type.equals("language-content") || type.equals("extension-definition");
        boolean customObject = kind == StixTypes.Kind.CUSTOM && !customSco;
        for (String p : List.of("created", "modified")) {
            boolean needed = p.equals("created") ? needsCreated : needsModified;
            if (!obj.has(p)) {
                if (needed) {
                    c.error("$." + p, "required-property", "'" + p + "' is required for " + type);
                } else if (customObject) {
                    c.warn("$." + p, "required-property", "a custom object should carry '" + p + "'; without it, it is stored unversioned");
                }
            }
        }
        Optional<StixTimestamp> created = text(obj, "created").flatMap(StixTimestamp::parse);
        Optional<StixTimestamp> modified = text(obj, "modified").flatMap(StixTimestamp::parse);
        for (var ts : List.of(created, modified)) {
            ts.filter(x -> x.fractionDigits() < 3).ifPresent(x -> c.warn(x == created.orElse(null) ? "$.created" : "$.modified",
                    "timestamp-precision", "created and modified should have at least millisecond precision"));
        }
        if (created.isPresent() && modified.isPresent() && modified.get().compareTo(created.get()) < 0) {
            c.error("$.modified", "modified-before-created", "modified (" + modified.get().text()
                    + ") must be later than or equal to created (" + created.get().text() + ")");
        }
    }

    private static void required(Check c, JsonNode obj, String type) {
        for (String p : StixTypes.REQUIRED.getOrDefault(type, List.of())) {
            JsonNode v = obj.get(p);
            if (v == null || v.isNull()) {
                c.error("$." + p, "required-property", "'" + p + "' is required for " + type);
            }
        }
    }

    private static void references(Check c, JsonNode obj, String type) {
        for (Map.Entry<String, JsonNode> e : obj.properties()) {
            String name = e.getKey();
            JsonNode v = e.getValue();
            if (name.endsWith("_ref")) {
                if (!v.isString() || !IDENTIFIER.matcher(v.asString()).matches()) {
                    c.error("$." + name, "reference", name + " must be an identifier '<type>--<UUID>'");
                } else {
                    refType(c, type, name, "$." + name, v.asString());
                }
            } else if (name.endsWith("_refs")) {
                if (!v.isArray()) {
                    c.error("$." + name, "reference", name + " must be a list of identifiers");
                    continue;
                }
                for (int i = 0; i < v.size(); i++) {
                    JsonNode r = v.get(i);
                    String path = "$." + name + "[" + i + "]";
                    if (!r.isString() || !IDENTIFIER.matcher(r.asString()).matches()) {
                        c.error(path, "reference", "each entry of " + name + " must be an identifier '<type>--<UUID>'");
                    } else {
                        refType(c, type, name, path, r.asString());
                    }
                }
            }
        }
    }

    /** The kinds of object that certain references may point to. */
    private static void refType(Check c, String type, String property, String path, String ref) {
        String target = ref.substring(0, ref.indexOf("--"));
        StixTypes.Kind kind = StixTypes.kindOf(target);
        String why = switch (property) {
            case "created_by_ref" -> target.equals("identity") ? null : "created_by_ref must refer to an identity";
            case "object_marking_refs" -> target.equals("marking-definition") ? null
                    : "object_marking_refs must refer to marking-definitions";
            case "observed_data_refs" -> type.equals("sighting") && !target.equals("observed-data")
                    ? "observed_data_refs must refer to observed-data objects" : null;
            case "where_sighted_refs" -> target.equals("identity") || target.equals("location") ? null
                    : "where_sighted_refs must refer to identity or location objects";
            case "sighting_of_ref" -> kind == StixTypes.Kind.SDO || kind == StixTypes.Kind.CUSTOM ? null
                    : "sighting_of_ref must refer to a STIX Domain Object";
            case "source_ref", "target_ref" -> type.equals("relationship")
                    && (kind == StixTypes.Kind.SRO || kind == StixTypes.Kind.META || target.equals("bundle"))
                    ? property + " must refer to a STIX Domain Object or a Cyber-observable Object" : null;
            default -> null;
        };
        if (why != null) {
            c.error(path, "reference-type", why + " (got " + target + ")");
        }
    }

    private static void common(Check c, JsonNode obj) {
        JsonNode revoked = obj.get("revoked");
        if (revoked != null && !revoked.isBoolean()) {
            c.error("$.revoked", "type", "revoked must be true or false");
        }
        JsonNode labels = obj.get("labels");
        if (labels != null) {
            stringList(c, labels, "$.labels", "labels");
        }
        JsonNode confidence = obj.get("confidence");
        if (confidence != null && (!confidence.isIntegralNumber() || !confidence.canConvertToInt()
                || confidence.intValue() < 0 || confidence.intValue() > 100)) {
            c.error("$.confidence", "range", "confidence must be an integer from 0 to 100");
        }
        JsonNode lang = obj.get("lang");
        if (lang != null && !lang.isString()) {
            c.error("$.lang", "type", "lang must be a language code string (RFC 5646)");
        }
        for (Map.Entry<String, JsonNode> e : obj.properties()) {
            if (e.getValue().isArray() && e.getValue().isEmpty()) {
                c.warn("$." + e.getKey(), "empty-list", "empty lists must not be used; omit the property instead");
            }
        }
        externalReferences(c, obj.get("external_references"));
        granularMarkings(c, obj.get("granular_markings"));
        extensions(c, obj.get("extensions"));
    }

    private static void externalReferences(Check c, JsonNode refs) {
        if (refs == null) {
            return;
        }
        if (!refs.isArray()) {
            c.error("$.external_references", "type", "external_references must be a list");
            return;
        }
        for (int i = 0; i < refs.size(); i++) {
            JsonNode r = refs.get(i);
            String path = "$.external_references[" + i + "]";
            if (!r.isObject()) {
                c.error(path, "type", "each external reference must be an object");
                continue;
            }
            Optional<String> source = text(r, "source_name");
            if (source.isEmpty()) {
                c.error(path + ".source_name", "required-property", "source_name is required in an external reference");
                continue;
            }
            if (!r.has("description") && !r.has("url") && !r.has("external_id")) {
                c.warn(path, "external-reference", "an external reference should have a description, url or external_id");
            }
            Optional<String> ext = text(r, "external_id");
            if (source.get().equals("cve") && ext.isPresent() && !ext.get().matches("CVE-\\d{4}-\\d{4,}")) {
                c.warn(path + ".external_id", "external-id", "a cve external_id should look like CVE-YYYY-NNNN");
            }
            if (source.get().equals("capec") && ext.isPresent() && !ext.get().matches("CAPEC-\\d+")) {
                c.warn(path + ".external_id", "external-id", "a capec external_id should look like CAPEC-NNN");
            }
            hashes(c, r.get("hashes"), path + ".hashes");
        }
    }

    private static void granularMarkings(Check c, JsonNode markings) {
        if (markings == null) {
            return;
        }
        if (!markings.isArray()) {
            c.error("$.granular_markings", "type", "granular_markings must be a list");
            return;
        }
        for (int i = 0; i < markings.size(); i++) {
            JsonNode g = markings.get(i);
            String path = "$.granular_markings[" + i + "]";
            if (!g.isObject()) {
                c.error(path, "type", "each granular marking must be an object");
                continue;
            }
            JsonNode selectors = g.get("selectors");
            if (selectors == null || !selectors.isArray() || selectors.isEmpty()) {
                c.error(path + ".selectors", "required-property", "selectors must be a non-empty list of property paths");
            } else {
                stringList(c, selectors, path + ".selectors", "selectors");
            }
            boolean ref = g.has("marking_ref");
            boolean lang = g.has("lang");
            if (ref == lang) {
                c.error(path, "granular-marking", "a granular marking must have exactly one of marking_ref and lang");
            }
            if (ref) {
                Optional<String> r = text(g, "marking_ref");
                if (r.isEmpty() || !r.get().startsWith("marking-definition--") || !IDENTIFIER.matcher(r.get()).matches()) {
                    c.error(path + ".marking_ref", "reference-type", "marking_ref must refer to a marking-definition");
                }
            }
        }
    }

    private static void extensions(Check c, JsonNode extensions) {
        if (extensions == null) {
            return;
        }
        if (!extensions.isObject()) {
            c.error("$.extensions", "type", "extensions must be a dictionary");
            return;
        }
        for (Map.Entry<String, JsonNode> e : extensions.properties()) {
            String path = "$.extensions['" + cut(e.getKey()) + "']";
            if (!e.getValue().isObject()) {
                c.error(path, "type", "each extension must be an object");
                continue;
            }
            String key = e.getKey();
            if (key.startsWith("extension-definition--")) {
                if (!IDENTIFIER.matcher(key).matches()) {
                    c.error(path, "identifier", "an extension key naming an extension-definition must be its identifier");
                }
                Optional<String> extType = text(e.getValue(), "extension_type");
                if (e.getValue().has("extension_type")
                        && (extType.isEmpty() || !StixTypes.EXTENSION_TYPES.contains(extType.get()))) {
                    c.error(path + ".extension_type", "extension-type", "extension_type must be one of "
                            + String.join(", ", new java.util.TreeSet<>(StixTypes.EXTENSION_TYPES)));
                }
            } else if (!StixTypes.PREDEFINED_EXTENSIONS.contains(key)) {
                c.warn(path, "custom-extension", "'" + cut(key) + "' is neither a predefined extension nor an "
                        + "extension-definition id (kept as given; such custom extensions are deprecated in STIX 2.1)");
            }
        }
    }

    private static void propertyNames(Check c, JsonNode obj) {
        for (String name : obj.propertyNames()) {
            if (!PROPERTY_NAME.matcher(name).matches() && !SHORT_SPEC_NAMES.contains(name)) {
                c.warn("$['" + cut(name) + "']", "property-name", "property names must have 3 to 250 characters a-z, 0-9 "
                        + "and '_' (kept as given)");
            }
        }
    }

    private static void indicator(Check c, JsonNode obj) {
        Optional<String> patternType = text(obj, "pattern_type");
        if (obj.has("pattern_type") && patternType.isEmpty()) {
            c.error("$.pattern_type", "type", "pattern_type must be a string");
        }
        patternType.filter(p -> !StixTypes.PATTERN_TYPES.contains(p)).ifPresent(p -> c.warn("$.pattern_type", "open-vocabulary",
                "pattern_type '" + cut(p) + "' is not in pattern-type-ov (stix, pcre, sigma, snort, suricata, yara)"));
        Optional<String> pattern = text(obj, "pattern");
        if (obj.has("pattern") && (pattern.isEmpty() || pattern.get().isBlank())) {
            c.error("$.pattern", "type", "pattern must be a non-empty string");
        }
        if (pattern.isPresent() && !pattern.get().isBlank() && patternType.filter("stix"::equals).isPresent()) {
            stixPattern(c, obj, pattern.get());
        }
        order(c, obj, "valid_from", "valid_until", true);
        JsonNode types = obj.get("indicator_types");
        if (types != null) {
            stringList(c, types, "$.indicator_types", "indicator_types");
        }
    }

    /**
     * A pattern in the STIX patterning language must conform to it (STIX 2.1 section 9). Version 2.1
     * is the one parsed; it is the default of {@code pattern_version}. Other pattern languages (pcre,
     * sigma, snort, suricata, yara) are not parsed.
     */
    private static void stixPattern(Check c, JsonNode obj, String pattern) {
        Optional<String> version = text(obj, "pattern_version");
        if (version.isPresent() && !version.get().equals("2.1")) {
            c.warn("$.pattern_version", "stix-pattern", "only STIX patterning 2.1 is parsed; this pattern for version '"
                    + cut(version.get()) + "' is not checked");
            return;
        }
        for (PatternFinding f : PatternParser.check(pattern)) {
            if (f.isError()) {
                c.error("$.pattern", "stix-pattern", f.message());
            } else {
                c.warn("$.pattern", "stix-pattern", f.message());
            }
        }
    }

    private static void malware(Check c, JsonNode obj) {
        JsonNode family = obj.get("is_family");
        if (family != null && !family.isBoolean()) {
            c.error("$.is_family", "type", "is_family must be true or false");
        } else if (family != null && family.asBoolean() && text(obj, "name").isEmpty()) {
            c.error("$.name", "required-property", "name is required when is_family is true");
        }
    }

    private static void relationship(Check c, JsonNode obj) {
        text(obj, "relationship_type").filter(r -> !RELATIONSHIP_TYPE.matcher(r).matches()).ifPresent(r ->
                c.error("$.relationship_type", "relationship-type", "relationship_type must use only a-z, 0-9 and '-'"));
    }

    private static void sighting(Check c, JsonNode obj) {
        range(c, obj, "count", 0, MAX_COUNT);
        order(c, obj, "first_seen", "last_seen", false);
    }

    private static void observedData(Check c, JsonNode obj) {
        range(c, obj, "number_observed", 1, MAX_COUNT);
        order(c, obj, "first_observed", "last_observed", false);
        if (obj.has("objects")) {
            c.warn("$.objects", "deprecated", "the objects property of observed-data is deprecated in STIX 2.1; use object_refs");
        }
        if (obj.has("objects") == obj.has("object_refs")) {
            c.error("$.object_refs", "required-property", "observed-data must have exactly one of objects and object_refs");
        }
    }

    private static void location(Check c, JsonNode obj) {
        boolean lat = obj.has("latitude");
        boolean lon = obj.has("longitude");
        if (lat != lon) {
            c.error(lat ? "$.longitude" : "$.latitude", "required-property", "latitude and longitude go together");
        }
        if (!obj.has("region") && !obj.has("country") && !(lat && lon)) {
            c.error("$", "required-property", "a location needs region, country, or latitude and longitude");
        }
        number(c, obj, "latitude", -90, 90);
        number(c, obj, "longitude", -180, 180);
    }

    private static void malwareAnalysis(Check c, JsonNode obj) {
        atLeastOne(c, obj, "result", "analysis_sco_refs");
    }

    private static void markingDefinition(Check c, JsonNode obj) {
        boolean type = obj.has("definition_type");
        boolean def = obj.has("definition");
        if (type != def) {
            c.error(type ? "$.definition" : "$.definition_type", "required-property", "definition_type and definition go together");
        }
        if (!type && !obj.has("extensions")) {
            c.error("$.definition_type", "required-property", "a marking-definition needs definition_type and definition, or extensions");
        }
        if (obj.has("modified")) {
            c.warn("$.modified", "unexpected-property", "marking-definitions are not versioned and have no modified property");
        }
    }

    private static void hashes(Check c, JsonNode hashes, String path) {
        if (hashes == null) {
            return;
        }
        if (!hashes.isObject() || hashes.isEmpty()) {
            c.error(path, "hashes", "hashes must be a non-empty dictionary of algorithm to value");
            return;
        }
        for (Map.Entry<String, JsonNode> e : hashes.properties()) {
            if (!e.getValue().isString()) {
                c.error(path + "['" + cut(e.getKey()) + "']", "hashes", "each hash value must be a string");
                continue;
            }
            Integer length = StixTypes.HASH_HEX_LENGTH.get(e.getKey());
            String v = e.getValue().asString();
            if (length != null && (v.length() != length || !HEX.matcher(v).matches())) {
                c.error(path + "['" + e.getKey() + "']", "hashes", "a " + e.getKey() + " value must be " + length + " hex digits");
            }
        }
    }

    private static void deterministicId(Check c, JsonNode obj, String id) {
        ObservableId.of(obj).filter(expected -> !expected.equalsIgnoreCase(id)).ifPresent(expected ->
                c.warn("$.id", "deterministic-id", "the id of this observable should be the deterministic " + expected));
    }

    private static void order(Check c, JsonNode obj, String from, String until, boolean strictlyLater) {
        Optional<StixTimestamp> a = text(obj, from).flatMap(StixTimestamp::parse);
        Optional<StixTimestamp> b = text(obj, until).flatMap(StixTimestamp::parse);
        if (a.isPresent() && b.isPresent()) {
            int cmp = b.get().compareTo(a.get());
            if (cmp < 0 || strictlyLater && cmp == 0) {
                c.error("$." + until, "time-order", until + " must be " + (strictlyLater ? "later than " : "later than or equal to ")
                        + from);
            }
        }
    }

    private static void range(Check c, JsonNode obj, String property, long min, long max) {
        JsonNode v = obj.get(property);
        if (v != null && (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < min || v.longValue() > max)) {
            c.error("$." + property, "range", property + " must be an integer from " + min + " to " + max);
        }
    }

    private static void number(Check c, JsonNode obj, String property, double min, double max) {
        JsonNode v = obj.get(property);
        if (v != null && (!v.isNumber() || v.doubleValue() < min || v.doubleValue() > max)) {
            c.error("$." + property, "range", property + " must be a number from " + min + " to " + max);
        }
    }

    private static void exactlyOne(Check c, JsonNode obj, String a, String b) {
        if (obj.has(a) == obj.has(b)) {
            c.error("$." + a, "required-property", "exactly one of " + a + " and " + b + " is required");
        }
    }

    private static void atLeastOne(Check c, JsonNode obj, String a, String b) {
        if (!obj.has(a) && !obj.has(b)) {
            c.error("$." + a, "required-property", "at least one of " + a + " and " + b + " is required");
        }
    }

    private static void stringList(Check c, JsonNode list, String path, String name) {
        if (!list.isArray()) {
            c.error(path, "type", name + " must be a list of strings");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isString()) {
                c.error(path + "[" + i + "]", "type", "each entry of " + name + " must be a string");
            }
        }
    }

    private static boolean declaresExtensionType(JsonNode obj, String extensionType) {
        JsonNode ext = obj.get("extensions");
        if (ext == null || !ext.isObject()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : ext.properties()) {
            if (text(e.getValue(), "extension_type").filter(extensionType::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** A string property, or empty when it is absent or not a string. */
    public static Optional<String> text(JsonNode obj, String property) {
        JsonNode v = obj.get(property);
        return v != null && v.isString() ? Optional.of(v.asString()) : Optional.empty();
    }

    static String cut(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    private static final class Check {
        final List<Issue> issues = new ArrayList<>();
        String label;

        Check(String label) {
            this.label = label;
        }

        void error(String path, String rule, String message) {
            issues.add(new Issue(Severity.ERROR, label, path, rule, message));
        }

        void warn(String path, String rule, String message) {
            issues.add(new Issue(Severity.WARNING, label, path, rule, message));
        }
    }
}
