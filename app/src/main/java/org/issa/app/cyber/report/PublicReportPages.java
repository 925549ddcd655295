package org.issa.app.cyber.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.issa.app.cyber.PublicRateLimit;
import org.issa.app.cyber.PublicRateLimits;
import org.issa.app.cyber.PublicText;
import org.issa.app.web.Pages;
import org.issa.cyber.report.AttachmentPolicy;
import org.issa.cyber.report.FieldProblem;
import org.issa.cyber.report.Receipt;
import org.issa.cyber.report.ReportInput;
import org.issa.cyber.report.ReportIntake;
import org.issa.cyber.report.ReportRejected;
import org.issa.cyber.report.ReportRetention;
import org.issa.cyber.report.ReportValidation;
import org.issa.cyber.report.ReporterView;
import org.issa.cyber.report.rsit.RsitTaxonomy;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The public pages: the report form (no account), the receipt shown once, and the status page.
 * Spam is held back without any third party: a hidden field people leave empty, a signed token that
 * dates the form (too fast, too old, forged or reused is refused) and rate limits per address and in
 * total. A refused or invalid form is shown again with every problem listed and linked to its field.
 */
@Controller
public class PublicReportPages {

    static final String HONEYPOT = "website";

    private final ReportIntake intake;
    private final FormTokens tokens;
    private final PublicRateLimit throttle;
    private final PublicRateLimit statusThrottle;
    private final long retentionDays;
    private final java.time.Clock clock;

    public PublicReportPages(ReportIntake intake, FormTokens tokens, PublicRateLimits limits, ReportRetention retention, java.time.Clock clock) {
        this.clock = clock;
        this.intake = intake;
        this.tokens = tokens;
        this.throttle = limits.reports();
        this.statusThrottle = limits.status();
        this.retentionDays = retention.policy().afterClosure().toDays();
    }

    /** The receipt page's content. */
    public record ReceivedView(PublicText t, String reference, String secret) {
    }

    /** The status page: the form, and the result or an error. */
    public record StatusView(PublicText t, String reference, Optional<ReporterView> result, Optional<String> error,
                             String csrfParameter, String csrfToken) {

        public String classification() {
            return result.filter(r -> r.classification().isSet()).flatMap(r -> RsitTaxonomy.builtIn()
                    .type(r.classification().rsitClass(), r.classification().rsitType()))
                    .map(t::rsit)
                    .orElse(t.t("status.unclassified"));
        }

        public String date(java.time.Instant at) {
            return t.day(at);
        }
    }

    @GetMapping("/cyber/report")
    ModelAndView form(@RequestParam(required = false) String lang, HttpServletRequest request) {
        PublicText t = PublicText.of(request, lang);
        return formView(request, t, PublicForm.Values.empty(), List.of(), false);
    }

