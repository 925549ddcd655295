package org.issa.cyber.taxii;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.tx.Transactions;
import org.issa.cyber.stix.Bundle;
import org.issa.cyber.stix.StixObject;
import org.issa.cyber.stix.StixValidator;
import org.issa.cyber.stix.store.ImportOptions;
import org.issa.cyber.stix.store.ImportReport;
import org.issa.cyber.stix.store.Source;
import org.issa.cyber.stix.store.StixStore;
import org.issa.cyber.tlp.Distribution;
import org.issa.cyber.tlp.TlpMarkings;
import tools.jackson.databind.JsonNode;

/**
 * Add Objects (TAXII 2.1 §5.5): an envelope goes through the STIX store's validation into a
 * collection, object by object (invalid ones fail, the others are stored), and the status is kept.
 *
 * <p>Objects keep their own TLP: one that carries a TLP marking is stored at that level; one
 * without gets {@code unmarkedTlp}. Nothing posted is released beyond this node unless a
 * supervisor shares it: the distribution is {@code receivedDistribution} (COMMUNITY by default,
 * MISP's downgrade of a synced event).
 */
public final class TaxiiInbox {

    private final StixStore store;
    private final TaxiiStatusStore statuses;
    private final Transactions tx;
    private final Clock clock;
    private final Tlp unmarkedTlp;
    private final Distribution receivedDistribution;

    public TaxiiInbox(StixStore store, TaxiiStatusStore statuses, Transactions tx, Clock clock, Tlp unmarkedTlp,
                      Distribution receivedDistribution) {
        if (receivedDistribution == Distribution.SHARING_GROUP) {
            throw new IllegalArgumentException("received objects cannot default to a sharing group");
        }
        this.store = store;
        this.statuses = statuses;
        this.tx = tx;
        this.clock = clock;
        this.unmarkedTlp = unmarkedTlp;
        this.receivedDistribution = receivedDistribution;
    }

    public TaxiiStatus add(Principal who, String collectionId, Bundle envelope, String sourceRef) {
        Instant requested = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return tx.inTransaction(() -> {
            List<ImportReport.Outcome> outcomes = storeKeepingTlp(who, envelope.objects(), Source.taxii(sourceRef), Optional.of(collectionId));
            TaxiiStatus status = TaxiiStatus.of(UUID.randomUUID().toString(), requested, outcomes);
            statuses.save(who.username(), collectionId, status);
            return status;
        });
    }

    /**
     * Stores objects received from another TAXII node (posted to us, or pulled), invalid ones
     * skipped: each keeps its own TLP, unmarked ones get the default, all get the received
     * distribution. One transaction; the outcomes are in the order of {@code objects}.
     */
    public List<ImportReport.Outcome> storeKeepingTlp(Principal who, List<JsonNode> objects, Source source, Optional<String> collectionId) {
        List<JsonNode> marked = new ArrayList<>();
        List<Integer> markedAt = new ArrayList<>();
        List<JsonNode> unmarked = new ArrayList<>();
        List<Integer> unmarkedAt = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            JsonNode o = objects.get(i);
            boolean hasTlp = hasTlp(o);
            (hasTlp ? marked : unmarked).add(o);
            (hasTlp ? markedAt : unmarkedAt).add(i);
        }
        return tx.inTransaction(() -> {
            List<ImportReport.Outcome> outcomes = new ArrayList<>();
            if (!marked.isEmpty()) {
                outcomes.addAll(renumber(store.importBundle(who, new Bundle(Optional.empty(), marked, List.of()),
                        options(Tlp.CLEAR, source, collectionId)), markedAt));
            }
            if (!unmarked.isEmpty()) {
                outcomes.addAll(renumber(store.importBundle(who, new Bundle(Optional.empty(), unmarked, List.of()),
                        options(unmarkedTlp, source, collectionId)), unmarkedAt));
            }
            outcomes.sort(Comparator.comparingInt(ImportReport.Outcome::index));
            return outcomes;
        });
    }

    private static boolean hasTlp(JsonNode o) {
        try {
            return StixValidator.text(o, "id").isPresent() && StixValidator.text(o, "type").isPresent()
                    && TlpMarkings.strictest(StixObject.of(o)).isPresent();
        } catch (RuntimeException e) {
            return false; // not an object the store will take; it fails there with a precise message
        }
    }

    private ImportOptions options(Tlp tlp, Source source, Optional<String> collectionId) {
        return new ImportOptions(new Marking(Classification.UNCLASSIFIED, tlp, Set.of(), "TAXII", Set.of()), receivedDistribution,
                Optional.empty(), source, collectionId, true);
    }

    private static List<ImportReport.Outcome> renumber(ImportReport r, List<Integer> at) {
        return r.outcomes().stream().map(o -> new ImportReport.Outcome(at.get(o.index()),
                o.id().equals("objects[" + o.index() + "]") ? "objects[" + at.get(o.index()) + "]" : o.id(), o.version(), o.type(),
                o.status(), o.issues())).toList();
    }
}
