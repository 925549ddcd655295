package org.issa.app.watchlist;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ConflictException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;
import org.issa.matching.lists.ListDocument;
import org.issa.matching.model.Subject;

/**
 * Imports a new version of a list from a file: the file is read whole, in memory, first; then its
 * difference to the current version is computed; then the new version is written in one
 * transaction with its audit entry. A file that cannot be read, or anything that fails, leaves the
 * current version as it was. The very file of the current version (same SHA-256) changes nothing
 * and says so. A refused import is recorded in the audit trail too.
 */
public final class ListImport {

    private final WatchlistStore store;
    private final Watchlists lists;
    private final ListSource formats;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final ListChangeListener changes;

    public ListImport(WatchlistStore store, Watchlists lists, ListSource formats, AuditLog audit, Transactions tx, Clock clock,
                      ListChangeListener changes) {
        this.store = store;
        this.lists = lists;
        this.formats = formats;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.changes = changes;
    }

    public ImportResult importFile(Principal who, String listId, String format, byte[] content) {
        Watchlists.requireRole(who, "import list versions", Role.ANALYST, Role.SUPERVISOR);
        Watchlist list = lists.list(who, listId);
        String sha = SubjectJson.sha256(content);
        String f = format == null || format.isBlank() ? list.sourceFormat() : format.trim().toLowerCase(Locale.ROOT);
        try {
            if (list.manual()) {
                throw new InvalidInputException("list", "a manual list is kept entry by entry; it takes no file");
            }
            if (!f.equals(list.sourceFormat())) {
                throw new InvalidInputException("format", "list '" + list.name() + "' is imported from " + list.sourceFormat()
                        + " files, not " + f);
            }
            if (content.length == 0) {
                throw new InvalidInputException("file", "the file is empty");
            }
            Optional<WatchlistVersion> current = store.version(list.id(), list.currentVersion());
            if (current.isPresent() && current.get().fileSha256().equals(sha)) {
                tx.run(() -> audit.record(AuditEvent.write(who.username(), "watchlist.import.unchanged", "watchlist", list.id(),
                        f + " file " + sha + " is the file of version " + list.currentVersion() + "; nothing stored")));
                return new ImportResult(ImportResult.Outcome.UNCHANGED, current.get(), List.of());
            }
            return apply(who, list, formats.read(f, new ByteArrayInputStream(content)), sha, f);
        } catch (RuntimeException e) {
            String why = e instanceof InvalidInputException || e instanceof ConflictException ? e.getMessage()
                    : "failed: " + e.getClass().getSimpleName();
            tx.run(() -> audit.record(AuditEvent.write(who.username(), "watchlist.import.refused", "watchlist", list.id(),
                    f + " file " + sha + ", " + content.length + " bytes: " + why)));
            throw e;
        }
    }

    /**
     * A new version from entries read elsewhere (the demo's synthetic list): the same checks,
     * difference and transaction as a file; its SHA-256 is that of the entries' JSON.
     */
    public ImportResult importDocument(Principal who, String listId, ListDocument doc) {
        Watchlists.requireRole(who, "import list versions", Role.ANALYST, Role.SUPERVISOR);
        Watchlist list = lists.list(who, listId);
        StringBuilder all = new StringBuilder();
        doc.entries().forEach(s -> all.append(SubjectJson.write(s)).append('\n'));
        return apply(who, list, doc, SubjectJson.sha256(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                list.sourceFormat());
    }

    private ImportResult apply(Principal who, Watchlist list, ListDocument doc, String sha, String format) {
        check(doc);
        ListDiff diff = ListDiff.between(store.currentHashes(list.id()), doc.entries());
        WatchlistVersion v = tx.inTransaction(() -> write(who, list, doc, diff, sha, format));
        changes.listChanged(list.id());
        return new ImportResult(ImportResult.Outcome.IMPORTED, v, doc.warnings() == null ? List.of() : doc.warnings());
    }

    private static void check(ListDocument doc) {
        if (doc.entries().isEmpty()) {
            throw new InvalidInputException("file", "the file holds no entries; a list is not emptied by an import");
        }
        Set<String> ids = new HashSet<>();
        for (Subject s : doc.entries()) {
            if (s.id().isBlank() || s.id().length() > 200) {
                throw new InvalidInputException("file", "an entry has an empty or over-long id (at most 200 characters)");
            }
            if (!ids.add(s.id())) {
                throw new InvalidInputException("file", "entry id '" + s.id() + "' appears twice in the file");
            }
        }
    }

    private WatchlistVersion write(Principal who, Watchlist list, ListDocument doc, ListDiff diff, String sha, String format) {
        int current = store.lockCurrentVersion(list.id());
        if (current != list.currentVersion()) {
            throw new ConflictException("list '" + list.name() + "' changed while the file was read; import it again");
        }
        int next = current + 1;
        List<String> closing = new ArrayList<>(diff.removed());
        diff.changed().forEach(s -> closing.add(s.id()));
        store.closeEntries(list.id(), closing, current, null);
        List<Subject> opening = new ArrayList<>(diff.added());
        opening.addAll(diff.changed());
        for (Subject s : opening) {
            store.insertEntry(new WatchlistEntry(UUID.randomUUID().toString(), list.id(), s.id(), next, Optional.empty(), s,
                    SubjectJson.contentHash(s), Optional.empty(), list.marking()));
        }
        String source = doc.sourceVersion() == null || doc.sourceVersion().isBlank() ? "" : doc.sourceVersion().strip();
        String note = doc.warnings() == null ? "" : String.join("\n", doc.warnings());
        WatchlistVersion v = new WatchlistVersion(list.id(), next, source.length() > 200 ? source.substring(0, 200) : source,
                who.username(), clock.instant(), sha, doc.entries().size(), diff.added().size(), diff.removed().size(),
                diff.changed().size(), WatchlistVersion.CURRENT, note.length() > 4000 ? note.substring(0, 3999) + "…" : note);
        store.insertVersion(v);
        store.setCurrentVersion(list.id(), next);
        audit.record(AuditEvent.write(who.username(), "watchlist.import", "watchlist", list.id(),
                "version " + next + " from " + format + " file " + sha + " (source version '" + source + "'): "
                        + v.entryCount() + " entries, " + v.added() + " added, " + v.removed() + " removed, " + v.changed()
                        + " changed"));
        return v;
    }
}
