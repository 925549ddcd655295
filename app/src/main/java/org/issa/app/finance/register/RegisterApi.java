package org.issa.app.finance.register;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.MarkingInput;
import org.issa.core.error.InvalidInputException;
import org.issa.core.security.Principal;
import org.issa.finance.account.Bic;
import org.issa.finance.register.AuthorityKind;
import org.issa.finance.register.BankRegister;
import org.issa.finance.register.DesignatedAuthority;
import org.issa.finance.register.LegalBasis;
import org.issa.finance.register.LoggedQuery;
import org.issa.finance.register.QueryResult;
import org.issa.finance.register.QueryStatistics;
import org.issa.finance.register.RegisterQuery;
import org.issa.finance.register.RegisterSearch;
import org.issa.finance.register.Submission;
import org.issa.finance.register.SubmissionContent;
import org.issa.finance.register.load.RegisterColumns;
import org.issa.finance.register.load.SubmissionFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The register's API: submissions (upload as a raw body or a multipart {@code file} part; list), queries of designated
 * authorities and the account view under a query, the query log and statistics, and the table of designated authorities.
 * Roles are checked by the register itself: loading by supervisors, queries by analysts and supervisors, the log and
 * statistics by supervisors, the DPO and auditors.
 */
@RestController
@Validated
@RequestMapping("/api/v1/finance/register")
public class RegisterApi {

    private final BankRegister register;
    private final RegisterLoads loads;
    private final RegisterSearch search;

    public RegisterApi(BankRegister register, RegisterSearch search, RegisterLoads loads) {
        this.loads = loads;
        this.register = register;
        this.search = search;
    }

