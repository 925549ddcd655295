package org.issa.app.investigation.exchange;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.MarkingInput;
import org.issa.app.web.MarkingView;
import org.issa.app.web.PageView;
import org.issa.core.paging.Cursor;
import org.issa.core.security.Principal;
import org.issa.investigation.exchange.Direction;
import org.issa.investigation.exchange.ExchangeDesk;
import org.issa.investigation.exchange.ExchangeEvent;
import org.issa.investigation.exchange.ExchangeRequest;
import org.issa.investigation.exchange.ExchangeStatus;
import org.issa.investigation.exchange.RefusalGround;
import org.issa.investigation.exchange.TimeLimitRule;
import org.issa.investigation.exchange.TimeLimits;
import org.issa.investigation.warrant.ListOffence;
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

/** Information exchange requests under FD 2006/960/JHA over HTTP. */
@RestController
@RequestMapping("/api/v1/investigation/exchange-requests")
public class ExchangeApi {

    private final ExchangeDesk desk;

    public ExchangeApi(ExchangeDesk desk) {
        this.desk = desk;
    }

    public record RequestInput(@Size(max = 16) String direction, @Size(max = 200) String requestingAuthority,
                               @Size(max = 2) String requestingState, @Size(max = 200) String requestedAuthority,
                               @Size(max = 2) String requestedState, @Size(max = 100) String theirReference,
                               @Size(max = 4000) String subject, @Size(max = 40) String offence, Boolean urgent, Boolean directlyAccessible,
                               @Size(max = 36) String caseId, Instant receivedAt, @Valid MarkingInput marking,
                               @Size(max = 40) String regime) {
    }

    public record NoteInput(@Size(max = 4000) String note) {
    }

    public record DelayInput(@Size(max = 4000) String reasons, Boolean postpone) {
    }

    public record RefusalInput(@Size(max = 40) String ground, @Size(max = 4000) String reasons) {
    }

    public record RequestView(String id, String reference, Direction direction, String requestingAuthority, String requestingState,
                              String requestedAuthority, String requestedState, String theirReference, String subject, boolean subjectMasked,
                              String offence, boolean urgent, boolean directlyAccessible, String caseId, Instant receivedAt, String rule,
                              String basis, String regime, Instant dueAt, boolean overdue, ExchangeStatus status, String statusReason, Instant closedAt,
                              boolean closedLate, Instant createdAt, String createdBy, MarkingView marking) {
        static RequestView of(ExchangeRequest r, Instant now) {
            return new RequestView(r.id(), r.reference(), r.direction(), r.requestingAuthority(), r.requestingState(), r.requestedAuthority(),
                    r.requestedState(), r.theirReference(), r.subject(), r.masked(), ListOffence.code(r.offence()), r.urgent(),
                    r.directlyAccessible(), r.caseId().orElse(null), r.receivedAt(), r.ruleCode(), r.rule().basis(), r.regime().name(), r.dueAt(),
                    r.overdue(now), r.status(), r.statusReason(), r.closedAt().orElse(null), r.closedLate(), r.createdAt(), r.createdBy(),
                    MarkingView.of(r.marking()));
        }
    }

    public record RequestFile(RequestView request, List<ExchangeEvent> history) {
    }

    /** The limits of FD 2006/960/JHA Art. 4 and Directive (EU) 2023/977 Art. 5 as data, for clients that show them. */
    @GetMapping("/time-limits")
    List<TimeLimitRule> timeLimits() {
        return TimeLimits.ALL;
    }

    @GetMapping
    PageView<RequestView> list(@RequestParam Optional<String> status, @RequestParam Optional<String> caseId,
                               @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
                               Authentication auth) {
        Instant now = desk.now();
        return PageView.of(desk.list(CurrentUser.of(auth), status.filter(s -> !s.isBlank()).map(s -> ExchangeStatus.parse("status", s)),
                caseId.filter(s -> !s.isBlank()), cursor, Cursor.size(limit, 50)), r -> RequestView.of(r, now));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RequestView register(@Valid @RequestBody RequestInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return RequestView.of(desk.register(p, new ExchangeDesk.RequestInput(in.direction() == null ? null
                : Direction.parse("direction", in.direction()), in.requestingAuthority(), in.requestingState(), in.requestedAuthority(),
                in.requestedState(), in.theirReference(), in.subject(), in.offence(), in.urgent(), in.directlyAccessible(), in.caseId(),
                in.receivedAt(), in.marking() == null ? null : in.marking().toMarking(p.agency()), in.regime())), desk.now());
    }

    /** One request with its history; a subject marked as personal data in full only with a {@code purpose} (audited). */
    @GetMapping("/{id}")
    RequestFile get(@PathVariable String id, @RequestParam Optional<@Size(max = 1000) String> purpose, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        ExchangeRequest r = desk.get(p, id, purpose);
        return new RequestFile(RequestView.of(r, desk.now()), desk.history(p, id));
    }

    @PostMapping("/{id}/start")
    RequestView start(@PathVariable String id, @Valid @RequestBody(required = false) NoteInput in, Authentication auth) {
        return RequestView.of(desk.start(CurrentUser.of(auth), id, in == null ? null : in.note()), desk.now());
    }

    @PostMapping("/{id}/answer")
    RequestView answer(@PathVariable String id, @Valid @RequestBody(required = false) NoteInput in, Authentication auth) {
        return RequestView.of(desk.answer(CurrentUser.of(auth), id, in == null ? null : in.note()), desk.now());
    }

    @PostMapping("/{id}/delay")
    RequestView delay(@PathVariable String id, @Valid @RequestBody DelayInput in, Authentication auth) {
        return RequestView.of(desk.delay(CurrentUser.of(auth), id, in.reasons(), Boolean.TRUE.equals(in.postpone())), desk.now());
    }

    @PostMapping("/{id}/refuse")
    RequestView refuse(@PathVariable String id, @Valid @RequestBody RefusalInput in, Authentication auth) {
        return RequestView.of(desk.refuse(CurrentUser.of(auth), id, in.ground() == null ? null : RefusalGround.parse("ground", in.ground()),
                in.reasons()), desk.now());
    }
}
