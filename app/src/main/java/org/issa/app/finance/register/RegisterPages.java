package org.issa.app.finance.register;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.finance.account.Bic;
import org.issa.finance.register.AuthorityKind;
import org.issa.finance.register.BankRegister;
import org.issa.finance.register.DesignatedAuthority;
import org.issa.finance.register.LegalBasis;
import org.issa.finance.register.LoggedQuery;
import org.issa.finance.register.QueryResult;
import org.issa.finance.register.QueryStatistics;
import org.issa.finance.register.RegisterSearch;
import org.issa.finance.register.Submission;
import org.issa.finance.register.SubmissionContent;
import org.issa.finance.register.load.RegisterColumns;
import org.issa.finance.register.load.SubmissionFormat;
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
 * The register's pages: the search of designated authorities ({@code /finance}; the form posts, so that names searched
 * stay out of addresses and access logs), the account page reached from a query's results, the supervisors' upload of
 * bank submissions, and the statistics and query log for supervisors, the DPO and auditors.
 */
@Controller
public class RegisterPages {

    private final BankRegister register;
    private final RegisterLoads loads;
    private final RegisterSearch search;

    public RegisterPages(BankRegister register, RegisterSearch search, RegisterLoads loads) {
        this.loads = loads;
        this.register = register;
        this.search = search;
    }

    /** The search form's values, as entered. */
    public record SearchForm(String authority, String legalBasis, String legalBasisText, String caseRef, String iban, String name,
                             String birthDate, String nationalId) {
        static SearchForm empty() {
            return new SearchForm("", "", "", "", "", "", "", "");
        }
    }

    public record SearchPage(List<DesignatedAuthority> authorities, List<LegalBasis> bases, SearchForm form, Optional<QueryResult> result,
                             Optional<String> error, Optional<String> errorField) {
    }

    @GetMapping("/finance")
    ModelAndView searchForm(@RequestParam(defaultValue = "") String iban, HttpServletRequest request, Authentication auth) {
        SearchForm f = SearchForm.empty();
        return searchPage(request, auth, new SearchForm(f.authority(), f.legalBasis(), f.legalBasisText(), f.caseRef(), iban, "", "", ""),
                Optional.empty(), Optional.empty());
    }

    @PostMapping("/finance")
    ModelAndView search(@RequestParam(defaultValue = "") String authority, @RequestParam(defaultValue = "") String legalBasis,
                        @RequestParam(defaultValue = "") String legalBasisText, @RequestParam(defaultValue = "") String caseRef,
                        @RequestParam(defaultValue = "") String iban, @RequestParam(defaultValue = "") String name,
                        @RequestParam(defaultValue = "") String birthDate, @RequestParam(defaultValue = "") String nationalId,
                        HttpServletRequest request, Authentication auth) {
        SearchForm form = new SearchForm(authority, legalBasis, legalBasisText, caseRef, iban, name, birthDate, nationalId);
        try {
            RegisterApi.QueryInput in = new RegisterApi.QueryInput(authority, legalBasis, legalBasisText, caseRef, iban, name, birthDate,
                    nationalId);
            QueryResult r = search.query(CurrentUser.of(auth), in.toQuery());
            return searchPage(request, auth, form, Optional.of(r), Optional.empty());
        } catch (InvalidInputException e) {
            return searchPage(request, auth, form, Optional.empty(), Optional.of(e));
        }
    }

    private ModelAndView searchPage(HttpServletRequest request, Authentication auth, SearchForm form, Optional<QueryResult> result,
                                    Optional<InvalidInputException> error) {
        Principal who = CurrentUser.of(auth);
        List<DesignatedAuthority> mine = search.authorities().stream()
                .filter(a -> a.active() && a.memberState().equals(who.memberState())).toList();
        return Pages.view("financeRegister", Pages.page(request, "Bank account register", "finance"), new SearchPage(mine,
                Arrays.asList(LegalBasis.values()), form, result, error.map(Throwable::getMessage), error.map(InvalidInputException::field)));
    }

    public record AccountPage(String identifier, Optional<RegisterSearch.AccountView> view, Optional<String> error) {
    }

