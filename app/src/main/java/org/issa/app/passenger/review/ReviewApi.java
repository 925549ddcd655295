package org.issa.app.passenger.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.MarkingView;
import org.issa.app.web.PageView;
import org.issa.app.web.Csv;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.Require;
import org.issa.passenger.retention.Disclosures;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.issa.core.paging.Cursor;
import org.issa.core.security.Principal;
import org.issa.passenger.assessment.PassengerAssessment;
import org.issa.passenger.review.CompetentAuthority;
import org.issa.passenger.review.HitSource;
import org.issa.passenger.review.HitStatus;
import org.issa.passenger.review.Priority;
import org.issa.passenger.review.Referral;
import org.issa.passenger.review.ReviewCase;
import org.issa.passenger.review.ReviewDesk;
import org.issa.passenger.review.ReviewHit;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The passenger review over HTTP: the assessment hook, the queue, each hit and its decisions, case
 * closure and the register of competent authorities. Outputs are for further examination by a person (Art 7(6)).
 */
@RestController
@RequestMapping("/api/v1/passenger")
public class ReviewApi {

    private final PassengerAssessment assessment;
    private final ReviewDesk desk;
    private final Disclosures disclosures;

    public ReviewApi(PassengerAssessment assessment, ReviewDesk desk, Disclosures disclosures) {
        this.assessment = assessment;
        this.desk = desk;
        this.disclosures = disclosures;
    }

    public record HitView(String id, String caseId, HitSource source, String sourceId, String sourceName, int sourceVersion,
                          String entryId, String entryName, double score, Priority priority, String explanation, List<String> details,
                          String flight, String flightLabel, String direction, Instant flightTime, String passengerRef,
                          String passengerName, String bookingRef, HitStatus status, Instant raisedAt, String reviewedBy,
                          Instant reviewedAt, String reviewNote, String decidedBy, Instant decidedAt, String decisionReason,
                          MarkingView marking, String notice, String data, String pnrBookingId) {
        static HitView of(ReviewHit h) {
            return new HitView(h.id(), h.caseId(), h.source(), h.sourceId(), h.sourceName(), h.sourceVersion(), h.entryId(), h.entryName(),
                    h.score(), h.priority(), h.explanation(), h.details(), h.flightKey(), h.flightLabel(), h.direction(), h.flightTime(),
                    h.passengerRef(), h.passengerName(), h.bookingRef(), h.status(), h.raisedAt(), h.reviewedBy().orElse(null),
                    h.reviewedAt().orElse(null), h.reviewNote().orElse(null), h.decidedBy().orElse(null), h.decidedAt().orElse(null),
                    h.decisionReason().orElse(null), MarkingView.of(h.marking()),
                    "automated result for further examination by a person; not a decision (Art 7(6) Directive (EU) 2016/681)",
                    h.data().name(), h.pnrBookingId().orElse(null));
        }
    }

    public record NoteInput(String note, String reason) {
        String text() {
            return note != null ? note : reason;
        }
    }

    public record ReferralInput(String authority, String reason) {
    }

    public record AuthorityInput(String code, String name, String memberState, String legalReference) {
    }

    public record ActiveInput(Boolean active) {
    }

    @PostMapping("/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    PassengerAssessment.Result assess(@RequestBody AssessmentInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        ReviewDesk.requireReviewer(p);
        if (in == null) {
            throw new InvalidInputException("flight", "a flight and its passengers are required");
        }
        return assessment.assess(p.username(), in.toFlight(), in.toPassengers(p));
    }

    @GetMapping("/hits")
    PageView<HitView> hits(@RequestParam(required = false) String status, @RequestParam(required = false) String source,
                           @RequestParam(required = false) String name, @RequestParam(required = false) String cursor,
                           @RequestParam(required = false) Integer limit, @RequestParam(required = false) String purpose,
                           Authentication auth) {
        return PageView.of(desk.queue(CurrentUser.of(auth), statuses(status), source(source), Optional.ofNullable(name), cursor,
                Cursor.size(limit, 50), Optional.ofNullable(purpose)), HitView::of);
    }

