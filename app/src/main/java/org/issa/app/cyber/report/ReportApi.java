package org.issa.app.cyber.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.PageView;
import org.issa.core.paging.Cursor;
import org.issa.cyber.report.FieldProblem;
import org.issa.cyber.report.Receipt;
import org.issa.cyber.report.ReportInput;
import org.issa.cyber.report.ReportIntake;
import org.issa.cyber.report.ReportRejected;
import org.issa.cyber.report.ReporterView;
import org.issa.cyber.report.observable.ObservableExtractor.Field;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports from businesses and partner CERTs (role PARTNER; staff may file too) with ISSA API tokens:
 * submit, list their agency's API submissions, and read one's status: the same view a citizen gets
 * on the status page, nothing more. Attachments travel base64-encoded within the 1 MiB API body.
 */
@RestController
@Validated
@RequestMapping("/api/v1/cyber/reports")
public class ReportApi {

    private final ReportIntake intake;

    public ReportApi(ReportIntake intake) {
        this.intake = intake;
    }

    /** A report as a partner sends it. */
    public record ReportRequest(@Size(max = 16) String reporterType, Boolean anonymous, @Valid ContactJson contact,
                                @Size(max = 20_000) String description, @Size(max = 10) String occurredOn,
                                @Size(max = 2) String country, @Size(max = 32) String sector, @Valid ObservablesJson observables,
                                @Size(max = 2) String language, @Size(max = 3) List<@Valid AttachmentJson> attachments) {
    }

    public record ContactJson(@Size(max = 200) String name, @Size(max = 254) String email, @Size(max = 40) String phone) {
    }

    public record ObservablesJson(@Size(max = 200) List<@Size(max = 2048) String> urls, @Size(max = 200) List<@Size(max = 253) String> domains,
                                  @Size(max = 200) List<@Size(max = 45) String> ips, @Size(max = 200) List<@Size(max = 254) String> emails,
                                  @Size(max = 200) List<@Size(max = 40) String> phones, @Size(max = 200) List<@Size(max = 100) String> wallets) {
    }

    public record AttachmentJson(@Size(max = 200) String filename, String contentBase64) {
    }

    /** What a submission returns: keep the secret if the report should also be followed on the public status page. */
    public record ReceiptJson(String reference, String secret, String status, String statusUrl) {
    }

    /** The reporter's view of a report. */
    public record StatusJson(String reference, String status, Instant receivedAt, Instant updatedAt, String rsitClass, String rsitType,
                             List<ForwardedJson> forwardedTo) {
        static StatusJson of(ReporterView v) {
            return new StatusJson(v.reference(), v.status().name(), v.receivedAt(), v.updatedAt(), v.classification().rsitClass(),
                    v.classification().rsitType(), v.forwardedTo().stream().map(f -> new ForwardedJson(f.authorityName(), f.at())).toList());
        }
    }

    public record ForwardedJson(String authority, Instant at) {
    }

    @PostMapping
    ResponseEntity<ReceiptJson> submit(@Valid @RequestBody ReportRequest body, Authentication auth) {
        ContactJson c = body.contact() == null ? new ContactJson("", "", "") : body.contact();
        Map<Field, String> fields = new EnumMap<>(Field.class);
        ObservablesJson o = body.observables();
        if (o != null) {
            put(fields, Field.URLS, o.urls(), " ");
            put(fields, Field.DOMAINS, o.domains(), "\n");
            put(fields, Field.IPS, o.ips(), "\n");
            put(fields, Field.EMAILS, o.emails(), "\n");
            put(fields, Field.PHONES, o.phones(), "\n");
            put(fields, Field.WALLETS, o.wallets(), "\n");
        }
        List<ReportInput.AttachmentInput> files = body.attachments() == null ? List.of() : body.attachments().stream()
                .map(a -> new ReportInput.AttachmentInput(a.filename(), decode(a.contentBase64()))).toList();
        Receipt r = intake.submitByPartner(CurrentUser.of(auth), new ReportInput(body.reporterType() == null ? "BUSINESS" : body.reporterType(),
                Boolean.TRUE.equals(body.anonymous()), c.name(), c.email(), c.phone(), body.description(), body.occurredOn(),
                body.country(), body.sector(), fields, body.language(), files));
        return ResponseEntity.created(URI.create("/api/v1/cyber/reports/" + r.reference()))
                .body(new ReceiptJson(r.reference(), r.secret(), "NEW", "/api/v1/cyber/reports/" + r.reference()));
    }

    private static void put(Map<Field, String> fields, Field f, List<String> values, String separator) {
        if (values != null && !values.isEmpty()) {
            if (values.stream().anyMatch(v -> v == null || v.contains(",") && f != Field.URLS || v.contains("\n"))) {
                throw new ReportRejected(List.of(new FieldProblem("observables." + f.param(), "observable-" + f.param(),
                        "observables." + f.param() + " entries must be single values")));
            }
            fields.put(f, String.join(separator, values));
        }
    }

    private static byte[] decode(String b64) {
        try {
            return b64 == null ? new byte[0] : Base64.getMimeDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw new ReportRejected(List.of(new FieldProblem("attachments", "base64", "attachments[].contentBase64 is not base64")));
        }
    }

    @GetMapping
    PageView<StatusJson> list(@RequestParam(required = false) String cursor,
                              @RequestParam(required = false) @Min(1) @Max(Cursor.MAX_PAGE_SIZE) Integer limit, Authentication auth) {
        return PageView.of(intake.partnerReports(CurrentUser.of(auth), cursor, Cursor.size(limit, 50)), StatusJson::of);
    }

    @GetMapping("/{reference}")
    StatusJson get(@PathVariable String reference, Authentication auth) {
        return StatusJson.of(intake.statusForPartner(CurrentUser.of(auth), reference));
    }

    /** A refused report: 400 naming the first field, with every problem in {@code errors}. */
    @ExceptionHandler(ReportRejected.class)
    ProblemDetail rejected(ReportRejected e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Bad Request");
        p.setProperty("field", e.field());
        p.setProperty("errors", e.problems().stream().map(x -> Map.of("field", x.field(), "code", x.code(), "message", x.message())).toList());
        return p;
    }
}