    @PostMapping("/cyber/report")
    ModelAndView submit(@RequestParam(required = false) String lang, @RequestParam(defaultValue = "") String formToken,
                        @RequestParam(name = HONEYPOT, defaultValue = "") String honeypot,
                        @RequestParam(defaultValue = "CITIZEN") String reporterType,
                        @RequestParam(defaultValue = "false") boolean anonymous,
                        @RequestParam(defaultValue = "") String contactName, @RequestParam(defaultValue = "") String contactEmail,
                        @RequestParam(defaultValue = "") String contactPhone, @RequestParam(defaultValue = "") String description,
                        @RequestParam(defaultValue = "") String occurredOn, @RequestParam(defaultValue = "") String country,
                        @RequestParam(defaultValue = "") String sector, @RequestParam(defaultValue = "") String urls,
                        @RequestParam(defaultValue = "") String domains, @RequestParam(defaultValue = "") String ips,
                        @RequestParam(defaultValue = "") String emails, @RequestParam(defaultValue = "") String phones,
                        @RequestParam(defaultValue = "") String wallets,
                        @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
                        HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) throws IOException {
        PublicText t = PublicText.of(request, lang);
        PublicForm.Values values = new PublicForm.Values(reporterType, anonymous, contactName, contactEmail, contactPhone, description,
                occurredOn, country, sector, urls, domains, ips, emails, phones, wallets);
        boolean hadFiles = files != null && files.stream().anyMatch(f -> !f.isEmpty());
        if (!honeypot.isEmpty()) {
            return refused(request, response, t, values, hadFiles, 400, new FieldProblem("form", "honeypot", "honeypot filled in"));
        }
        Optional<FormTokens.Problem> tokenProblem = tokens.check(formToken);
        if (tokenProblem.isPresent()) {
            String code = "form-" + tokenProblem.get().name().toLowerCase(Locale.ROOT).replace('_', '-');
            return refused(request, response, t, values, hadFiles, 400, new FieldProblem("form", code, "form token " + code));
        }
        Optional<PublicRateLimit.Refusal> refusal = throttle.acquire(request);
        if (refusal.isPresent()) {
            response.setHeader("Retry-After", Long.toString(refusal.get().retryAfterSeconds()));
            return refused(request, response, t, values, hadFiles, 429, new FieldProblem("form", "throttled", "throttled",
                    List.of(Long.toString(Math.max(1, (refusal.get().retryAfterSeconds() + 59) / 60)))));
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<ReportInput.AttachmentInput> attachments = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                continue; // a file input left empty
            }
            String name = AttachmentPolicy.safeName(f.getOriginalFilename());
            if (f.getSize() > AttachmentPolicy.MAX_FILE_BYTES) {
                problems.add(new FieldProblem("attachments", "file-too-large", "attachment too large",
                        List.of(name, ReportValidation.mib(AttachmentPolicy.MAX_FILE_BYTES))));
            } else {
                attachments.add(new ReportInput.AttachmentInput(name, f.getBytes()));
            }
        }
        ReportInput input = values.toInput(t.lang(), attachments);
        try {
            if (!problems.isEmpty()) {
                try {
                    ReportValidation.check(input, clock);
                } catch (ReportRejected e) {
                    problems.addAll(e.problems());
                }
                throw new ReportRejected(problems);
            }
            Optional<FormTokens.Problem> used = tokens.consume(formToken);
            if (used.isPresent()) {
                return refused(request, response, t, values, hadFiles, 400, new FieldProblem("form", "form-used", "form already sent"));
            }
            Receipt r = intake.submitPublic(input);
            flash.addFlashAttribute("receipt", r);
            return new ModelAndView("redirect:/cyber/report/received?lang=" + t.lang());
        } catch (ReportRejected e) {
            response.setStatus(400);
            ModelAndView mv = formView(request, t, values, e.problems().stream().map(p -> PublicForm.error(t, p)).toList(), hadFiles);
            mv.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
            return mv;
        }
    }

    private ModelAndView refused(HttpServletRequest request, HttpServletResponse response, PublicText t, PublicForm.Values values,
                                 boolean hadFiles, int status, FieldProblem problem) {
        ModelAndView mv = formView(request, t, values, List.of(PublicForm.error(t, problem)), hadFiles);
        mv.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        return mv;
    }

    private ModelAndView formView(HttpServletRequest request, PublicText t, PublicForm.Values values, List<PublicForm.ErrorItem> errors,
                                  boolean reattach) {
        var frame = Pages.page(request, t.t("form.title"), "cyber-public");
        PublicForm form = new PublicForm(t, values, errors, tokens.issue(), PublicForm.countries(t), PublicForm.sectors(t), reattach,
                frame.csrfParameter(), frame.csrfToken(), retentionDays);
        return Pages.view("cyberReportForm", frame, form);
    }

    @GetMapping("/cyber/report/received")
    ModelAndView received(@RequestParam(required = false) String lang, HttpServletRequest request) {
        PublicText t = PublicText.of(request, lang);
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        if (flash == null || !(flash.get("receipt") instanceof Receipt r)) {
            return new ModelAndView("redirect:/cyber/report/status?lang=" + t.lang());
        }
        return Pages.view("cyberReportReceived", Pages.page(request, t.t("received.title"), "cyber-public"),
                new ReceivedView(t, r.reference(), r.secret()));
    }

    @GetMapping("/cyber/report/status")
    ModelAndView statusForm(@RequestParam(required = false) String lang, HttpServletRequest request) {
        PublicText t = PublicText.of(request, lang);
        return statusView(request, t, "", Optional.empty(), Optional.empty());
    }

    @PostMapping("/cyber/report/status")
    ModelAndView status(@RequestParam(required = false) String lang, @RequestParam(defaultValue = "") String reference,
                        @RequestParam(defaultValue = "") String secret, HttpServletRequest request, HttpServletResponse response) {
        PublicText t = PublicText.of(request, lang);
        String shown = reference.length() > 40 ? reference.substring(0, 40) : reference.strip();
        Optional<PublicRateLimit.Refusal> refusal = statusThrottle.acquire(request);
        if (refusal.isPresent()) {
            response.setHeader("Retry-After", Long.toString(refusal.get().retryAfterSeconds()));
            ModelAndView mv = statusView(request, t, shown, Optional.empty(), Optional.of(t.t("cyber.error.throttled", t.t("field.form"),
                    Math.max(1, (refusal.get().retryAfterSeconds() + 59) / 60))));
            mv.setStatus(org.springframework.http.HttpStatus.TOO_MANY_REQUESTS);
            return mv;
        }
        Optional<ReporterView> v = intake.status(reference, secret);
        if (v.isEmpty()) {
            ModelAndView mv = statusView(request, t, shown, Optional.empty(), Optional.of(t.t("status.notfound")));
            mv.setStatus(org.springframework.http.HttpStatus.NOT_FOUND);
            return mv;
        }
        return statusView(request, t, v.get().reference(), v, Optional.empty());
    }

    private ModelAndView statusView(HttpServletRequest request, PublicText t, String reference, Optional<ReporterView> result,
                                    Optional<String> error) {
        var frame = Pages.page(request, t.t("status.title"), "cyber-public");
        return Pages.view("cyberReportStatus", frame, new StatusView(t, reference, result, error, frame.csrfParameter(),
                frame.csrfToken()));
    }
}
