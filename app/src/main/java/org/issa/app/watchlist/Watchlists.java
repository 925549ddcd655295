package org.issa.app.watchlist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.error.Require;
import org.issa.core.marking.Marking;
import org.issa.core.paging.Cursor;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;
import org.issa.matching.model.Subject;

/**
 * The watch lists: creating them, their thresholds, reading them under the reader's markings, and
 * the manual lists, kept entry by entry. Each change of a manual list is a new version, so a
 * manual list has the same history as an imported one; each write is audited in its transaction.
 */
public final class Watchlists {

    public static final double MIN_THRESHOLD = 0.30;
    /** How far ahead a manual entry may be kept before someone must look at it again. */
    public static final int MAX_EXPIRY_YEARS = 2;

    private final WatchlistStore store;
    private final ListSource formats;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final ListChangeListener changes;

    public Watchlists(WatchlistStore store, ListSource formats, AuditLog audit, Transactions tx, Clock clock,
                      ListChangeListener changes) {
        this.store = store;
        this.formats = formats;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.changes = changes;
    }

    public static void requireRole(Principal who, String what, Role... roles) {
        if (!who.hasAny(roles)) {
            throw new ForbiddenException("your roles do not allow you to " + what);
        }
    }

    public static void requireReader(Principal who) {
        requireRole(who, "read watch lists", Role.ANALYST, Role.SUPERVISOR, Role.DPO, Role.AUDITOR);
    }

    public Watchlist create(Principal who, String name, String kind, String sourceFormat, Double threshold,
                            String description, Marking requested) {
        requireRole(who, "create watch lists", Role.ANALYST, Role.SUPERVISOR);
        WatchlistKind k = WatchlistKind.parse("kind", kind);
        String format;
        if (k == WatchlistKind.MANUAL) {
            format = "manual";
        } else {
            format = Require.text("sourceFormat", sourceFormat, 16).toLowerCase(Locale.ROOT);
            if (!ListReaders.KNOWN.contains(format) && !formats.formats().contains(format)) {
                throw new InvalidInputException("sourceFormat", "sourceFormat must be one of "
                        + String.join(", ", new java.util.TreeSet<>(ListReaders.KNOWN)));
            }
        }
        Watchlist w = new Watchlist(UUID.randomUUID().toString(), Require.text("name", name, 200), k, format,
                checkThreshold(threshold == null ? Watchlist.DEFAULT_THRESHOLD : threshold),
                description == null ? "" : description.strip(), 0, 0, who.username(), clock.instant(),
                who.markingOfOwnRecord(requested));
        if (w.description().length() > 2000) {
            throw new InvalidInputException("description", "description must be at most 2000 characters");
        }
        return tx.inTransaction(() -> {
            store.insert(w);
            audit.record(AuditEvent.write(who.username(), "watchlist.create", "watchlist", w.id(),
                    k + " list '" + w.name() + "', " + format + ", threshold " + w.threshold() + ", " + w.marking().banner()));
            return w;
        });
    }

    private static double checkThreshold(double t) {
        if (Double.isNaN(t) || t < MIN_THRESHOLD || t > 1.0) {
            throw new InvalidInputException("threshold", "threshold must lie between " + MIN_THRESHOLD + " and 1.0");
        }
        return Math.round(t * 1000) / 1000.0;
    }

    public Watchlist setThreshold(Principal who, String listId, Double threshold, String reason) {
        requireRole(who, "change a list's threshold", Role.SUPERVISOR);
        Watchlist w = list(who, listId);
        if (threshold == null) {
            throw new InvalidInputException("threshold", "threshold is required");
        }
        double t = checkThreshold(threshold);
        String why = Require.text("reason", reason, 2000);
        tx.run(() -> {
            store.setThreshold(w.id(), t);
            audit.record(AuditEvent.write(who.username(), "watchlist.threshold.set", "watchlist", w.id(),
                    w.threshold() + " → " + t + ": " + why));
        });
        changes.listChanged(w.id());
        return list(who, listId);
    }

    public Page<Watchlist> lists(Principal reader, String cursor, int limit) {
        requireReader(reader);
        String after = Cursor.decode(cursor);
        return Page.of(store.lists(reader, after.isEmpty() ? Optional.empty() : Optional.of(after), limit + 1), limit,
                WatchlistStore::keyOf);
    }

    /** A list the reader may see; 404 for one that does not exist or that they may not see. */
    public Watchlist list(Principal reader, String id) {
        requireReader(reader);
        return store.list(reader, id).orElseThrow(() -> new NotFoundException("watch list", id));
    }

    public List<WatchlistVersion> versions(Principal reader, String listId) {
        return store.versions(list(reader, listId).id());
    }

    public VersionDiff diff(Principal reader, String listId, int version) {
        Watchlist w = list(reader, listId);
        WatchlistVersion v = store.version(w.id(), version)
                .orElseThrow(() -> new NotFoundException("version", w.id() + "/" + version));
        return store.diff(reader, v);
    }

