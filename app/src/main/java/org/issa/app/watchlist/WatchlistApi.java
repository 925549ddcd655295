package org.issa.app.watchlist;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.screening.ScreeningQuery;
import org.issa.app.web.MarkingInput;
import org.issa.app.web.MarkingView;
import org.issa.app.web.PageView;
import org.issa.app.web.RequestLimits;
import org.issa.core.paging.Cursor;
import org.issa.core.security.Principal;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.Name;
import org.issa.matching.model.Subject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Watch lists over HTTP: lists, their versions and differences, entries, imports and manual entries. */
@RestController
@RequestMapping("/api/v1/watchlists")
public class WatchlistApi {

    private final Watchlists lists;
    private final ListImport imports;
    private final RequestLimits limits;

    public WatchlistApi(Watchlists lists, ListImport imports, RequestLimits limits) {
        this.lists = lists;
        this.imports = imports;
        this.limits = limits;
    }

    public record ListView(String id, String name, WatchlistKind kind, String sourceFormat, double threshold, String description,
                           int currentVersion, int entryCount, String createdBy, Instant createdAt, MarkingView marking) {
        public static ListView of(Watchlist w) {
            return new ListView(w.id(), w.name(), w.kind(), w.sourceFormat(), w.threshold(), w.description(), w.currentVersion(),
                    w.entryCount(), w.createdBy(), w.createdAt(), MarkingView.of(w.marking()));
        }
    }

    public record ListDetail(ListView list, List<WatchlistVersion> versions) {
    }

    public record DiffView(WatchlistVersion version, List<VersionDiff.Line> added, List<VersionDiff.Line> removed,
                           List<VersionDiff.Line> changed) {
    }

    public record EntryView(String entryId, String name, String schema, List<String> aliases, List<String> birthDates,
                            List<String> countries, List<String> identifiers, int firstVersion, Integer lastVersion,
                            String justification, LocalDate expiresOn, String addedBy, MarkingView marking) {
        public static EntryView of(WatchlistEntry e) {
            Subject s = e.subject();
            return new EntryView(e.entryId(), e.name(), s.schema().ftmName(), s.names().stream().skip(1).map(Name::full).toList(),
                    s.birthDates().stream().map(BirthDate::toString).toList(), s.countries(),
                    s.identifiers().stream().map(Identifier::number).toList(), e.firstVersion(), e.lastVersion().orElse(null),
                    e.manual().map(WatchlistEntry.ManualNote::justification).orElse(null),
                    e.manual().map(WatchlistEntry.ManualNote::expiresOn).orElse(null),
                    e.manual().map(WatchlistEntry.ManualNote::addedBy).orElse(null), MarkingView.of(e.marking()));
        }
    }

    public record ImportView(ImportResult.Outcome outcome, WatchlistVersion version, List<String> warnings) {
    }

    public record ListInput(@Size(max = 200) String name, @Size(max = 16) String kind, @Size(max = 16) String sourceFormat,
                            Double threshold, @Size(max = 2000) String description, @Valid MarkingInput marking) {
    }

    public record ThresholdInput(Double threshold, @Size(max = 2000) String reason) {
    }

    public record ReasonInput(@Size(max = 2000) String reason) {
    }

    /** A manual entry: the names and particulars of the person or company, why it is listed, until when, and its marking. */
    public record EntryInput(@Size(max = 200) String name, @Size(max = 200) String firstName, @Size(max = 200) String middleName,
                             @Size(max = 200) String lastName, @Size(max = 20) List<@Size(max = 200) String> aliases,
                             @Size(max = 40) String schema, @Size(max = 40) String dateOfBirth, @Size(max = 2) String country,
                             @Size(max = 20) String gender, @Size(max = 100) String idNumber, @Size(max = 2000) String justification,
                             LocalDate expiresOn, @Valid MarkingInput marking) {
        public Subject subject() {
            Subject s = new ScreeningQuery(name, firstName, middleName, lastName, dateOfBirth, country, gender, idNumber, schema)
                    .toSubject("new");
            if (aliases == null || aliases.isEmpty()) {
                return s;
            }
            List<Name> names = new java.util.ArrayList<>(s.names());
            aliases.stream().filter(a -> a != null && !a.isBlank()).forEach(a -> names.add(Name.of(a, org.issa.matching.model.NameStrength.ALIAS)));
            return new Subject(s.id(), s.schema(), names, s.birthDates(), s.countries(), s.gender(), s.identifiers(), s.details());
        }
    }

