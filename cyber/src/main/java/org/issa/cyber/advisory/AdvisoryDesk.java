package org.issa.cyber.advisory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.error.Require;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The advisory workflow. An analyst drafts (from TLP:CLEAR sources only), edits and submits; a
 * supervisor who is not the author approves or rejects, giving a reason; a supervisor publishes an
 * approved version, which builds and checks its CSAF document, makes it public and queues it for
 * subscribers. After publication a revision starts from the published text and goes the same way,
 * becoming the next CSAF version. Every step is audited in its own transaction.
 */
public final class AdvisoryDesk {

    public static final String INITIAL_SUMMARY = "Initial version.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AdvisoryStore store;
    private final AdvisorySources sources;
    private final Subscriptions subscriptions;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final CsafPublisher publisher;
    private final String engineVersion;

    public AdvisoryDesk(AdvisoryStore store, AdvisorySources sources, Subscriptions subscriptions, AuditLog audit, Transactions tx,
                        Clock clock, CsafPublisher publisher, String engineVersion) {
        this.store = store;
        this.sources = sources;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.publisher = publisher;
        this.engineVersion = engineVersion;
    }

    public CsafPublisher publisher() {
        return publisher;
    }

    /** TLP:CLEAR items the reader may start a draft from. */
    public List<SourceItem> sources(Principal reader, int limit) {
        requireRole(reader, "draft advisories", Role.ANALYST, Role.SUPERVISOR);
        return sources.offered(reader, limit).stream().filter(i -> i.tlp() == Tlp.CLEAR).toList();
    }

    /** A TLP:CLEAR source by id, or a 400 naming {@code source} when it is unknown, not readable or not CLEAR. */
    public SourceItem source(Principal reader, String id) {
        requireRole(reader, "draft advisories", Role.ANALYST, Role.SUPERVISOR);
        return sources.find(reader, id).filter(i -> i.tlp() == Tlp.CLEAR)
                .orElseThrow(() -> new InvalidInputException("source", "'" + id + "' is not a TLP:CLEAR indicator or incident"
                        + " offered for drafting"));
    }

    public Advisory draft(Principal who, AdvisoryContent content) {
        requireRole(who, "draft advisories", Role.ANALYST, Role.SUPERVISOR);
        AdvisoryContent c = checked(who, content);
        Instant now = now();
        String id = UUID.randomUUID().toString();
        return tx.inTransaction(() -> {
            String prefix = publisher.trackingPrefix() + "-" + now.atZone(ZoneOffset.UTC).getYear() + "-";
            String trackingId = prefix + String.format("%04d", store.countTrackingIds(prefix) + 1);
            store.insertAdvisory(id, trackingId, now, who.username(),
                    new Marking(Classification.UNCLASSIFIED, Tlp.CLEAR, Set.of(), who.agency(), Set.of()));
            store.insertVersion(new AdvisoryVersion(id, 1, VersionStatus.DRAFT, c, INITIAL_SUMMARY, who.username(), now, now,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty()));
            audit.record(AuditEvent.write(who.username(), "cyber.advisory.draft", "cyber_advisory", id,
                    trackingId + ": " + c.title() + sourcesNote(c)));
            return get(who, id);
        });
    }

    /** Changes the open version's text; its author only, while it is a draft or was rejected. */
    public Advisory update(Principal who, String id, AdvisoryContent content, Optional<String> changeSummary) {
        Advisory a = get(who, id);
        AdvisoryVersion v = open(a);
        if (!v.status().editable()) {
            throw new ConflictException("version " + v.revision() + " is " + v.status() + " and can no longer be edited");
        }
        requireAuthor(who, v, "edit it");
        AdvisoryContent c = checked(who, content);
        String summary = changeSummary.map(s -> Require.text("changeSummary", s, 1000)).orElse(v.changeSummary());
        AdvisoryVersion changed = with(v, VersionStatus.DRAFT, c, summary, now());
        return save(who, a, v, changed, "cyber.advisory.edit", "version " + v.revision() + ": " + c.title() + sourcesNote(c));
    }