    /** Entries of a version (the current one when empty) that the reader may see, by entry id. */
    public Page<WatchlistEntry> entries(Principal reader, String listId, Optional<Integer> version, String cursor, int limit) {
        Watchlist w = list(reader, listId);
        int v = version.orElse(w.currentVersion());
        if (v < 1 || v > w.currentVersion()) {
            throw new InvalidInputException("version", "version must lie between 1 and " + Math.max(1, w.currentVersion()));
        }
        String after = Cursor.decode(cursor);
        return Page.of(store.entries(reader, w.id(), v, after.isEmpty() ? Optional.empty() : Optional.of(after), limit + 1),
                limit, WatchlistEntry::entryId);
    }

    /**
     * Adds an entry to a manual list: a justification, an expiry date after today and at most
     * {@value #MAX_EXPIRY_YEARS} years ahead (expired entries are no longer screened) and a
     * marking not above the writer's clearance.
     */
    public WatchlistEntry addEntry(Principal who, String listId, Subject subject, String justification, LocalDate expiresOn,
                                   Marking requested) {
        requireRole(who, "add entries to a manual list", Role.ANALYST, Role.SUPERVISOR);
        Watchlist w = manualList(who, listId);
        String why = Require.text("justification", justification, 2000);
        LocalDate today = LocalDate.now(clock);
        if (expiresOn == null) {
            throw new InvalidInputException("expiresOn", "expiresOn is required: a manual entry must be looked at again");
        }
        if (!expiresOn.isAfter(today) || expiresOn.isAfter(today.plusYears(MAX_EXPIRY_YEARS))) {
            throw new InvalidInputException("expiresOn", "expiresOn must lie after today and at most " + MAX_EXPIRY_YEARS
                    + " years ahead (" + today.plusYears(MAX_EXPIRY_YEARS) + ")");
        }
        Marking marking = who.markingOfOwnRecord(requested);
        String entryId = "M-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Subject s = new Subject(entryId, subject.schema(), subject.names(), subject.birthDates(), subject.countries(),
                subject.gender(), subject.identifiers(), subject.details());
        WatchlistEntry entry = tx.inTransaction(() -> {
            int current = store.lockCurrentVersion(w.id());
            int next = current + 1;
            WatchlistEntry e = new WatchlistEntry(UUID.randomUUID().toString(), w.id(), entryId, next, Optional.empty(), s,
                    SubjectJson.contentHash(s), Optional.of(new WatchlistEntry.ManualNote(why, expiresOn, who.username())), marking);
            store.insertEntry(e);
            int count = store.currentHashes(w.id()).size();
            store.insertVersion(new WatchlistVersion(w.id(), next, "manual", who.username(), clock.instant(), "", count, 1, 0, 0,
                    WatchlistVersion.CURRENT, "entry " + entryId + " added"));
            store.setCurrentVersion(w.id(), next);
            audit.record(AuditEvent.write(who.username(), "watchlist.entry.add", "watchlist_entry", w.id() + "/" + entryId,
                    "version " + next + ", expires " + expiresOn + ", " + marking.banner()));
            return e;
        });
        changes.listChanged(w.id());
        return entry;
    }

    /** Removes an entry from a manual list, with a reason: a new version without it. */
    public void removeEntry(Principal who, String listId, String entryId, String reason) {
        requireRole(who, "remove entries from a manual list", Role.ANALYST, Role.SUPERVISOR);
        Watchlist w = manualList(who, listId);
        WatchlistEntry e = store.currentEntry(who, w.id(), entryId)
                .orElseThrow(() -> new NotFoundException("entry", w.id() + "/" + entryId));
        String why = Require.text("reason", reason, 2000);
        tx.run(() -> {
            int current = store.lockCurrentVersion(w.id());
            int next = current + 1;
            store.closeEntries(w.id(), List.of(e.entryId()), current, why);
            int count = store.currentHashes(w.id()).size();
            store.insertVersion(new WatchlistVersion(w.id(), next, "manual", who.username(), clock.instant(), "", count, 0, 1, 0,
                    WatchlistVersion.CURRENT, "entry " + e.entryId() + " removed"));
            store.setCurrentVersion(w.id(), next);
            audit.record(AuditEvent.write(who.username(), "watchlist.entry.remove", "watchlist_entry", w.id() + "/" + e.entryId(),
                    "version " + next + ": " + why));
        });
        changes.listChanged(w.id());
    }

    private Watchlist manualList(Principal who, String listId) {
        Watchlist w = list(who, listId);
        if (!w.manual()) {
            throw new InvalidInputException("list", "entries are added by hand to manual lists only; '" + w.name()
                    + "' is imported from " + w.sourceFormat() + " files");
        }
        return w;
    }

    public java.util.Set<String> formats() {
        return formats.formats();
    }
}
