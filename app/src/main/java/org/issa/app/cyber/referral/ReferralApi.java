package org.issa.app.cyber.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.MarkingInput;
import org.issa.core.paging.Cursor;
import org.issa.core.security.Principal;
import org.issa.cyber.referral.DsaVocabulary;
import org.issa.cyber.referral.HostingProvider;
import org.issa.cyber.referral.Referral;
import org.issa.cyber.referral.ReferralDesk;
import org.issa.cyber.referral.ReferralEvent;
import org.issa.cyber.referral.ReferralStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Referrals, providers and statistics over HTTP for staff. */
@RestController
@RequestMapping("/api/v1/cyber")
public class ReferralApi {

    private final ReferralDesk desk;

    public ReferralApi(ReferralDesk desk) {
        this.desk = desk;
    }

    public record ProviderInput(@Size(max = 200) String name, @Size(max = 2) String country, @Size(max = 254) String contactEmail,
                                @Size(max = 2048) String contactUrl, @Size(max = 2000) String notes) {
    }

    public record ReferralInput(@Size(max = 36) String providerId, @Size(max = 2048) String url, @Size(max = 80) String category,
                                @Size(max = 40) String contentType, @Size(max = 500) String legalProvision, @Size(max = 2) String memberState,
                                @Size(max = 4000) String explanation, Integer dueHours, @Valid MarkingInput marking) {
    }

    public record ReasonInput(@NotBlank @Size(max = 2000) String reason) {
    }

    public record NoteInput(@Size(max = 4000) String note) {
    }

    public record ResponseInput(ReferralStatus outcome, @Size(max = 20) List<String> decisions, @Size(max = 4000) String note) {
    }

    public record ReferralView(Referral referral, List<ReferralEvent> history, boolean overdue) {
    }

    @GetMapping("/providers")
    List<HostingProvider> providers() {
        return desk.providers();
    }

    @PostMapping("/providers")
    @ResponseStatus(HttpStatus.CREATED)
    HostingProvider addProvider(@Valid @RequestBody ProviderInput in, Authentication auth) {
        return desk.addProvider(CurrentUser.of(auth), new ReferralDesk.ProviderInput(in.name(), in.country(), in.contactEmail(),
                in.contactUrl(), in.notes()));
    }

    @GetMapping("/referrals/vocabulary")
    java.util.Map<String, List<DsaVocabulary.Code>> vocabulary() {
        DsaVocabulary v = desk.vocabulary();
        java.util.Map<String, List<DsaVocabulary.Code>> out = new java.util.LinkedHashMap<>();
        for (String list : List.of(DsaVocabulary.CATEGORY, DsaVocabulary.CONTENT_TYPE, DsaVocabulary.VISIBILITY, DsaVocabulary.MONETARY,
                DsaVocabulary.PROVISION, DsaVocabulary.ACCOUNT)) {
            out.put(list, v.list(list));
        }
        return out;
    }

    @GetMapping("/referrals")
    List<Referral> list(@RequestParam Optional<String> status, @RequestParam Optional<String> provider,
                        @RequestParam(required = false) Integer limit, Authentication auth) {
        List<ReferralStatus> s = status.filter(x -> !x.isBlank()).map(x -> List.of(ReferralStatus.parse("status", x))).orElse(List.of());
        return desk.list(CurrentUser.of(auth), s, provider.filter(x -> !x.isBlank()), Cursor.size(limit, 100));
    }

    /** Reminders: referrals past their deadline without an answer. */
    @GetMapping("/referrals/overdue")
    List<Referral> overdue(Authentication auth) {
        return desk.overdue(CurrentUser.of(auth));
    }

    @GetMapping("/referrals/statistics")
    ReferralDesk.Statistics statistics(Authentication auth) {
        return desk.statistics(CurrentUser.of(auth));
    }

    @GetMapping(value = "/referrals/statistics.csv", produces = "text/csv")
    ResponseEntity<String> statisticsCsv(Authentication auth) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"referral-statistics.csv\"")
                .body(StatisticsExport.csv(desk.statistics(CurrentUser.of(auth))));
    }

    @GetMapping("/referrals/{id}")
    ReferralView get(@PathVariable String id, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        Referral r = desk.get(p, id);
        return new ReferralView(r, desk.history(p, id), r.overdue(desk.now()));
    }

    @PostMapping("/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    Referral create(@Valid @RequestBody ReferralInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return desk.create(p, new ReferralDesk.ReferralInput(in.providerId(), in.url(), in.category(), in.contentType(), in.legalProvision(),
                in.memberState(), in.explanation(), in.dueHours(), in.marking() == null ? null : in.marking().toMarking(p.agency())));
    }

    @PostMapping("/referrals/{id}/approve")
    Referral approve(@PathVariable String id, @Valid @RequestBody ReasonInput in, Authentication auth) {
        return desk.approveAndSend(CurrentUser.of(auth), id, in.reason());
    }

    @PostMapping("/referrals/{id}/acknowledge")
    Referral acknowledge(@PathVariable String id, @Valid @RequestBody(required = false) NoteInput in, Authentication auth) {
        return desk.acknowledge(CurrentUser.of(auth), id, in == null ? null : in.note());
    }

    @PostMapping("/referrals/{id}/response")
    Referral response(@PathVariable String id, @Valid @RequestBody ResponseInput in, Authentication auth) {
        return desk.recordResponse(CurrentUser.of(auth), id, in.outcome(), in.decisions(), in.note());
    }

    @PostMapping("/referrals/{id}/no-response")
    Referral noResponse(@PathVariable String id, Authentication auth) {
        return desk.markNoResponse(CurrentUser.of(auth), id);
    }
}
