package org.issa.cyber.advisory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link AdvisorySources} over STIX 2.1 bundles: indicators and incidents, each with the TLP its
 * {@code object_marking_refs} give (TLP 1.0 ids of the STIX specification or the TLP 2.0 extension's
 * ids). An object with no TLP marking counts as unmarked and is never offered. Bundles are read with
 * bounded size and nesting. A bundle file is read whole by whoever drafts: it holds only what the
 * operator chose to offer, so the reader is not consulted.
 */
public final class StixBundleSources implements AdvisorySources {

    public static final long MAX_BUNDLE_BYTES = 16L * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxDocumentLength(MAX_BUNDLE_BYTES).build())
            .build()).build();
    private static final Set<String> TYPES = Set.of("indicator", "incident");
    private static final Map<String, Tlp> MARKINGS = Map.of(
            "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", Tlp.CLEAR,
            "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", Tlp.CLEAR,
            "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", Tlp.GREEN,
            "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", Tlp.GREEN,
            "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", Tlp.AMBER,
            "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", Tlp.AMBER,
            "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", Tlp.AMBER_STRICT,
            "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", Tlp.RED,
            "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", Tlp.RED);

    private final Map<String, SourceItem> items;
    private final Set<String> unmarked;

    private StixBundleSources(Map<String, SourceItem> items, Set<String> unmarked) {
        this.items = items;
        this.unmarked = unmarked;
    }

    /** Reads one bundle; a malformed bundle is refused with the reason. */
    public static StixBundleSources read(InputStream bundle) {
        JsonNode root;
        try {
            root = JSON.readTree(bundle);
        } catch (JacksonException e) {
            throw new InvalidInputException("bundle", "not a readable STIX bundle: " + e.getOriginalMessage());
        }
        if (root == null || !"bundle".equals(root.path("type").asString("")) || !root.path("objects").isArray()) {
            throw new InvalidInputException("bundle", "not a STIX bundle: expected {\"type\":\"bundle\",\"objects\":[…]}");
        }
        Map<String, SourceItem> items = new LinkedHashMap<>();
        Set<String> unmarked = new java.util.HashSet<>();
        for (JsonNode o : root.path("objects")) {
            String type = o.path("type").asString("");
            String id = o.path("id").asString("");
            if (!TYPES.contains(type) || !id.startsWith(type + "--")) {
                continue;
            }
            Optional<Tlp> tlp = tlpOf(o);
            if (tlp.isEmpty()) {
                unmarked.add(id);
                continue;
            }
            List<String> refs = new ArrayList<>();
            for (JsonNode r : o.path("external_references")) {
                String url = r.path("url").asString("");
                if (url.startsWith("https://") || url.startsWith("http://")) {
                    refs.add(url);
                }
            }
            String name = o.path("name").asString(id);
            SourceItem item = new SourceItem(id, type, name, o.path("description").asString(""), tlp.get(),
                    instant(o.path("modified").asString("")), refs);
            SourceItem before = items.get(id);
            if (before == null || item.modified().isAfter(before.modified())) {
                items.put(id, item); // the newest version of an object wins
            }
        }
        return new StixBundleSources(items, unmarked);
    }

    public static StixBundleSources read(byte[] bundle) {
        return read(new java.io.ByteArrayInputStream(bundle));
    }

    /** Reads a bundle shipped as a class-path resource. */
    public static StixBundleSources resource(String name) {
        try (InputStream in = StixBundleSources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    /** The most restrictive TLP among the object's markings; empty when it carries none. */
    private static Optional<Tlp> tlpOf(JsonNode o) {
        Tlp most = null;
        for (JsonNode ref : o.path("object_marking_refs")) {
            Tlp t = MARKINGS.get(ref.asString(""));
            if (t != null && (most == null || t.ordinal() > most.ordinal())) {
                most = t;
            }
        }
        return Optional.ofNullable(most);
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    @Override
    public List<SourceItem> offered(Principal reader, int limit) {
        return items.values().stream().filter(i -> i.tlp() == Tlp.CLEAR)
                .sorted(Comparator.comparing(SourceItem::modified).reversed().thenComparing(SourceItem::id))
                .limit(limit).toList();
    }

    @Override
    public Optional<SourceItem> find(Principal reader, String id) {
        return Optional.ofNullable(items.get(id));
    }

    /** Ids of indicators and incidents that carried no TLP marking (and so are never offered). */
    public Set<String> unmarked() {
        return Set.copyOf(unmarked);
    }
}
