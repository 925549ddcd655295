package org.issa.app.cyber.advisory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.app.identity.CurrentUser;
import org.issa.core.error.InvalidInputException;
import org.issa.core.paging.Cursor;
import org.issa.cyber.advisory.Advisory;
import org.issa.cyber.advisory.AdvisoryContent;
import org.issa.cyber.advisory.AdvisoryDesk;
import org.issa.cyber.advisory.AdvisoryVersion;
import org.issa.cyber.advisory.Audience;
import org.issa.cyber.advisory.Product;
import org.issa.cyber.advisory.Reference;
import org.issa.cyber.advisory.Sector;
import org.issa.cyber.advisory.Severity;
import org.issa.cyber.advisory.SourceItem;
import org.issa.cyber.advisory.VersionStatus;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Advisories over HTTP for staff: the same workflow as the editor, as JSON. */
@RestController
@RequestMapping("/api/v1/cyber/advisories")
public class AdvisoryApi {

    private final AdvisoryDesk desk;

    public AdvisoryApi(AdvisoryDesk desk) {
        this.desk = desk;
    }

    /** An advisory's content as sent and returned; enums as their names. */
    public record ContentInput(@Size(max = 200) String title, @Size(max = 2000) String summary, @Size(max = 4000) String whatToDo,
                               @Size(max = 2000) String whoIsAffected, Audience audience, Set<Sector> sectors, Severity severity,
                               @Size(max = 8) String lang, @Size(max = 20) List<Reference> references,
                               @Size(max = 50) List<Product> products, @Size(max = 50) List<String> cves,
                               @Size(max = 20) List<String> sources) {
        AdvisoryContent content() {
            return new AdvisoryContent(title, summary, whatToDo, whoIsAffected, audience, sectors, severity, lang, references, products,
                    cves, sources);
        }
    }

    public record UpdateInput(@Valid ContentInput content, @Size(max = 1000) String changeSummary) {
    }

    public record ReasonInput(@NotBlank @Size(max = 2000) String reason) {
    }

    public record ReviseInput(@NotBlank @Size(max = 1000) String changeSummary) {
    }

    public record VersionView(int revision, VersionStatus status, AdvisoryContent content, String changeSummary, String author,
                              Instant updatedAt, String decidedBy, String decisionReason, Integer versionNumber, Instant publishedAt) {
        static VersionView of(AdvisoryVersion v) {
            return new VersionView(v.revision(), v.status(), v.content(), v.changeSummary(), v.author(), v.updatedAt(),
                    v.decidedBy().orElse(null), v.decisionReason().orElse(null), v.versionNumber().orElse(null), v.publishedAt().orElse(null));
        }
    }

    public record AdvisoryView(String id, String trackingId, int publishedVersion, Instant initialRelease, Instant currentRelease,
                               String publicUrl, List<VersionView> versions) {
        static AdvisoryView of(Advisory a, AdvisoryDesk desk) {
            return new AdvisoryView(a.id(), a.trackingId(), a.publishedVersion(), a.initialRelease().orElse(null),
                    a.currentRelease().orElse(null), a.published() ? desk.publisher().pageUrl(a.trackingId()) : null,
                    a.versions().stream().map(VersionView::of).toList());
        }
    }

    @GetMapping
    List<AdvisoryView> list(@RequestParam Optional<String> status, @RequestParam(required = false) Integer limit, Authentication auth) {
        Optional<VersionStatus> s = status.map(x -> {
            try {
                return VersionStatus.valueOf(x);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("status", "status must be one of DRAFT, SUBMITTED, APPROVED, REJECTED, PUBLISHED");
            }
        });
        return desk.list(CurrentUser.of(auth), s, Cursor.size(limit, 100)).stream().map(a -> AdvisoryView.of(a, desk)).toList();
    }

    /** TLP:CLEAR indicators, vulnerabilities and incidents from the STIX store (or the configured bundle) to draft from. */
    @GetMapping("/sources")
    List<SourceItem> sources(Authentication auth) {
        return desk.sources(CurrentUser.of(auth), 100);
    }

    @GetMapping("/{id}")
    AdvisoryView get(@PathVariable String id, Authentication auth) {
        return AdvisoryView.of(desk.get(CurrentUser.of(auth), id), desk);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AdvisoryView create(@Valid @RequestBody ContentInput in, Authentication auth) {
        return AdvisoryView.of(desk.draft(CurrentUser.of(auth), in.content()), desk);
    }

    @PutMapping("/{id}")
    AdvisoryView update(@PathVariable String id, @Valid @RequestBody UpdateInput in, Authentication auth) {
        if (in.content() == null) {
            throw new InvalidInputException("content", "content is required");
        }
        return AdvisoryView.of(desk.update(CurrentUser.of(auth), id, in.content().content(),
                Optional.ofNullable(in.changeSummary()).filter(s -> !s.isBlank())), desk);
    }

    @PostMapping("/{id}/submit")
    AdvisoryView submit(@PathVariable String id, Authentication auth) {
        return AdvisoryView.of(desk.submit(CurrentUser.of(auth), id), desk);
    }

    @PostMapping("/{id}/approve")
    AdvisoryView approve(@PathVariable String id, @Valid @RequestBody ReasonInput in, Authentication auth) {
        return AdvisoryView.of(desk.approve(CurrentUser.of(auth), id, in.reason()), desk);
    }

    @PostMapping("/{id}/reject")
    AdvisoryView reject(@PathVariable String id, @Valid @RequestBody ReasonInput in, Authentication auth) {
        return AdvisoryView.of(desk.reject(CurrentUser.of(auth), id, in.reason()), desk);
    }

    @PostMapping("/{id}/publish")
    AdvisoryView publish(@PathVariable String id, Authentication auth) {
        return AdvisoryView.of(desk.publish(CurrentUser.of(auth), id), desk);
    }

    @PostMapping("/{id}/revise")
    AdvisoryView revise(@PathVariable String id, @Valid @RequestBody ReviseInput in, Authentication auth) {
        return AdvisoryView.of(desk.revise(CurrentUser.of(auth), id, in.changeSummary()), desk);
    }
}
