package org.issa.app.finance.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.MarkingView;
import org.issa.core.error.ForbiddenException;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.finance.payment.Payment;
import org.issa.finance.payment.retention.PaymentDeletion;
import org.issa.finance.payment.retention.PaymentRetention;
import org.issa.finance.payment.search.Counterparty;
import org.issa.finance.payment.search.LoggedSearch;
import org.issa.finance.payment.search.PaymentSearches;
import org.issa.finance.payment.search.SearchRequest;
import org.issa.finance.payment.search.SearchResult;
import org.issa.finance.payment.store.StoredPayment;
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
 * Financial messaging analysis over HTTP: targeted searches (ground, justification, case, subject), the search log and
 * its review with sampling, extraction of results to the case, the payments extracted to a case, and the deletions log.
 */
@RestController
@RequestMapping("/api/v1/finance/payments")
public class PaymentSearchApi {

    private final PaymentSearches searches;
    private final PaymentRetention retention;

    public PaymentSearchApi(PaymentSearches searches, PaymentRetention retention) {
        this.searches = searches;
        this.retention = retention;
    }

    /** A stored payment as the API shows it, with its batch's marking. */
    public record PaymentView(long id, long batch, String reference, String payerAccount, String payerName, String payeeAccount,
                              String payeeName, BigDecimal amount, String currency, Instant time, String purpose, MarkingView marking) {
        public static PaymentView of(StoredPayment s) {
            Payment p = s.payment();
            return new PaymentView(s.id(), s.batchId(), p.reference(), p.payerAccount(), p.payerName(), p.payeeAccount(), p.payeeName(),
                    p.amount(), p.currency(), p.time(), p.purpose(), MarkingView.of(s.marking()));
        }
    }

    /** A logged search. */
    public record SearchView(String id, String searchedBy, String agency, Instant searchedAt, String ground, String groundLabel,
                             String justification, String caseReference, String subjectKind, String subject, int results, int counterparties,
                             boolean truncated, boolean sampled, String reviewedBy, Instant reviewedAt, String reviewOutcome, String reviewNote) {
        public static SearchView of(LoggedSearch s) {
            return new SearchView(s.id(), s.searchedBy(), s.agency(), s.searchedAt(), s.ground().name().toLowerCase(java.util.Locale.ROOT),
                    s.ground().label(), s.justification(), s.caseReference(), s.subjectKind(), s.subject(), s.results(), s.counterparties(),
                    s.truncated(), s.sampled(), s.review().map(LoggedSearch.Review::reviewedBy).orElse(null),
                    s.review().map(LoggedSearch.Review::reviewedAt).orElse(null), s.review().map(LoggedSearch.Review::outcome).orElse(null),
                    s.review().map(LoggedSearch.Review::note).orElse(null));
        }
    }

    /** A search's answer. */
    public record ResultView(SearchView search, List<PaymentView> payments, List<Counterparty> counterparties) {
        static ResultView of(SearchResult r) {
            return new ResultView(SearchView.of(r.search()), r.payments().stream().map(PaymentView::of).toList(), r.counterparties());
        }
    }

    public record ReviewInput(String outcome, String note) {
    }

    public record SampleInput(Integer size) {
    }

    public record ExtractionInput(List<Long> paymentIds) {
    }

    public record Extracted(String search, String caseReference, int extracted) {
    }

    @PostMapping("/searches")
    @ResponseStatus(HttpStatus.CREATED)
    ResultView search(@RequestBody SearchRequest request, Authentication auth) {
        return ResultView.of(searches.search(CurrentUser.of(auth), request));
    }

    @GetMapping("/searches")
    List<SearchView> log(@RequestParam(defaultValue = "false") boolean sampled, @RequestParam(defaultValue = "false") boolean unreviewed,
                         @RequestParam(defaultValue = "100") int limit, Authentication auth) {
        return searches.log(CurrentUser.of(auth), sampled, unreviewed, limit).stream().map(SearchView::of).toList();
    }

    @GetMapping("/searches/{id}")
    SearchView one(@PathVariable String id, Authentication auth) {
        return SearchView.of(searches.logged(CurrentUser.of(auth), id));
    }

    @PostMapping("/searches/{id}/review")
    SearchView review(@PathVariable String id, @RequestBody ReviewInput in, Authentication auth) {
        return SearchView.of(searches.review(CurrentUser.of(auth), id, in.outcome(), in.note()));
    }

    @PostMapping("/searches/sample")
    java.util.Map<String, Integer> sample(@RequestBody SampleInput in, Authentication auth) {
        return java.util.Map.of("drawn", searches.drawSample(CurrentUser.of(auth), in.size() == null ? 0 : in.size()));
    }

    @PostMapping("/searches/{id}/extractions")
    @ResponseStatus(HttpStatus.CREATED)
    Extracted extract(@PathVariable String id, @RequestBody(required = false) ExtractionInput in, Authentication auth) {
        Principal who = CurrentUser.of(auth);
        int n = searches.extract(who, id, in == null || in.paymentIds() == null ? List.of() : in.paymentIds());
        return new Extracted(id, searches.logged(who, id).caseReference(), n);
    }

    @GetMapping("/extracted")
    List<PaymentView> extracted(@RequestParam(name = "case", required = false) String caseReference, Authentication auth) {
        return searches.extracted(CurrentUser.of(auth), caseReference).stream().map(PaymentView::of).toList();
    }

    @GetMapping("/deletions")
    List<PaymentDeletion> deletions(@RequestParam(defaultValue = "100") int limit, Authentication auth) {
        if (!CurrentUser.of(auth).hasAny(Role.DPO, Role.SUPERVISOR, Role.AUDITOR)) {
            throw new ForbiddenException("the deletions log is for DPOs, supervisors and auditors");
        }
        return retention.deletions(limit);
    }
}
