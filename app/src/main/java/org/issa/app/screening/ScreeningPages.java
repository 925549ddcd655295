package org.issa.app.screening;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.issa.app.identity.CurrentUser;
import org.issa.app.watchlist.ImportResult;
import org.issa.app.watchlist.ListImport;
import org.issa.app.watchlist.ListReaders;
import org.issa.app.watchlist.VersionDiff;
import org.issa.app.watchlist.Watchlist;
import org.issa.app.watchlist.WatchlistEntry;
import org.issa.app.watchlist.WatchlistVersion;
import org.issa.app.watchlist.Watchlists;
import org.issa.app.web.MarkingForm;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The screening pages: screen a name, the lists and their versions, manual entries, the review queue and its hits. */
@Controller
public class ScreeningPages {

    private final Screening screening;
    private final Watchlists lists;
    private final ListImport imports;
    private final ReviewQueue queue;
    private final MonitoredSubjects monitored;
    private final java.time.Clock clock;

    public ScreeningPages(Screening screening, Watchlists lists, ListImport imports, ReviewQueue queue, MonitoredSubjects monitored,
                          java.time.Clock clock) {
        this.screening = screening;
        this.lists = lists;
        this.imports = imports;
        this.queue = queue;
        this.monitored = monitored;
        this.clock = clock;
    }

    /** The screening form as filled in, so that the page shows it again with the results. */
    public record ScreenForm(String name, String dateOfBirth, String country, String schema, String purpose, boolean monitor) {
        static ScreenForm empty() {
            return new ScreenForm("", "", "", "Person", "", false);
        }
    }

    public record ScreenPage(ScreenForm form, List<Watchlist> lists, Optional<Screening.Result> result,
                             Optional<MonitoredSubjects.Registered> registered, List<MonitoredSubject> monitored) {
    }

    public record ListsPage(List<Watchlist> lists, Optional<String> next, List<String> formats, Set<String> available) {
    }

    public record ListPage(Watchlist list, List<WatchlistVersion> versions, List<WatchlistEntry> entries, Optional<String> next,
                           List<String> formats, Set<String> available, String tomorrow, String maxExpiry) {
    }

    public record ReviewPage(List<Hit> hits, Optional<String> next, List<Watchlist> lists, String status, String list, long open) {
    }

    public record HitPage(Hit hit, boolean mayDecide, String whyNot) {
    }

