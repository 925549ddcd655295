package org.issa.cyber.advisory;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Tlp;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.cyber.stix.StixObject;
import org.issa.cyber.stix.store.ObjectQuery;
import org.issa.cyber.stix.store.StixStore;
import org.issa.cyber.stix.store.StoredObject;
import org.issa.cyber.tlp.Distribution;
import org.issa.cyber.tlp.TlpMarkings;
import tools.jackson.databind.JsonNode;

/**
 * {@link AdvisorySources} over the CERT network's STIX store: the latest versions of indicators,
 * vulnerabilities and incidents that the drafter may read (the store filters by marking in SQL), and
 * of those only what may go to the public: stored at TLP:CLEAR (asked of the store in the query),
 * UNCLASSIFIED, distributed to all communities, not revoked, and with no stricter TLP in the
 * object's own marking refs. The drafting desk checks TLP:CLEAR again before a draft may cite an item.
 */
public final class StixStoreSources implements AdvisorySources {

    static final Set<String> TYPES = Set.of("indicator", "vulnerability", "incident");
    /** How many CLEAR objects are looked at to find the most recently modified: the offer is a prompt, not an archive. */
    static final int SCAN = 2_000;

    private final StixStore store;

    public StixStoreSources(StixStore store) {
        this.store = store;
    }

    @Override
    public List<SourceItem> offered(Principal reader, int limit) {
        List<SourceItem> found = new ArrayList<>();
        Page.walk(cursor -> store.objects(reader, ObjectQuery.latest(500).types(TYPES).tlp(Tlp.CLEAR).after(cursor == null ? "" : cursor)),
                SCAN, o -> item(o).ifPresent(found::add));
        return found.stream().sorted(Comparator.comparing(SourceItem::modified).reversed().thenComparing(SourceItem::id))
                .limit(Math.max(0, limit)).toList();
    }

    @Override
    public Optional<SourceItem> find(Principal reader, String id) {
        if (id == null || id.isBlank() || id.length() > 200 || TYPES.stream().noneMatch(t -> id.startsWith(t + "--"))) {
            return Optional.empty();
        }
        return store.object(reader, id).flatMap(StixStoreSources::item); // what may not go public is as good as unknown
    }

    /** The item, when the stored object may go to the public. */
    private static Optional<SourceItem> item(StoredObject o) {
        if (!TYPES.contains(o.type()) || o.revoked() || o.marking().tlp() != Tlp.CLEAR
                || o.marking().classification() != Classification.UNCLASSIFIED || o.distribution() != Distribution.ALL) {
            return Optional.empty();
        }
        JsonNode node = o.node();
        if (TlpMarkings.strictest(StixObject.of(node)).filter(t -> t != Tlp.CLEAR).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new SourceItem(o.id(), o.type(), node.path("name").asString(o.id()), node.path("description").asString(""),
                Tlp.CLEAR, modified(node), references(node)));
    }

    private static List<String> references(JsonNode node) {
        List<String> refs = new ArrayList<>();
        for (JsonNode r : node.path("external_references")) {
            String url = r.path("url").asString("");
            if (url.startsWith("https://") || url.startsWith("http://")) {
                refs.add(url);
            }
        }
        return refs;
    }

    private static Instant modified(JsonNode node) {
        String text = node.path("modified").asString(node.path("created").asString(""));
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH; // a vulnerability or incident without timestamps sorts last
        }
    }
}