    /** Raw body: the submission file itself, described by the query parameters. */
    @PostMapping(value = "/submissions", consumes = {"text/csv", "text/plain", "application/xml", "text/xml", "application/octet-stream"})
    ResponseEntity<RegisterJson.SubmissionView> uploadRaw(@RequestParam(defaultValue = "") String bank,
                                                          @RequestParam(defaultValue = "") String bankName,
                                                          @RequestParam(defaultValue = "") String format,
                                                          @RequestParam(defaultValue = "") String columns,
                                                          @RequestParam(defaultValue = "") String source,
                                                          @RequestParam(defaultValue = "") String classification,
                                                          @RequestParam(defaultValue = "") String tlp,
                                                          @RequestParam(defaultValue = "") String releasableTo,
                                                          HttpServletRequest request, Authentication auth) {
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new InvalidInputException("body", "the submission could not be read: " + e.getMessage());
        }
        String fmt = format.isBlank() && request.getContentType() != null && request.getContentType().contains("xml") ? "iso20022" : format;
        return created(load(auth, bank, bankName, fmt, columns, source.isBlank() ? "upload" : source, classification, tlp, releasableTo, body));
    }

    /** Multipart: the file in part {@code file}, the rest as fields. */
    @PostMapping(value = "/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RegisterJson.SubmissionView> uploadMultipart(@RequestParam(defaultValue = "") String bank,
                                                                @RequestParam(defaultValue = "") String bankName,
                                                                @RequestParam(defaultValue = "") String format,
                                                                @RequestParam(defaultValue = "") String columns,
                                                                @RequestParam(defaultValue = "") String classification,
                                                                @RequestParam(defaultValue = "") String tlp,
                                                                @RequestParam(defaultValue = "") String releasableTo,
                                                                @RequestParam(required = false) MultipartFile file, Authentication auth) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "file is required: the bank's submission");
        }
        try {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file.getOriginalFilename();
            return created(load(auth, bank, bankName, format, columns, name, classification, tlp, releasableTo, file.getBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Submission load(Authentication auth, String bank, String bankName, String format, String columns, String source,
                            String classification, String tlp, String releasableTo, byte[] body) {
        Principal who = CurrentUser.of(auth);
        BankRegister.requireLoader(who);
        if (body.length == 0) {
            throw new InvalidInputException("body", "the submission is empty");
        }
        Bic bic = Bic.parse("bank", bank);
        var marking = classification.isBlank() && tlp.isBlank() && releasableTo.isBlank() ? Optional.<org.issa.core.marking.Marking>empty()
                : Optional.of(new MarkingInput(classification, tlp, releasableTo.isBlank() ? List.of()
                        : Arrays.stream(releasableTo.split(",")).map(String::strip).toList(), List.of()).toMarking(who.agency()));
        return loads.load(who, new BankRegister.Upload(bic, bankName, source, SubmissionFormat.parse(format), RegisterColumns.parse(columns),
                marking), SubmissionContent.of(body));
    }

    private static ResponseEntity<RegisterJson.SubmissionView> created(Submission s) {
        return ResponseEntity.created(URI.create("/api/v1/finance/register/submissions/" + s.id())).body(RegisterJson.SubmissionView.of(s));
    }

    @GetMapping("/submissions")
    List<RegisterJson.SubmissionView> submissions(@RequestParam(defaultValue = "") String bank, @RequestParam(defaultValue = "100") int limit,
                                                  Authentication auth) {
        Principal who = CurrentUser.of(auth);
        RegisterSearch.requireSearcher(who);
        return register.submissions(who, bank.isBlank() ? Optional.empty() : Optional.of(Bic.parse("bank", bank)), limit).stream()
                .map(RegisterJson.SubmissionView::of).toList();
    }

    /** A query as the client sends it; every purpose field is required. */
    public record QueryInput(@Size(max = 64) String authority, @Size(max = 40) String legalBasis, @Size(max = 1000) String legalBasisText,
                             @Size(max = 100) String caseRef, @Size(max = 100) String iban, @Size(max = 300) String name,
                             @Size(max = 10) String birthDate, @Size(max = 100) String nationalId) {
        RegisterQuery toQuery() {
            return new RegisterQuery(authority, LegalBasis.parse(legalBasis), legalBasisText, caseRef, Optional.ofNullable(iban),
                    Optional.ofNullable(name), date(birthDate), Optional.ofNullable(nationalId));
        }
    }

    static Optional<LocalDate> date(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("birthDate", "birthDate must be a date (YYYY-MM-DD)");
        }
    }

    public record QueryView(String queryId, int count, boolean truncated, List<RegisterJson.AccountView> accounts) {
        static QueryView of(QueryResult r) {
            return new QueryView(r.queryId(), r.accounts().size(), r.truncated(), r.accounts().stream().map(RegisterJson.AccountView::of).toList());
        }
    }

    @PostMapping("/queries")
    QueryView query(@RequestBody QueryInput input, Authentication auth) {
        Principal who = CurrentUser.of(auth);
        RegisterSearch.requireSearcher(who);
        if (input == null) {
            throw new InvalidInputException("authority", "a query needs authority, legalBasis, caseRef and an IBAN or name");
        }
        return QueryView.of(search.query(who, input.toQuery()));
    }

    @GetMapping("/queries")
    List<LoggedQuery> log(@RequestParam(defaultValue = "100") int limit, Authentication auth) {
        return search.log(CurrentUser.of(auth), limit);
    }

    public record AccountPage(String identifier, String queryId, List<RegisterJson.AccountView> current,
                              List<RegisterJson.AccountView> history, List<RegisterJson.AccountView> virtualIbans) {
    }

    @GetMapping("/accounts/{identifier}")
    AccountPage account(@PathVariable String identifier, @RequestParam(defaultValue = "") String query, Authentication auth) {
        RegisterSearch.AccountView v = search.account(CurrentUser.of(auth), identifier, query);
        return new AccountPage(v.identifier(), v.query().id(), v.current().stream().map(RegisterJson.AccountView::of).toList(),
                v.history().stream().map(RegisterJson.AccountView::of).toList(),
                v.virtualIbans().stream().map(RegisterJson.AccountView::of).toList());
    }

    @GetMapping("/statistics")
    List<QueryStatistics> statistics(Authentication auth) {
        return search.statistics(CurrentUser.of(auth));
    }

    @GetMapping("/authorities")
    List<DesignatedAuthority> authorities(Authentication auth) {
        CurrentUser.of(auth);
        return search.authorities();
    }

    public record AuthorityInput(@Size(max = 64) String id, @Size(max = 200) String name, @Size(max = 20) String kind,
                                 @Size(max = 2) String memberState) {
    }

    @PostMapping("/authorities")
    ResponseEntity<DesignatedAuthority> designate(@RequestBody AuthorityInput input, Authentication auth) {
        AuthorityKind kind;
        try {
            kind = input.kind() == null ? null : AuthorityKind.valueOf(input.kind().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "kind must be one of " + Arrays.toString(AuthorityKind.values()));
        }
        DesignatedAuthority a = search.designate(CurrentUser.of(auth), input.id(), input.name(), kind, input.memberState());
        return ResponseEntity.created(URI.create("/api/v1/finance/register/authorities/" + a.id())).body(a);
    }

    @DeleteMapping("/authorities/{id}")
    ResponseEntity<Void> revoke(@PathVariable String id, Authentication auth) {
        search.revoke(CurrentUser.of(auth), id);
        return ResponseEntity.noContent().build();
    }

    /** The legal bases a query may state, with the authority kinds each serves. */
    @GetMapping("/legal-bases")
    List<Map<String, Object>> legalBases() {
        return Arrays.stream(LegalBasis.values()).map(b -> Map.<String, Object>of("code", b.name(), "label", b.label(),
                "authorityKinds", Arrays.stream(AuthorityKind.values()).filter(b::serves).map(Enum::name).toList())).toList();
    }
}
