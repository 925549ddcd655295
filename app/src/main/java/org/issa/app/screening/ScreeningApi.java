package org.issa.app.screening;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import org.issa.app.identity.CurrentUser;
import org.issa.app.watchlist.WatchlistApi;
import org.issa.app.web.MarkingInput;
import org.issa.app.web.MarkingView;
import org.issa.app.web.PageView;
import org.issa.core.error.InvalidInputException;
import org.issa.core.paging.Cursor;
import org.issa.core.security.Principal;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.Name;
import org.issa.matching.model.Subject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Screening over HTTP: one-off and batch screenings, kept (monitored) subjects, and the review queue. */
@RestController
@RequestMapping("/api/v1/screening")
public class ScreeningApi {

    private final Screening screening;
    private final Batches batches;
    private final ReviewQueue queue;
    private final MonitoredSubjects monitored;

    public ScreeningApi(Screening screening, Batches batches, ReviewQueue queue, MonitoredSubjects monitored) {
        this.screening = screening;
        this.batches = batches;
        this.queue = queue;
        this.monitored = monitored;
    }

    public record ScreenInput(@Size(max = 200) String name, @Size(max = 200) String firstName, @Size(max = 200) String middleName,
                              @Size(max = 200) String lastName, @Size(max = 40) String schema, @Size(max = 40) String dateOfBirth,
                              @Size(max = 2) String country, @Size(max = 20) String gender, @Size(max = 100) String idNumber,
                              @Size(max = 100) List<@Size(max = 36) String> lists, @Size(max = 1000) String purpose) {
        ScreeningQuery query() {
            return new ScreeningQuery(name, firstName, middleName, lastName, dateOfBirth, country, gender, idNumber, schema);
        }
    }

    public record ScreenView(String queryHash, int listsScreened, List<CandidateView> candidates) {
    }

    public record MonitorInput(@Size(max = 200) String name, @Size(max = 200) String firstName, @Size(max = 200) String middleName,
                               @Size(max = 200) String lastName, @Size(max = 40) String schema, @Size(max = 40) String dateOfBirth,
                               @Size(max = 2) String country, @Size(max = 20) String gender, @Size(max = 100) String idNumber,
                               @Size(max = 1000) String purpose, @Valid MarkingInput marking) {
    }

    public record SubjectView(String name, String schema, List<String> aliases, List<String> birthDates, List<String> countries,
                              String gender, List<String> identifiers) {
        public static SubjectView of(Subject s) {
            return new SubjectView(s.primaryName().full(), s.schema().ftmName(), s.names().stream().skip(1).map(Name::full).toList(),
                    s.birthDates().stream().map(BirthDate::toString).toList(), s.countries(), s.gender().name(),
                    s.identifiers().stream().map(Identifier::number).toList());
        }
    }

    public record MonitoredView(String id, SubjectView subject, String purpose, String owner, Instant createdAt, MarkingView marking) {
        static MonitoredView of(MonitoredSubject m) {
            return new MonitoredView(m.id(), SubjectView.of(m.subject()), m.purpose(), m.owner(), m.createdAt(),
                    MarkingView.of(m.marking()));
        }
    }

    public record RegisteredView(MonitoredView subject, int hitsRaised) {
    }

    public record BatchView(String id, Batch.Status status, String submittedBy, Instant submittedAt, String purpose,
                            List<String> lists, int total, int processed, int hits, Instant finishedAt, String error,
                            MarkingView marking, List<Batch.Row> rows) {
        static BatchView of(Batch b, List<Batch.Row> rows) {
            return new BatchView(b.id(), b.status(), b.submittedBy(), b.submittedAt(), b.purpose(), b.listIds(), b.total(),
                    b.processed(), b.hits(), b.finishedAt().orElse(null), b.error().orElse(null), MarkingView.of(b.marking()), rows);
        }
    }

    public record HitSummary(String id, String status, String recordType, String recordId, String recordName, String listId,
                             String listName, int listVersion, String entryId, String entryName, double score, Instant raisedAt,
                             String raisedFor, String decidedBy, MarkingView marking) {
        static HitSummary of(Hit h) {
            return new HitSummary(h.id(), h.status().name(), h.recordType(), h.recordId(), h.recordName(), h.listId(), h.listName(),
                    h.listVersion(), h.entryId(), h.entryName(), h.score(), h.raisedAt(), h.raisedFor(), h.decidedBy().orElse(null),
                    MarkingView.of(h.marking()));
        }
    }

    public record HitView(HitSummary hit, SubjectView query, SubjectView entry, String summary,
                          List<CandidateView.FeatureView> features, Instant decidedAt, String reason) {
        static HitView of(Hit h) {
            return new HitView(HitSummary.of(h), SubjectView.of(h.query()), SubjectView.of(h.entry()), h.explanation().summary(),
                    h.explanation().features().stream().map(f -> new CandidateView.FeatureView(f.name(), f.evidence(), f.score(),
                            f.contribution())).toList(), h.decidedAt().orElse(null), h.reason().orElse(null));
        }
    }

