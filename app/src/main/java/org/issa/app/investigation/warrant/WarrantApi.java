package org.issa.app.investigation.warrant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.MarkingInput;
import org.issa.app.web.MarkingView;
import org.issa.app.web.PageView;
import org.issa.core.paging.Cursor;
import org.issa.core.security.Principal;
import org.issa.investigation.warrant.ListOffence;
import org.issa.investigation.warrant.RequestedPerson;
import org.issa.investigation.warrant.Warrant;
import org.issa.investigation.warrant.WarrantDeadlines;
import org.issa.investigation.warrant.WarrantEvent;
import org.issa.investigation.warrant.WarrantEventKind;
import org.issa.investigation.warrant.WarrantRefusalGround;
import org.issa.investigation.warrant.WarrantRegister;
import org.issa.investigation.warrant.WarrantStage;
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

/** The European Arrest Warrant register over HTTP; the requested person in full only with a stated purpose. */
@RestController
@RequestMapping("/api/v1/investigation/warrants")
public class WarrantApi {

    private final WarrantRegister register;

    public WarrantApi(WarrantRegister register) {
        this.register = register;
    }

    public record OffenceInput(@Size(max = 40) String category, @Size(max = 1000) String description, Integer maxPenaltyMonths) {
    }

    public record WarrantInput(@Size(max = 16) String role, @Size(max = 100) String issuingReference, @Size(max = 2) String issuingState,
                               @Size(max = 200) String issuingAuthority, @Size(max = 2) String executingState,
                               @Size(max = 200) String executingAuthority, @Size(max = 16) String purpose, @Size(max = 300) String personName,
                               LocalDate personBirthDate, @Size(max = 2) String personNationality, @Size(max = 200) String personEntityId,
                               LocalDate issuedOn, @Size(max = 36) String caseId, @Size(max = 50) List<@Valid OffenceInput> offences,
                               @Valid MarkingInput marking) {
    }

    public record EventInput(@Size(max = 32) String kind, Instant occurredAt, @Size(max = 4000) String note, @Size(max = 40) String ground) {
    }

    public record OffenceView(String category, String label, String description, Integer maxPenaltyMonths) {
    }

    public record WarrantView(String id, String reference, String issuingReference, Warrant.Role role, String issuingState,
                              String issuingAuthority, String executingState, String executingAuthority, Warrant.Purpose purpose,
                              RequestedPerson person, boolean personMasked, LocalDate issuedOn, String caseId, List<OffenceView> offences,
                              WarrantStage stage, Instant createdAt, String createdBy, MarkingView marking) {
        static WarrantView of(Warrant w) {
            return new WarrantView(w.id(), w.reference(), w.issuingReference(), w.role(), w.issuingState(), w.issuingAuthority(),
                    w.executingState(), w.executingAuthority(), w.purpose(), w.person(), w.masked(), w.issuedOn(), w.caseId().orElse(null),
                    w.offences().stream().map(o -> new OffenceView(ListOffence.code(o.category()), o.category().map(ListOffence::label)
                            .orElse("other offence"), o.description(), o.maxPenaltyMonths().orElse(null))).toList(), w.stage(),
                    w.createdAt(), w.createdBy(), MarkingView.of(w.marking()));
        }
    }

    public record LimitView(String name, Instant startedAt, Instant dueAt, String basis, Instant endedAt, String ending, boolean overdue,
                            boolean keptLate) {
        static LimitView of(WarrantDeadlines.Limit l, Instant now) {
            return new LimitView(l.name(), l.startedAt(), l.dueAt(), l.basis(), l.endedAt().orElse(null), l.ending(), l.overdue(now),
                    l.keptLate());
        }
    }

    public record WarrantFileView(WarrantView warrant, List<WarrantEvent> events, List<LimitView> limits) {
        static WarrantFileView of(WarrantRegister.WarrantFile f, Instant now) {
            return new WarrantFileView(WarrantView.of(f.warrant()), f.events(), f.limits().stream().map(l -> LimitView.of(l, now)).toList());
        }
    }

    @GetMapping
    PageView<WarrantView> list(@RequestParam Optional<String> stage, @RequestParam Optional<String> caseId,
                               @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
                               Authentication auth) {
        Optional<WarrantStage> s = stage.filter(x -> !x.isBlank()).map(x -> {
            try {
                return WarrantStage.valueOf(x.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new org.issa.core.error.InvalidInputException("stage", "stage must be one of "
                        + java.util.Arrays.toString(WarrantStage.values()));
            }
        });
        return PageView.of(register.list(CurrentUser.of(auth), s, caseId.filter(x -> !x.isBlank()), cursor, Cursor.size(limit, 50)),
                WarrantView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    WarrantView create(@Valid @RequestBody WarrantInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        List<WarrantRegister.OffenceInput> offences = in.offences() == null ? null : in.offences().stream()
                .map(o -> o == null ? null : new WarrantRegister.OffenceInput(o.category(), o.description(), o.maxPenaltyMonths())).toList();
        return WarrantView.of(register.register(p, new WarrantRegister.WarrantInput(in.role(), in.issuingReference(), in.issuingState(),
                in.issuingAuthority(), in.executingState(), in.executingAuthority(), in.purpose(), in.personName(), in.personBirthDate(),
                in.personNationality(), in.personEntityId(), in.issuedOn(), in.caseId(), offences,
                in.marking() == null ? null : in.marking().toMarking(p.agency()))).withPersonMasked());
    }

    /** One warrant with its events and limits; the person in full only with a {@code purpose}, which is audited. */
    @GetMapping("/{id}")
    WarrantFileView get(@PathVariable String id, @RequestParam Optional<@Size(max = 1000) String> purpose, Authentication auth) {
        return WarrantFileView.of(register.file(CurrentUser.of(auth), id, purpose), register.now());
    }

    @PostMapping("/{id}/events")
    @ResponseStatus(HttpStatus.CREATED)
    WarrantFileView record(@PathVariable String id, @Valid @RequestBody EventInput in, Authentication auth) {
        return WarrantFileView.of(register.record(CurrentUser.of(auth), id, in.kind() == null ? null : WarrantEventKind.parse("kind", in.kind()),
                in.occurredAt(), in.note(), in.ground() == null || in.ground().isBlank() ? null
                        : WarrantRefusalGround.parse("ground", in.ground())), register.now());
    }
}
