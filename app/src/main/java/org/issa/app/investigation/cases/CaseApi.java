package org.issa.app.investigation.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.identity.UserDirectory;
import org.issa.app.web.MarkingInput;
import org.issa.app.web.MarkingView;
import org.issa.app.web.PageView;
import org.issa.core.paging.Cursor;
import org.issa.core.security.Principal;
import org.issa.investigation.cases.AttachedEntity;
import org.issa.investigation.cases.CaseDesk;
import org.issa.investigation.cases.CaseEvent;
import org.issa.investigation.cases.CaseMember;
import org.issa.investigation.cases.CaseNote;
import org.issa.investigation.cases.CaseRole;
import org.issa.investigation.cases.CaseStatus;
import org.issa.investigation.cases.CaseTask;
import org.issa.investigation.cases.InvestigationCase;
import org.issa.investigation.cases.TaskStatus;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Case workspaces over HTTP. A case the caller may not see (marking, or not a member and not a
 * supervisor of its lead agency) answers 404 and is absent from lists.
 */
@RestController
@RequestMapping("/api/v1/investigation/cases")
public class CaseApi {

    private final CaseDesk desk;
    private final UserDirectory directory;

    public CaseApi(CaseDesk desk, UserDirectory directory) {
        this.desk = desk;
        this.directory = directory;
    }

    public record CaseInput(@Size(max = 300) String title, @Size(max = 4000) String summary, @Valid MarkingInput marking) {
    }

    public record MemberInput(@Size(max = 64) String username, @Size(max = 16) String role) {
    }

    public record NoteInput(@Size(max = CaseDesk.MAX_NOTE) String body, Boolean personal) {
    }

    public record EntityInput(@Size(max = 200) String entityId, @Size(max = 300) String label) {
    }

    public record TaskInput(@Size(max = 300) String title, @Size(max = 64) String assignee, LocalDate dueDate) {
    }

    public record TaskUpdate(@Size(max = 16) String status, @Size(max = 64) String assignee) {
    }

    public record ReasonInput(@Size(max = 2000) String reason) {
    }

    public record CaseView(String id, String reference, String title, String summary, String leadAgency, String leadState,
                           CaseStatus status, Instant createdAt, String createdBy, Instant updatedAt, MarkingView marking,
                           String networkUrl) {
        static CaseView of(InvestigationCase c) {
            return new CaseView(c.id(), c.reference(), c.title(), c.summary(), c.leadAgency(), c.leadState(), c.status(), c.createdAt(),
                    c.createdBy(), c.updatedAt(), MarkingView.of(c.marking()), "/investigation/explorer?case=" + c.id());
        }
    }

    public record CaseFileView(CaseView investigationCase, List<CaseMember> members, List<CaseNote> notes, List<AttachedEntity> entities,
                               List<CaseTask> tasks) {
    }

    @GetMapping
    PageView<CaseView> list(@RequestParam Optional<String> status, @RequestParam(required = false) String cursor,
                            @RequestParam(required = false) Integer limit, Authentication auth) {
        Optional<CaseStatus> s = status.filter(x -> !x.isBlank()).map(x -> {
            try {
                return CaseStatus.valueOf(x.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new org.issa.core.error.InvalidInputException("status", "status must be OPEN or CLOSED");
            }
        });
        return PageView.of(desk.list(CurrentUser.of(auth), s, cursor, Cursor.size(limit, 50)), CaseView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CaseView open(@Valid @RequestBody CaseInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return CaseView.of(desk.open(p, new CaseDesk.CaseInput(in.title(), in.summary(),
                in.marking() == null ? null : in.marking().toMarking(p.agency()))));
    }

    /** The case with its parts; personal notes in full only with a {@code purpose}, which is audited. */
    @GetMapping("/{id}")
    CaseFileView get(@PathVariable String id, @RequestParam Optional<@Size(max = 1000) String> purpose, Authentication auth) {
        CaseDesk.CaseFile f = desk.file(CurrentUser.of(auth), id, purpose);
        return new CaseFileView(CaseView.of(f.investigationCase()), f.members(), f.notes(), f.entities(), f.tasks());
    }

    /** Cases the caller may see that have this entity of the entity store attached. */
    @GetMapping("/by-entity/{entityId}")
    List<CaseView> byEntity(@PathVariable String entityId, Authentication auth) {
        return desk.withEntity(CurrentUser.of(auth), entityId).stream().map(CaseView::of).toList();
    }

    @GetMapping("/{id}/timeline")
    PageView<CaseEvent> timeline(@PathVariable String id, @RequestParam(required = false) String cursor,
                                 @RequestParam(required = false) Integer limit, Authentication auth) {
        return PageView.of(desk.timeline(CurrentUser.of(auth), id, cursor, Cursor.size(limit, 100)), e -> e);
    }

    @PostMapping("/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    CaseMember addMember(@PathVariable String id, @Valid @RequestBody MemberInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        desk.get(p, id); // a case the caller cannot see is not found before anything is said about the user
        return desk.addMember(p, id, CaseMembers.principal(directory, in.username()), CaseRole.parse("role", in.role()));
    }

    @DeleteMapping("/{id}/members/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeMember(@PathVariable String id, @PathVariable String username, Authentication auth) {
        desk.removeMember(CurrentUser.of(auth), id, username);
    }

    @PostMapping("/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    CaseNote addNote(@PathVariable String id, @Valid @RequestBody NoteInput in, Authentication auth) {
        return desk.addNote(CurrentUser.of(auth), id, in.body(), Boolean.TRUE.equals(in.personal()));
    }

    @PostMapping("/{id}/entities")
    @ResponseStatus(HttpStatus.CREATED)
    AttachedEntity attach(@PathVariable String id, @Valid @RequestBody EntityInput in, Authentication auth) {
        return desk.attach(CurrentUser.of(auth), id, in.entityId(), in.label());
    }

    @DeleteMapping("/{id}/entities/{entityId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void detach(@PathVariable String id, @PathVariable String entityId, Authentication auth) {
        desk.detach(CurrentUser.of(auth), id, entityId);
    }

    @PostMapping("/{id}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    CaseTask addTask(@PathVariable String id, @Valid @RequestBody TaskInput in, Authentication auth) {
        return desk.addTask(CurrentUser.of(auth), id, in.title(), in.assignee(), Optional.ofNullable(in.dueDate()));
    }

    @PutMapping("/{id}/tasks/{taskId}")
    CaseTask updateTask(@PathVariable String id, @PathVariable String taskId, @Valid @RequestBody TaskUpdate in, Authentication auth) {
        return desk.updateTask(CurrentUser.of(auth), id, taskId, TaskStatus.parse("status", in.status()),
                Optional.ofNullable(in.assignee()));
    }

    @PostMapping("/{id}/close")
    CaseView close(@PathVariable String id, @Valid @RequestBody ReasonInput in, Authentication auth) {
        return CaseView.of(desk.close(CurrentUser.of(auth), id, in.reason()));
    }

    @PostMapping("/{id}/reopen")
    CaseView reopen(@PathVariable String id, @Valid @RequestBody ReasonInput in, Authentication auth) {
        return CaseView.of(desk.reopen(CurrentUser.of(auth), id, in.reason()));
    }
}