    /**
     * The queue as CSV (at most 1,000 hits, the first page in review order), masked and erased as on screen; the export is
     * audited with its purpose, which is required.
     */
    @GetMapping("/hits.csv")
    ResponseEntity<String> hitsCsv(@RequestParam(required = false) String status, @RequestParam(required = false) String source,
                                   @RequestParam(required = false) String name, @RequestParam(required = false) String purpose,
                                   Authentication auth) {
        String why = Require.text("purpose", purpose, 1000);
        List<ReviewHit> hits = desk.queue(CurrentUser.of(auth), statuses(status), source(source), Optional.ofNullable(name), "", 1000,
                Optional.of(why)).items();
        StringBuilder csv = new StringBuilder("hit,status,priority,source,source_name,source_version,entry_id,entry_name,score,flight,"
                + "flight_time,direction,passenger_ref,passenger_name,booking_ref,explanation,data\r\n");
        for (ReviewHit h : hits) {
            csv.append(String.join(",", Csv.cell(h.id()), h.status().name(), h.priority().name(), h.source().name(), Csv.cell(h.sourceName()),
                    Integer.toString(h.sourceVersion()), Csv.cell(h.entryId()), Csv.cell(h.entryName()),
                    String.format(java.util.Locale.ROOT, "%.2f", h.score()), Csv.cell(h.flightKey()), h.flightTime().toString(),
                    h.direction(), Csv.cell(h.passengerRef()), Csv.cell(h.passengerName()), Csv.cell(h.bookingRef()),
                    Csv.cell(h.explanation()), h.data().name())).append("\r\n");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", ContentDisposition.attachment().filename("passenger-hits.csv").build().toString())
                .body(csv.toString());
    }

    private static List<HitStatus> statuses(String status) {
        return status == null || status.isBlank() ? List.of(HitStatus.NEW, HitStatus.REVIEWED)
                : status.equalsIgnoreCase("ALL") ? List.of() : List.of(HitStatus.parse("status", status));
    }

    private static Optional<HitSource> source(String source) {
        return source == null || source.isBlank() ? Optional.empty() : Optional.of(parseSource(source));
    }

    /**
     * One hit; {@code full=true} shows a hit depersonalised with its PNR in full, only under the Art 12(3) approval of its
     * booking valid now (403 otherwise), the use audited and notified to the DPO.
     */
    @GetMapping("/hits/{id}")
    HitView hit(@PathVariable String id, @RequestParam(required = false) String purpose, @RequestParam(defaultValue = "false") boolean full,
                Authentication auth) {
        return HitView.of(full ? desk.hitInFull(CurrentUser.of(auth), id, Optional.ofNullable(purpose), disclosures)
                : desk.hit(CurrentUser.of(auth), id, Optional.ofNullable(purpose)));
    }

    @PostMapping("/hits/{id}/confirm")
    HitView confirm(@PathVariable String id, @RequestBody NoteInput in, Authentication auth) {
        return HitView.of(desk.confirm(CurrentUser.of(auth), id, in == null ? null : in.text()));
    }

    @PostMapping("/hits/{id}/dismiss")
    HitView dismiss(@PathVariable String id, @RequestBody NoteInput in, Authentication auth) {
        return HitView.of(desk.dismiss(CurrentUser.of(auth), id, in == null ? null : in.text()));
    }

    @PostMapping("/hits/{id}/reopen")
    HitView reopen(@PathVariable String id, @RequestBody NoteInput in, Authentication auth) {
        return HitView.of(desk.reopen(CurrentUser.of(auth), id, in == null ? null : in.text()));
    }

    @PostMapping("/hits/{id}/referral")
    @ResponseStatus(HttpStatus.CREATED)
    Referral refer(@PathVariable String id, @RequestBody ReferralInput in, Authentication auth) {
        return desk.refer(CurrentUser.of(auth), id, in == null ? null : in.authority(), in == null ? null : in.reason());
    }

    @PostMapping("/cases/{id}/close")
    ReviewCase close(@PathVariable String id, @RequestBody NoteInput in, Authentication auth) {
        return desk.closeCase(CurrentUser.of(auth), id, in == null ? null : in.text());
    }

    @GetMapping("/authorities")
    List<CompetentAuthority> authorities(@RequestParam(defaultValue = "false") boolean activeOnly, Authentication auth) {
        return desk.authorities(CurrentUser.of(auth), activeOnly);
    }

    @PostMapping("/authorities")
    @ResponseStatus(HttpStatus.CREATED)
    CompetentAuthority addAuthority(@RequestBody AuthorityInput in, Authentication auth) {
        if (in == null) {
            throw new InvalidInputException("code", "code, name, memberState and legalReference are required");
        }
        return desk.addAuthority(CurrentUser.of(auth), in.code(), in.name(), in.memberState(), in.legalReference());
    }

    @PostMapping("/authorities/{id}/active")
    CompetentAuthority setActive(@PathVariable String id, @RequestBody ActiveInput in, Authentication auth) {
        if (in == null || in.active() == null) {
            throw new InvalidInputException("active", "active must be true or false");
        }
        return desk.setAuthorityActive(CurrentUser.of(auth), id, in.active());
    }

    static HitSource parseSource(String s) {
        try {
            return HitSource.valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("source", "source must be WATCHLIST or CRITERION");
        }
    }
}
