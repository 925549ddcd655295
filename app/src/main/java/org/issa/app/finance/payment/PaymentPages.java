package org.issa.app.finance.payment;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.finance.payment.retention.PaymentDeletion;
import org.issa.finance.payment.retention.PaymentRetention;
import org.issa.finance.payment.search.LoggedSearch;
import org.issa.finance.payment.search.PaymentSearches;
import org.issa.finance.payment.search.SearchGround;
import org.issa.finance.payment.search.SearchRequest;
import org.issa.finance.payment.search.SearchResult;
import org.issa.finance.payment.store.Channel;
import org.issa.finance.payment.store.PaymentBatch;
import org.issa.finance.payment.store.PaymentStore;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The payment pages: {@code /finance/payments} (imports, the upload form, the targeted-search form with its mandatory
 * ground, justification and case, and its results with extraction to the case) and {@code /finance/oversight} (the
 * search log with sampling and review, and retention's deletions log).
 */
@Controller
public class PaymentPages {

    private final PaymentStore store;
    private final PaymentImports imports;
    private final PaymentSearches searches;
    private final PaymentRetention retention;

    public PaymentPages(PaymentStore store, PaymentImports imports, PaymentSearches searches, PaymentRetention retention) {
        this.store = store;
        this.imports = imports;
        this.searches = searches;
        this.retention = retention;
    }

    /** The payments page. */
    public record PaymentsPage(List<PaymentBatch> batches, Map<String, Long> totals, List<SearchGround> grounds, SearchForm form,
                               SearchResult result) {
    }

    /** What the search form held (shown again after a refusal). */
    public record SearchForm(String ground, String justification, String caseReference, String subjectKind, String subject) {
        static final SearchForm EMPTY = new SearchForm("", "", "", "account", "");
    }

    /** The oversight page. */
    public record OversightPage(List<LoggedSearch> searches, List<PaymentDeletion> deletions, String policy, boolean sampledOnly,
                                boolean reviewer) {
    }

    @GetMapping("/finance/payments")
    ModelAndView payments(HttpServletRequest request, Authentication auth) {
        return page(request, CurrentUser.of(auth), SearchForm.EMPTY, null, null);
    }

    private ModelAndView page(HttpServletRequest request, Principal p, SearchForm form, SearchResult result, String error) {
        if (!p.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new ForbiddenException("the payment pages are for analysts and supervisors");
        }
        org.issa.app.web.Page frame = Pages.page(request, "Payments", "finance");
        if (error != null) {
            frame = frame.withError(error);
        }
        return Pages.view("financePayments", frame, new PaymentsPage(store.batches(p, 50), store.totals(p), Arrays.asList(SearchGround.values()),
                form, result));
    }

    @PostMapping("/finance/payments/imports")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "csv") String format,
                  @RequestParam(defaultValue = "") String columns, @RequestParam(defaultValue = "") String classification,
                  @RequestParam(defaultValue = "") String tlp, Authentication auth, RedirectAttributes flash) {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "choose a payment file to import");
            }
            try (InputStream in = file.getInputStream()) {
                PaymentImports.Result r = imports.importFile(CurrentUser.of(auth), Channel.HTTP, file.getOriginalFilename(), format, columns,
                        classification, tlp, in);
                flash.addFlashAttribute(Pages.NOTICE, "Import " + r.receipt().batchId() + ": " + r.receipt().read() + " payments read, "
                        + r.receipt().stored() + " stored, " + r.receipt().alreadyStored() + " already stored"
                        + (r.published() > 0 ? ", " + r.published() + " handed to the entity store." : "."));
            }
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, "Import refused, nothing stored: " + e.getMessage());
        } catch (IOException e) {
            flash.addFlashAttribute(Pages.ERROR, "The file could not be received: " + e.getMessage());
        }
        return "redirect:/finance/payments";
    }

    @PostMapping("/finance/payments/search")
    ModelAndView search(@RequestParam(defaultValue = "") String ground, @RequestParam(defaultValue = "") String justification,
                        @RequestParam(defaultValue = "") String caseReference, @RequestParam(defaultValue = "account") String subjectKind,
                        @RequestParam(defaultValue = "") String subject, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        SearchForm form = new SearchForm(ground, justification, caseReference, subjectKind, subject);
        try {
            SearchResult r = searches.search(p, new SearchRequest(ground, justification, caseReference, subjectKind, subject));
            return page(request, p, form, r, null);
        } catch (InvalidInputException e) {
            return page(request, p, form, null, "Search refused (" + e.field() + "): " + e.getMessage());
        }
    }

    @PostMapping("/finance/payments/searches/{id}/extract")
    String extract(@PathVariable String id, @RequestParam(required = false) List<Long> payment, Authentication auth,
                   RedirectAttributes flash) {
        try {
            int n = searches.extract(CurrentUser.of(auth), id, payment == null ? List.of() : payment);
            flash.addFlashAttribute(Pages.NOTICE, n + " payments extracted to the case of search " + id + "; they are kept with the case.");
        } catch (InvalidInputException | ForbiddenException e) {
            flash.addFlashAttribute(Pages.ERROR, "Not extracted: " + e.getMessage());
        }
        return "redirect:/finance/payments";
    }

    @GetMapping("/finance/oversight")
    ModelAndView oversight(@RequestParam(defaultValue = "false") boolean sampled, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        if (!p.hasAny(Role.SUPERVISOR, Role.DPO, Role.AUDITOR)) {
            throw new ForbiddenException("oversight is for supervisors, DPOs and auditors");
        }
        return Pages.view("financeOversight", Pages.page(request, "Payment oversight", "finance"),
                new OversightPage(searches.log(p, sampled, false, 200), retention.deletions(100), retention.policy(), sampled,
                        p.hasAny(Role.SUPERVISOR, Role.DPO)));
    }

    @PostMapping("/finance/oversight/sample")
    String sample(@RequestParam(defaultValue = "10") int size, Authentication auth, RedirectAttributes flash) {
        try {
            int n = searches.drawSample(CurrentUser.of(auth), size);
            flash.addFlashAttribute(Pages.NOTICE, n + " searches drawn for review.");
        } catch (InvalidInputException | ForbiddenException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/finance/oversight?sampled=true";
    }

    @PostMapping("/finance/oversight/searches/{id}/review")
    String review(@PathVariable String id, @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String note,
                  Authentication auth, RedirectAttributes flash) {
        try {
            searches.review(CurrentUser.of(auth), id, outcome, note);
            flash.addFlashAttribute(Pages.NOTICE, "Search " + id + " reviewed.");
        } catch (InvalidInputException | ForbiddenException | ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, "Not reviewed: " + e.getMessage());
        }
        return "redirect:/finance/oversight";
    }
}