    public Advisory submit(Principal who, String id) {
        Advisory a = get(who, id);
        AdvisoryVersion v = open(a);
        if (!v.status().editable()) {
            throw new ConflictException("version " + v.revision() + " is " + v.status() + "; only a draft can be submitted");
        }
        requireAuthor(who, v, "submit it");
        checked(who, v.content()); // a source may have been re-marked since the draft was saved
        Instant now = now();
        AdvisoryVersion submitted = new AdvisoryVersion(v.advisoryId(), v.revision(), VersionStatus.SUBMITTED, v.content(),
                v.changeSummary(), v.author(), v.createdAt(), now, Optional.of(now), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        return save(who, a, v, submitted, "cyber.advisory.submit", "version " + v.revision() + " submitted for approval");
    }

    /** Four eyes: a supervisor other than the author approves, and says why. */
    public Advisory approve(Principal who, String id, String reason) {
        return decide(who, id, reason, VersionStatus.APPROVED);
    }

    public Advisory reject(Principal who, String id, String reason) {
        return decide(who, id, reason, VersionStatus.REJECTED);
    }

    private Advisory decide(Principal who, String id, String reason, VersionStatus outcome) {
        requireRole(who, "approve or reject advisories", Role.SUPERVISOR);
        String why = Require.text("reason", reason, 2000);
        Advisory a = get(who, id);
        AdvisoryVersion v = open(a);
        if (v.status() != VersionStatus.SUBMITTED) {
            throw new ConflictException("version " + v.revision() + " is " + v.status() + "; only a submitted version can be decided");
        }
        if (v.author().equals(who.username())) {
            throw new ForbiddenException("four-eyes rule: the author of a version may not approve or reject it");
        }
        Instant now = now();
        AdvisoryVersion decided = new AdvisoryVersion(v.advisoryId(), v.revision(), outcome, v.content(), v.changeSummary(),
                v.author(), v.createdAt(), now, v.submittedAt(), Optional.of(who.username()), Optional.of(now), Optional.of(why),
                Optional.empty(), Optional.empty(), Optional.empty());
        return save(who, a, v, decided, outcome == VersionStatus.APPROVED ? "cyber.advisory.approve" : "cyber.advisory.reject",
                "version " + v.revision() + ": " + why);
    }

    /**
     * Publishes the approved version: the next CSAF version, checked against the mandatory tests it
     * concerns, public at once, and queued for the subscribers it concerns.
     */
    public Advisory publish(Principal who, String id) {
        requireRole(who, "publish advisories", Role.SUPERVISOR);
        Advisory a = get(who, id);
        AdvisoryVersion v = open(a);
        if (v.status() != VersionStatus.APPROVED) {
            throw new ConflictException("version " + v.revision() + " is " + v.status() + "; only an approved version can be published");
        }
        checked(who, v.content()); // the last look before anything goes public
        Instant now = now();
        int number = a.publishedVersion() + 1;
        Instant initial = a.initialRelease().orElse(now);
        List<PublishedAdvisory.Revision> history = new ArrayList<>();
        a.publishedVersions().forEach(p -> history.add(new PublishedAdvisory.Revision(p.versionNumber().orElseThrow(),
                p.publishedAt().orElseThrow(), p.changeSummary())));
        history.add(new PublishedAdvisory.Revision(number, now, v.changeSummary()));
        CsafDocument.Release release = new CsafDocument.Release(a.trackingId(), v.content(), number, initial, now, history);
        String csaf = CsafDocument.toJson(release, publisher, engineVersion);
        List<String> faults = CsafChecks.run(JSON.readTree(csaf));
        if (!faults.isEmpty()) {
            throw new IllegalStateException("the CSAF document of " + a.trackingId() + " fails " + faults);
        }
        AdvisoryVersion published = new AdvisoryVersion(v.advisoryId(), v.revision(), VersionStatus.PUBLISHED, v.content(),
                v.changeSummary(), v.author(), v.createdAt(), now, v.submittedAt(), v.decidedBy(), v.decidedAt(), v.decisionReason(),
                Optional.of(who.username()), Optional.of(now), Optional.of(number));
        PublishedAdvisory result = new PublishedAdvisory(a.id(), a.trackingId(), number, v.content(), initial, now, history, csaf);
        return tx.inTransaction(() -> {
            if (!store.updateVersion(published, VersionStatus.APPROVED)) {
                throw new ConflictException("the advisory changed meanwhile; reload and try again");
            }
            store.markPublished(a.id(), number, initial, now, v.content(), csaf);
            int queued = subscriptions.notifyPublished(result, number > 1);
            audit.record(AuditEvent.write(who.username(), "cyber.advisory.publish", "cyber_advisory", a.id(),
                    a.trackingId() + " version " + number + " published (" + CsafDocument.category(v.content()) + "); "
                            + queued + " subscriber messages queued"));
            return get(who, id);
        });
    }

    /** Starts a revision of a published advisory from its published text; the change summary goes into the revision history. */
    public Advisory revise(Principal who, String id, String changeSummary) {
        requireRole(who, "revise advisories", Role.ANALYST, Role.SUPERVISOR);
        String summary = Require.text("changeSummary", changeSummary, 1000);
        Advisory a = get(who, id);
        if (!a.published()) {
            throw new ConflictException("only a published advisory can be revised; edit the draft instead");
        }
        if (a.open().isPresent()) {
            throw new ConflictException("a revision of this advisory is already under way (version " + a.open().get().revision() + ")");
        }
        AdvisoryVersion last = a.latestPublished().orElseThrow();
        Instant now = now();
        AdvisoryVersion draft = new AdvisoryVersion(a.id(), a.latest().revision() + 1, VersionStatus.DRAFT, last.content(), summary,
                who.username(), now, now, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        return tx.inTransaction(() -> {
            store.insertVersion(draft);
            audit.record(AuditEvent.write(who.username(), "cyber.advisory.revise", "cyber_advisory", a.id(),
                    a.trackingId() + " revision " + draft.revision() + ": " + summary));
            return get(who, id);
        });
    }

    public Advisory get(Principal reader, String id) {
        requireRole(reader, "read advisory drafts", Role.ANALYST, Role.SUPERVISOR);
        return store.find(reader, id).orElseThrow(() -> new NotFoundException("advisory", id));
    }

    public List<Advisory> list(Principal reader, Optional<VersionStatus> status, int limit) {
        requireRole(reader, "read advisory drafts", Role.ANALYST, Role.SUPERVISOR);
        return store.list(reader, status, limit);
    }

    /** A published advisory for the public; drafts and unknown ids are both simply not found. */
    public PublishedAdvisory published(String trackingId) {
        if (trackingId == null || trackingId.length() > 64) {
            throw new NotFoundException("advisory", "?");
        }
        return store.published(trackingId).orElseThrow(() -> new NotFoundException("advisory", trackingId));
    }

    public List<PublishedAdvisory> published(Optional<Audience> audience, Optional<Sector> sector, int limit) {
        return store.published(audience, sector, limit);
    }

    /** The directory-based CSAF distribution over every published advisory. */
    public CsafDirectory directory() {
        return new CsafDirectory(publisher, store.published(Optional.empty(), Optional.empty(), 100_000));
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private AdvisoryContent checked(Principal who, AdvisoryContent content) {
        if (content == null) {
            throw new InvalidInputException("body", "the advisory's content is required");
        }
        AdvisoryContent c = content.validated();
        for (int i = 0; i < c.sources().size(); i++) {
            String s = c.sources().get(i);
            Optional<SourceItem> item = sources.find(who, s);
            if (item.isEmpty() || item.get().tlp() != Tlp.CLEAR) {
                throw new InvalidInputException("sources[" + i + "]", "'" + s + "' is not a TLP:CLEAR indicator or incident;"
                        + " only TLP:CLEAR material may be the source of a public advisory");
            }
        }
        return c;
    }

    private Advisory save(Principal who, Advisory a, AdvisoryVersion before, AdvisoryVersion after, String action, String detail) {
        return tx.inTransaction(() -> {
            if (!store.updateVersion(after, before.status())) {
                throw new ConflictException("the advisory changed meanwhile; reload and try again");
            }
            audit.record(AuditEvent.write(who.username(), action, "cyber_advisory", a.id(), a.trackingId() + " " + detail));
            return get(who, a.id());
        });
    }

    private static AdvisoryVersion open(Advisory a) {
        return a.open().orElseThrow(() -> new ConflictException(a.trackingId() + " has no version under work; start a revision first"));
    }

    private static AdvisoryVersion with(AdvisoryVersion v, VersionStatus status, AdvisoryContent c, String summary, Instant now) {
        return new AdvisoryVersion(v.advisoryId(), v.revision(), status, c, summary, v.author(), v.createdAt(), now, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static String sourcesNote(AdvisoryContent c) {
        return c.sources().isEmpty() ? "" : " (sources: " + String.join(", ", c.sources()) + ")";
    }

    private static void requireAuthor(Principal who, AdvisoryVersion v, String what) {
        if (!v.author().equals(who.username())) {
            throw new ForbiddenException("only the author of version " + v.revision() + " (" + v.author() + ") may " + what);
        }
    }

    private static void requireRole(Principal who, String what, Role... roles) {
        if (!who.hasAny(roles)) {
            throw new ForbiddenException("your roles do not allow you to " + what);
        }
    }
}
