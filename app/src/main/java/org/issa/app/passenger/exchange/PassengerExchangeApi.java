package org.issa.app.passenger.exchange;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.MarkingInput;
import org.issa.app.web.MarkingView;
import org.issa.core.error.InvalidInputException;
import org.issa.core.security.Principal;
import org.issa.passenger.exchange.ChapterVBasis;
import org.issa.passenger.exchange.ExchangeDesk;
import org.issa.passenger.exchange.InformationRequest;
import org.issa.passenger.exchange.RequestStatus;
import org.issa.passenger.exchange.ThirdCountryTransfer;
import org.issa.passenger.exchange.TransferRequest;
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

/** Requests of other PIUs and Europol (Art 9, 10) and transfers to third countries (Art 11) over HTTP. */
@RestController
@RequestMapping("/api/v1/passenger")
public class PassengerExchangeApi {

    private final ExchangeDesk desk;

    public PassengerExchangeApi(ExchangeDesk desk) {
        this.desk = desk;
    }

    public record RequestInput(String requesterKind, String requester, String requesterState, String theirReference,
                               String channelReference, String offence, String reasoning, String dataRequested,
                               Boolean depersonalisedData, String urgency, @Valid MarkingInput marking) {
    }

    public record CloseInput(String outcome, String text, String approvalReference) {
    }

    public record TransferInput(String country, String recipient, String caseReference, String purpose, String dataTransferred,
                                Boolean necessaryForPurposes, Boolean recipientCompetent, Boolean requestDulyReasoned,
                                String chapterVBasis, String chapterVReference, Boolean onwardTransferAgreed,
                                Boolean fromOtherMemberState, String originState, String originConsentReference,
                                Boolean urgentWithoutConsent, String urgencyJustification, Boolean depersonalisedData,
                                String approvalReference, @Valid MarkingInput marking) {

        TransferRequest toRequest() {
            ChapterVBasis basis;
            try {
                basis = chapterVBasis == null || chapterVBasis.isBlank() ? ChapterVBasis.NONE
                        : ChapterVBasis.valueOf(chapterVBasis.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("chapterVBasis", "chapterVBasis must be ADEQUACY_DECISION, APPROPRIATE_SAFEGUARDS or DEROGATION");
            }
            return new TransferRequest(country, recipient, caseReference, purpose, dataTransferred, yes(necessaryForPurposes),
                    yes(recipientCompetent), yes(requestDulyReasoned), basis, chapterVReference, yes(onwardTransferAgreed),
                    yes(fromOtherMemberState), originState, originConsentReference, yes(urgentWithoutConsent), urgencyJustification,
                    yes(depersonalisedData), approvalReference);
        }
    }

    public record RequestView(String id, String requesterKind, String requester, String requesterState, String theirReference,
                              String channelReference, String legalBasis, String offence, String reasoning, String dataRequested,
                              boolean depersonalisedData, String urgency, String receivedBy, Instant receivedAt, Instant dueAt,
                              boolean overdue, RequestStatus status, String answeredBy, Instant answeredAt, String answer,
                              String approvalReference, MarkingView marking) {
        static RequestView of(InformationRequest r, Instant now) {
            return new RequestView(r.id(), r.requesterKind().name(), r.requester(), r.requesterState(), r.theirReference(),
                    r.channelReference(), r.legalBasis(), r.offence(), r.reasoning(), r.dataRequested(), r.depersonalisedData(),
                    r.urgency().name(), r.receivedBy(), r.receivedAt(), r.dueAt(), r.overdueAt(now), r.status(),
                    r.answeredBy().orElse(null), r.answeredAt().orElse(null), r.answer().orElse(null), r.approvalReference().orElse(null),
                    MarkingView.of(r.marking()));
        }
    }

    public record TransferView(String id, TransferRequest conditions, String transferredBy, Instant transferredAt,
                               String dpoAcknowledgedBy, Instant dpoAcknowledgedAt, MarkingView marking) {
        static TransferView of(ThirdCountryTransfer t) {
            return new TransferView(t.id(), t.request(), t.transferredBy(), t.transferredAt(), t.dpoAcknowledgedBy().orElse(null),
                    t.dpoAcknowledgedAt().orElse(null), MarkingView.of(t.marking()));
        }
    }

    @PostMapping("/requests")
    @ResponseStatus(HttpStatus.CREATED)
    RequestView receive(@RequestBody RequestInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        if (in == null) {
            throw new InvalidInputException("requesterKind", "a request is required");
        }
        InformationRequest r = desk.receive(p, new ExchangeDesk.NewRequest(in.requesterKind(), in.requester(), in.requesterState(),
                in.theirReference(), in.channelReference(), in.offence(), in.reasoning(), in.dataRequested(), yes(in.depersonalisedData()),
                in.urgency()), in.marking() == null ? null : in.marking().toMarking(p.agency()));
        return RequestView.of(r, desk.now());
    }

    @GetMapping("/requests")
    List<RequestView> requests(@RequestParam(required = false) String status, @RequestParam(defaultValue = "false") boolean overdue,
                               Authentication auth) {
        Optional<RequestStatus> s;
        try {
            s = status == null || status.isBlank() ? Optional.empty() : Optional.of(RequestStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "status must be RECEIVED, ANSWERED or REFUSED");
        }
        Instant now = desk.now();
        return desk.requests(CurrentUser.of(auth), s, overdue, 500).stream().map(r -> RequestView.of(r, now)).toList();
    }

    @GetMapping("/requests/{id}")
    RequestView request(@PathVariable String id, @RequestParam(required = false) String purpose, Authentication auth) {
        return RequestView.of(desk.request(CurrentUser.of(auth), id, Optional.ofNullable(purpose)), desk.now());
    }

    @PostMapping("/requests/{id}/close")
    RequestView close(@PathVariable String id, @RequestBody CloseInput in, Authentication auth) {
        if (in == null) {
            throw new InvalidInputException("outcome", "outcome must be ANSWERED or REFUSED");
        }
        return RequestView.of(desk.close(CurrentUser.of(auth), id, in.outcome(), in.text(), in.approvalReference()), desk.now());
    }

    @PostMapping("/transfers")
    @ResponseStatus(HttpStatus.CREATED)
    TransferView transfer(@RequestBody TransferInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        if (in == null) {
            throw new InvalidInputException("country", "a transfer is required");
        }
        return TransferView.of(desk.transfer(p, in.toRequest(), in.marking() == null ? null : in.marking().toMarking(p.agency())));
    }

    @GetMapping("/transfers")
    List<TransferView> transfers(@RequestParam(defaultValue = "false") boolean unacknowledged, Authentication auth) {
        return desk.transfers(CurrentUser.of(auth), unacknowledged, 500).stream().map(TransferView::of).toList();
    }

    @PostMapping("/transfers/{id}/acknowledge")
    TransferView acknowledge(@PathVariable String id, Authentication auth) {
        return TransferView.of(desk.acknowledge(CurrentUser.of(auth), id));
    }

    static boolean yes(Boolean b) {
        return b != null && b;
    }
}