    @GetMapping
    PageView<ListView> lists(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
                             Authentication auth) {
        return PageView.of(lists.lists(CurrentUser.of(auth), cursor, Cursor.size(limit, 100)), ListView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ListView create(@Valid @RequestBody ListInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return ListView.of(lists.create(p, in.name(), in.kind(), in.sourceFormat(), in.threshold(), in.description(),
                in.marking() == null ? null : in.marking().toMarking(p.agency())));
    }

    @GetMapping("/{id}")
    ListDetail list(@PathVariable String id, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return new ListDetail(ListView.of(lists.list(p, id)), lists.versions(p, id));
    }

    @PutMapping("/{id}/threshold")
    ListView threshold(@PathVariable String id, @Valid @RequestBody ThresholdInput in, Authentication auth) {
        return ListView.of(lists.setThreshold(CurrentUser.of(auth), id, in.threshold(), in.reason()));
    }

    /**
     * A new version from a list file sent as the body, in the list's format (or {@code format}).
     * 201 with the new version, or 200 with {@code UNCHANGED} for the very file of the current version.
     */
    @PostMapping("/{id}/versions")
    ResponseEntity<ImportView> importVersion(@PathVariable String id, @RequestParam(required = false) String format,
                                             HttpServletRequest request, Authentication auth) {
        byte[] body = read(request);
        ImportResult r = imports.importFile(CurrentUser.of(auth), id, format, body);
        return ResponseEntity.status(r.outcome() == ImportResult.Outcome.IMPORTED ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new ImportView(r.outcome(), r.version(), r.warnings()));
    }

    private byte[] read(HttpServletRequest request) {
        long limit = limits.limitFor(request);
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw tooLarge(limit);
            }
            return body;
        } catch (RequestLimits.TooLarge e) {
            throw tooLarge(limit);
        } catch (IOException e) {
            throw new org.issa.core.error.InvalidInputException("body", "the file could not be received: " + e.getMessage());
        }
    }

    private static ResponseStatusException tooLarge(long limit) {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "list files are limited to " + RequestLimits.describe(limit));
    }

    @GetMapping("/{id}/versions/{version}")
    DiffView diff(@PathVariable String id, @PathVariable int version, Authentication auth) {
        VersionDiff d = lists.diff(CurrentUser.of(auth), id, version);
        return new DiffView(d.version(), d.added(), d.removed(), d.changed());
    }

    @GetMapping("/{id}/entries")
    PageView<EntryView> entries(@PathVariable String id, @RequestParam Optional<Integer> version,
                                @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
                                Authentication auth) {
        return PageView.of(lists.entries(CurrentUser.of(auth), id, version, cursor, Cursor.size(limit, 100)), EntryView::of);
    }

    @PostMapping("/{id}/entries")
    @ResponseStatus(HttpStatus.CREATED)
    EntryView addEntry(@PathVariable String id, @Valid @RequestBody EntryInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return EntryView.of(lists.addEntry(p, id, in.subject(), in.justification(), in.expiresOn(),
                in.marking() == null ? null : in.marking().toMarking(p.agency())));
    }

    @DeleteMapping("/{id}/entries/{entryId}")
    ResponseEntity<Void> removeEntry(@PathVariable String id, @PathVariable String entryId, @Valid @RequestBody ReasonInput in,
                                     Authentication auth) {
        lists.removeEntry(CurrentUser.of(auth), id, entryId, in.reason());
        return ResponseEntity.noContent().build();
    }
}