    @GetMapping("/screening")
    ModelAndView screenForm(HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return screenPage(request, p, ScreenForm.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @PostMapping("/screening")
    ModelAndView screen(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String dateOfBirth,
                        @RequestParam(defaultValue = "") String country, @RequestParam(defaultValue = "Person") String schema,
                        @RequestParam(defaultValue = "") String purpose, @RequestParam(required = false) List<String> lists,
                        @RequestParam(defaultValue = "false") boolean monitor, MarkingForm marking, HttpServletRequest request,
                        Authentication auth) {
        Principal p = CurrentUser.of(auth);
        ScreenForm form = new ScreenForm(name, dateOfBirth, country, schema, purpose, monitor);
        ScreeningQuery q = new ScreeningQuery(name, null, null, null, dateOfBirth, country, null, null, schema);
        try {
            Screening.Result r = screening.screen(p, q.toSubject("query"), lists == null ? List.of() : lists, purpose);
            Optional<MonitoredSubjects.Registered> kept = monitor
                    ? Optional.of(monitored.register(p, q, purpose, marking.toMarking(p.agency()))) : Optional.empty();
            return screenPage(request, p, form, Optional.of(r), kept, Optional.empty());
        } catch (InvalidInputException e) {
            return screenPage(request, p, form, Optional.empty(), Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    private ModelAndView screenPage(HttpServletRequest request, Principal p, ScreenForm form, Optional<Screening.Result> result,
                                    Optional<MonitoredSubjects.Registered> registered, Optional<String> error) {
        Screening.requireScreener(p);
        var frame = Pages.page(request, "Screening", "screening");
        return Pages.view("screening", error.map(frame::withError).orElse(frame), new ScreenPage(form, lists.lists(p, "", 500).items(),
                result, registered, monitored.subjects(p, "", 20).items()));
    }

    @GetMapping("/screening/lists")
    ModelAndView listsPage(@RequestParam(required = false) String cursor, HttpServletRequest request, Authentication auth) {
        Page<Watchlist> page = lists.lists(CurrentUser.of(auth), cursor, 100);
        return Pages.view("screeningLists", Pages.page(request, "Watch lists", "screening"),
                new ListsPage(page.items(), page.nextCursor(), formats(), lists.formats()));
    }

    private List<String> formats() {
        Set<String> all = new TreeSet<>(ListReaders.KNOWN);
        all.addAll(lists.formats());
        return List.copyOf(all);
    }

    @PostMapping("/screening/lists")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String kind,
                  @RequestParam(defaultValue = "") String sourceFormat, @RequestParam(defaultValue = "") String threshold,
                  @RequestParam(defaultValue = "") String description, MarkingForm marking, Authentication auth,
                  RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            Watchlist w = lists.create(p, name, kind, sourceFormat, threshold.isBlank() ? null : number("threshold", threshold),
                    description, marking.toMarking(p.agency()));
            flash.addFlashAttribute(Pages.NOTICE, "List created.");
            return "redirect:/screening/lists/" + w.id();
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
            return "redirect:/screening/lists";
        }
    }

    @GetMapping("/screening/lists/{id}")
    ModelAndView list(@PathVariable String id, @RequestParam(required = false) String cursor, HttpServletRequest request,
                      Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Watchlist w = lists.list(p, id);
        Page<WatchlistEntry> entries = w.currentVersion() == 0 ? new Page<>(List.of(), Optional.empty())
                : lists.entries(p, id, Optional.empty(), cursor, 200);
        LocalDate today = LocalDate.now(clock);
        return Pages.view("screeningList", Pages.page(request, w.name(), "screening"), new ListPage(w, lists.versions(p, id),
                entries.items(), entries.nextCursor(), formats(), lists.formats(), today.plusDays(1).toString(),
                today.plusYears(Watchlists.MAX_EXPIRY_YEARS).toString()));
    }

    @PostMapping("/screening/lists/{id}/import")
    String importFile(@PathVariable String id, @RequestParam(defaultValue = "") String format,
                      @RequestParam(required = false) MultipartFile file, Authentication auth, RedirectAttributes flash) {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "choose a list file to import");
            }
            ImportResult r = imports.importFile(CurrentUser.of(auth), id, format, file.getBytes());
            WatchlistVersion v = r.version();
            flash.addFlashAttribute(Pages.NOTICE, r.outcome() == ImportResult.Outcome.UNCHANGED
                    ? "No change: this is the file of version " + v.version() + "."
                    : "Version " + v.version() + " imported: " + v.entryCount() + " entries, " + v.added() + " added, " + v.removed()
                    + " removed, " + v.changed() + " changed.");
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, "Import refused, the current version stays: " + e.getMessage());
        } catch (IOException e) {
            flash.addFlashAttribute(Pages.ERROR, "The file could not be received: " + e.getMessage());
        }
        return "redirect:/screening/lists/" + id;
    }

    @PostMapping("/screening/lists/{id}/threshold")
    String threshold(@PathVariable String id, @RequestParam(defaultValue = "") String threshold,
                     @RequestParam(defaultValue = "") String reason, Authentication auth, RedirectAttributes flash) {
        try {
            lists.setThreshold(CurrentUser.of(auth), id, number("threshold", threshold), reason);
            flash.addFlashAttribute(Pages.NOTICE, "Threshold changed; kept records are screened again.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/screening/lists/" + id;
    }

    @PostMapping("/screening/lists/{id}/entries")
    String addEntry(@PathVariable String id, @RequestParam(defaultValue = "") String name,
                    @RequestParam(defaultValue = "") String aliases, @RequestParam(defaultValue = "Person") String schema,
                    @RequestParam(defaultValue = "") String dateOfBirth, @RequestParam(defaultValue = "") String country,
                    @RequestParam(defaultValue = "") String idNumber, @RequestParam(defaultValue = "") String justification,
                    @RequestParam(defaultValue = "") String expiresOn, MarkingForm marking, Authentication auth,
                    RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            var subject = new org.issa.app.watchlist.WatchlistApi.EntryInput(name, null, null, null,
                    List.of(aliases.split(";")), schema, dateOfBirth, country, null, idNumber, justification, null, null).subject();
            LocalDate expiry = expiresOn.isBlank() ? null : date("expiresOn", expiresOn);
            WatchlistEntry e = lists.addEntry(p, id, subject, justification, expiry, marking.toMarking(p.agency()));
            flash.addFlashAttribute(Pages.NOTICE, "Entry " + e.entryId() + " added; kept records are screened against it.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/screening/lists/" + id;
    }

    @PostMapping("/screening/lists/{id}/entries/{entryId}/remove")
    String removeEntry(@PathVariable String id, @PathVariable String entryId, @RequestParam(defaultValue = "") String reason,
                       Authentication auth, RedirectAttributes flash) {
        try {
            lists.removeEntry(CurrentUser.of(auth), id, entryId, reason);
            flash.addFlashAttribute(Pages.NOTICE, "Entry " + entryId + " removed.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/screening/lists/" + id;
    }

    @GetMapping("/screening/lists/{id}/versions/{version}")
    ModelAndView version(@PathVariable String id, @PathVariable int version, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Watchlist w = lists.list(p, id);
        VersionDiff d = lists.diff(p, id, version);
        return Pages.view("screeningVersion", Pages.page(request, w.name() + " version " + version, "screening"),
                new VersionPageView(w, d));
    }

    public record VersionPageView(Watchlist list, VersionDiff diff) {
    }

    @GetMapping("/screening/review")
    ModelAndView review(@RequestParam(defaultValue = "OPEN") String status, @RequestParam(defaultValue = "") String list,
                        @RequestParam(required = false) String cursor, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Optional<HitStatus> s = status.isBlank() || status.equals("ALL") ? Optional.empty() : Optional.of(HitStatus.parse("status", status));
        Page<Hit> page = queue.hits(p, s, list.isBlank() ? Optional.empty() : Optional.of(list), cursor, 50);
        return Pages.view("screeningReview", Pages.page(request, "Review queue", "screening"), new ReviewPage(page.items(),
                page.nextCursor(), lists.lists(p, "", 500).items(), s.map(Enum::name).orElse("ALL"), list, queue.countOpen(p)));
    }

    @GetMapping("/screening/hits/{id}")
    ModelAndView hit(@PathVariable String id, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Hit h = queue.hit(p, id, Optional.empty());
        String whyNot = !p.has(Role.SUPERVISOR) ? "Only a supervisor decides hits."
                : h.raisedFor().equals(p.username()) ? "You answer for the screened record: another supervisor decides (four eyes)."
                : h.status() != HitStatus.OPEN ? "Decided." : "";
        return Pages.view("screeningHit", Pages.page(request, "Hit on " + h.entryName(), "screening"),
                new HitPage(h, whyNot.isEmpty(), whyNot));
    }

    @PostMapping("/screening/hits/{id}/decision")
    String decide(@PathVariable String id, @RequestParam(defaultValue = "") String decision,
                  @RequestParam(defaultValue = "") String reason, Authentication auth, RedirectAttributes flash) {
        try {
            Hit h = queue.decide(CurrentUser.of(auth), id, decision, reason);
            flash.addFlashAttribute(Pages.NOTICE, "Decided: " + (h.status() == HitStatus.TRUE_MATCH ? "true match" : "false positive") + ".");
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/screening/hits/" + id;
    }

    private static double number(String field, String text) {
        try {
            return Double.parseDouble(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " '" + text + "' is not a number");
        }
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, field + " '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }
}