    @GetMapping("/finance/accounts/{identifier}")
    ModelAndView account(@PathVariable String identifier, @RequestParam(defaultValue = "") String query, HttpServletRequest request,
                         Authentication auth) {
        Principal who = CurrentUser.of(auth);
        if (query.isBlank()) {
            // no query stated yet: the search form, with the account filled in
            return searchForm(identifier, request, auth);
        }
        try {
            RegisterSearch.AccountView v = search.account(who, identifier, query);
            return Pages.view("financeAccount", Pages.page(request, "Account " + v.identifier(), "finance"),
                    new AccountPage(v.identifier(), Optional.of(v), Optional.empty()));
        } catch (InvalidInputException | NotFoundException e) {
            return Pages.view("financeAccount", Pages.page(request, "Account", "finance"),
                    new AccountPage(identifier, Optional.empty(), Optional.of(e.getMessage())));
        }
    }

    public record SubmissionsPage(List<Submission> submissions, List<SubmissionFormat> formats) {
    }

    @GetMapping("/finance/register/submissions")
    ModelAndView submissions(HttpServletRequest request, Authentication auth) {
        Principal who = CurrentUser.of(auth);
        if (!who.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new ForbiddenException("the register's submissions are for analysts and supervisors");
        }
        return Pages.view("financeSubmissions", Pages.page(request, "Bank submissions", "finance"),
                new SubmissionsPage(register.submissions(who, Optional.empty(), 200), Arrays.asList(SubmissionFormat.values())));
    }

    @PostMapping("/finance/register/submissions")
    String upload(@RequestParam(defaultValue = "") String bank, @RequestParam(defaultValue = "") String bankName,
                  @RequestParam(defaultValue = "") String format, @RequestParam(defaultValue = "") String columns,
                  @RequestParam(required = false) MultipartFile file, Authentication auth, RedirectAttributes flash) {
        Principal who = CurrentUser.of(auth);
        try {
            BankRegister.requireLoader(who);
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "choose the bank's submission file");
            }
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file.getOriginalFilename();
            Submission s = loads.load(who, new BankRegister.Upload(Bic.parse("bank", bank), bankName, name, SubmissionFormat.parse(format),
                    RegisterColumns.parse(columns), Optional.empty()), SubmissionContent.of(file.getBytes()));
            flash.addFlashAttribute(Pages.NOTICE, "Submission of " + s.bankBic() + " loaded: " + s.accounts() + " accounts, " + s.parties()
                    + " parties. It replaces the bank's previous submission.");
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            flash.addFlashAttribute(Pages.ERROR, "Refused: " + e.getMessage());
        } catch (IOException e) {
            flash.addFlashAttribute(Pages.ERROR, "The file could not be read: " + e.getMessage());
        }
        return "redirect:/finance/register/submissions";
    }

    public record StatisticsPage(List<QueryStatistics> statistics, List<LoggedQuery> log, List<DesignatedAuthority> authorities,
                                 List<AuthorityKind> kinds) {
    }

    @GetMapping("/finance/register/statistics")
    ModelAndView statistics(HttpServletRequest request, Authentication auth) {
        Principal who = CurrentUser.of(auth);
        return Pages.view("financeRegisterStats", Pages.page(request, "Register queries", "finance"),
                new StatisticsPage(search.statistics(who), search.log(who, 100), search.authorities(), Arrays.asList(AuthorityKind.values())));
    }

    @PostMapping("/finance/register/authorities")
    String designate(@RequestParam(defaultValue = "") String id, @RequestParam(defaultValue = "") String name,
                     @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String memberState, Authentication auth,
                     RedirectAttributes flash) {
        try {
            AuthorityKind k;
            try {
                k = AuthorityKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("kind", "choose the authority's kind");
            }
            DesignatedAuthority a = search.designate(CurrentUser.of(auth), id, name, k, memberState);
            flash.addFlashAttribute(Pages.NOTICE, a.name() + " is designated.");
        } catch (InvalidInputException | ForbiddenException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/finance/register/statistics";
    }
}