    public record DecisionInput(@Size(max = 20) String decision, @Size(max = 2000) String reason) {
    }

    /** Screens one name; the purpose is required and recorded in the audit trail. */
    @PostMapping("/screen")
    ScreenView screen(@Valid @RequestBody ScreenInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Screening.requireScreener(p);
        Screening.Result r = screening.screen(p, in.query().toSubject("query"), in.lists(), in.purpose());
        return new ScreenView(r.queryHash(), r.listsScreened(), r.candidates().stream().map(CandidateView::of).toList());
    }

    /**
     * A batch as CSV (with a header) or as a JSON array of rows, with the purpose (and the lists,
     * comma-separated, when not all) as parameters: 202 with the job, to follow at its URL.
     */
    @PostMapping(value = "/batches", consumes = {"text/csv", "text/plain", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<BatchView> submit(@RequestBody String body, @RequestHeader("Content-Type") String contentType,
                                     @RequestParam(required = false) String purpose, @RequestParam(required = false) String lists,
                                     Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Screening.requireScreener(p);
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidInputException("purpose", "a purpose is required to screen personal data");
        }
        List<ScreeningQuery> rows = contentType.toLowerCase(java.util.Locale.ROOT).contains("json") ? BatchInput.json(body)
                : BatchInput.csv(body);
        List<String> listIds = lists == null || lists.isBlank() ? List.of()
                : List.of(lists.split(",")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        try {
            Batch b = batches.submit(p, rows, listIds, purpose, null);
            return ResponseEntity.status(HttpStatus.ACCEPTED).header("Location", "/api/v1/screening/batches/" + b.id())
                    .body(BatchView.of(b, List.of()));
        } catch (RejectedExecutionException e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "too many batch screenings are waiting; try again later");
        }
    }

    /** A batch's progress, and the rows screened so far with their candidates ({@code fromRow}, {@code limit} to page). */
    @GetMapping("/batches/{id}")
    BatchView batch(@PathVariable String id, @RequestParam(defaultValue = "1") int fromRow,
                    @RequestParam(required = false) Integer limit, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return BatchView.of(batches.batch(p, id), batches.rows(p, id, fromRow, Cursor.size(limit, 500)));
    }

    @GetMapping("/monitored")
    PageView<MonitoredView> monitoredSubjects(@RequestParam(required = false) String cursor,
                                              @RequestParam(required = false) Integer limit, Authentication auth) {
        return PageView.of(monitored.subjects(CurrentUser.of(auth), cursor, Cursor.size(limit, 100)), MonitoredView::of);
    }

    /** Keeps a subject screened: screened now against every list, and again whenever a list changes. */
    @PostMapping("/monitored")
    @ResponseStatus(HttpStatus.CREATED)
    RegisteredView monitor(@Valid @RequestBody MonitorInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Screening.requireScreener(p);
        MonitoredSubjects.Registered r = monitored.register(p, new ScreeningQuery(in.name(), in.firstName(), in.middleName(),
                in.lastName(), in.dateOfBirth(), in.country(), in.gender(), in.idNumber(), in.schema()), in.purpose(),
                in.marking() == null ? null : in.marking().toMarking(p.agency()));
        return new RegisteredView(MonitoredView.of(r.subject()), r.hits());
    }

    @DeleteMapping("/monitored/{id}")
    ResponseEntity<Void> stopMonitoring(@PathVariable String id, @Valid @RequestBody WatchlistApi.ReasonInput in, Authentication auth) {
        monitored.remove(CurrentUser.of(auth), id, in.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/hits")
    PageView<HitSummary> hits(@RequestParam Optional<String> status, @RequestParam Optional<String> list,
                              @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
                              Authentication auth) {
        return PageView.of(queue.hits(CurrentUser.of(auth), status.filter(s -> !s.isBlank()).map(s -> HitStatus.parse("status", s)),
                list.filter(s -> !s.isBlank()), cursor, Cursor.size(limit, 50)), HitSummary::of);
    }

    /** One hit in full; the read is recorded with {@code purpose} (or "review of a screening hit"). */
    @GetMapping("/hits/{id}")
    HitView hit(@PathVariable String id, @RequestParam Optional<@Size(max = 1000) String> purpose, Authentication auth) {
        return HitView.of(queue.hit(CurrentUser.of(auth), id, purpose));
    }

    @PostMapping("/hits/{id}/decision")
    HitView decide(@PathVariable String id, @Valid @RequestBody DecisionInput in, Authentication auth) {
        return HitView.of(queue.decide(CurrentUser.of(auth), id, in.decision(), in.reason()));
    }
}
