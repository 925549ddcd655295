package org.issa.investigation.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.error.Require;
import org.issa.core.marking.Marking;
import org.issa.core.paging.Cursor;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;

/**
 * The case workspace. Who sees a case: it must be readable under its marking, and the reader must be
 * a member of it (any role) or a supervisor of its lead agency; anyone else gets "not found", in
 * lists too. Who writes: members whose case role writes (LEAD, MEMBER) and whose account may write
 * (ANALYST or SUPERVISOR); the LEAD, or a supervisor of the lead agency, manages membership and
 * closes the case. Every change is written to the case's timeline and to the audit trail in one
 * transaction; notes with personal data are read in full only with a stated purpose, which is audited.
 */
public final class CaseDesk {

    /** Entity ids as the entity port defines them. */
    public static final Pattern ENTITY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");
    public static final int MAX_NOTE = 8000;

    private final CaseStore store;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public CaseDesk(CaseStore store, AuditLog audit, Transactions tx, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** What a user fills in to open a case. */
    public record CaseInput(String title, String summary, Marking marking) {
    }

    /** A case with its parts, as its page shows it. */
    public record CaseFile(InvestigationCase investigationCase, List<CaseMember> members, List<CaseNote> notes,
                           List<AttachedEntity> entities, List<CaseTask> tasks, Optional<CaseMember> readerMembership) {

        public boolean readerWrites() {
            return readerMembership.map(m -> m.role().writes()).orElse(false);
        }
    }

    public InvestigationCase open(Principal who, CaseInput in) {
        requireRole(who, "open cases", Role.ANALYST, Role.SUPERVISOR);
        if (in == null) {
            throw new InvalidInputException("body", "the case's title and summary are required");
        }
        String title = Require.text("title", in.title(), 300);
        String summary = in.summary() == null || in.summary().isBlank() ? "" : Require.text("summary", in.summary(), 4000);
        Marking marking = who.markingOfOwnRecord(in.marking());
        Instant now = now();
        return tx.inTransaction(() -> {
            String prefix = "CASE-" + now.atZone(ZoneOffset.UTC).getYear() + "-";
            InvestigationCase c = new InvestigationCase(UUID.randomUUID().toString(),
                    prefix + String.format("%05d", store.countReferences(prefix) + 1), title, summary, who.agency(), who.memberState(),
                    CaseStatus.OPEN, now, who.username(), now, marking);
            store.insert(c);
            store.insert(new CaseMember(c.id(), who.username(), who.agency(), who.memberState(), CaseRole.LEAD, now, who.username()));
            event(who, c.id(), now, "case.opened", "opened " + c.reference() + " \"" + title + "\", " + marking.banner()
                    + "; " + who.username() + " (" + who.agency() + ", " + who.memberState() + ") is the lead");
            audit.record(AuditEvent.write(who.username(), "investigation.case.open", "inv_case", c.id(), c.reference() + ", "
                    + marking.banner()));
            return c;
        });
    }

    public InvestigationCase get(Principal reader, String id) {
        return store.find(reader, id).orElseThrow(() -> new NotFoundException("case", id));
    }

    /** Cases the reader may see, newest first. */
    public Page<InvestigationCase> list(Principal reader, Optional<CaseStatus> status, String cursor, int limit) {
        String after = Cursor.decode(cursor);
        return Page.of(store.list(reader, status, after.isEmpty() ? Optional.empty() : Optional.of(after), limit + 1), limit,
                InvestigationCase::reference);
    }

    /** Cases the reader may see that have this entity attached (for the entity store's pages). */
    public List<InvestigationCase> withEntity(Principal reader, String entityId) {
        return store.withEntity(reader, entityId);
    }

    /**
     * The case with its parts. Notes holding personal data (or all notes, when the case is marked as
     * personal data) are masked unless the reader states a purpose; a stated purpose is audited.
     */
    public CaseFile file(Principal reader, String id, Optional<String> purpose) {
        InvestigationCase c = get(reader, id);
        List<CaseNote> notes = store.notes(c.id());
        boolean personalCase = c.marking().isPersonalData();
        boolean anyPersonal = personalCase || notes.stream().anyMatch(CaseNote::personal);
        Optional<String> why = purpose.filter(p -> !p.isBlank()).map(p -> Require.text("purpose", p, 1000));
        List<CaseNote> shown;
        if (anyPersonal && why.isPresent()) {
            tx.run(() -> audit.recordRead(reader.username(), "inv_case", c.id(), why.get()));
            shown = notes;
        } else {
            shown = notes.stream().map(n -> personalCase || n.personal() ? n.hidden() : n).toList();
        }
        return new CaseFile(c, store.members(c.id()), shown, store.entities(c.id()), store.tasks(c.id()),
                store.member(c.id(), reader.username()));
    }

    public List<CaseMember> members(Principal reader, String id) {
        return store.members(get(reader, id).id());
    }

    /** The timeline, newest first; the cursor is the sequence number of the last entry of the previous page. */
    public Page<CaseEvent> timeline(Principal reader, String id, String cursor, int limit) {
        InvestigationCase c = get(reader, id);
        String after = Cursor.decode(cursor);
        Optional<Integer> before;
        try {
            before = after.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(after));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("cursor", "cursor is not one this server issued");
        }
        return Page.of(store.events(c.id(), before, limit + 1), limit, e -> Integer.toString(e.seq()));
    }

    /**
     * Adds a member. The new member must be able to read the case under its marking (clearance and
     * releasability), so nobody is put on a case they could not open; a partner authority's user
     * joins only as an observer, since partners write nothing.
     */
    public CaseMember addMember(Principal who, String caseId, Principal member, CaseRole role) {
        InvestigationCase c = manageable(who, caseId);
        if (member == null) {
            throw new InvalidInputException("username", "no such user");
        }
        if (role == null) {
            throw new InvalidInputException("role", "role must be LEAD, MEMBER or OBSERVER");
        }
        if (!member.mayRead(c.marking())) {
            throw new InvalidInputException("username", member.username() + " (" + member.agency() + ", " + member.memberState() + ", "
                    + member.clearance().label() + ") may not read this case's marking (" + c.marking().banner() + ")");
        }
        if (role.writes() && !member.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new InvalidInputException("role", member.username() + " has no role that writes; add them as OBSERVER");
        }
        Instant now = now();
        CaseMember m = new CaseMember(c.id(), member.username(), member.agency(), member.memberState(), role, now, who.username());
        return tx.inTransaction(() -> {
            if (store.member(c.id(), member.username()).isPresent()) {
                throw new ConflictException(member.username() + " is already a member of " + c.reference());
            }
            store.insert(m);
            change(who, c, now, "member.added", "added " + m.username() + " (" + m.agency() + ", " + m.memberState() + ") as "
                    + role.label(), "investigation.case.member.add");
            return m;
        });
    }

    public void removeMember(Principal who, String caseId, String username) {
        InvestigationCase c = manageable(who, caseId);
        Instant now = now();
        tx.run(() -> {
            CaseMember m = store.member(c.id(), username).orElseThrow(() -> new NotFoundException("member", username));
            if (m.role() == CaseRole.LEAD && store.members(c.id()).stream().filter(x -> x.role() == CaseRole.LEAD).count() == 1) {
                throw new ConflictException(username + " is the case's only lead; add another lead first");
            }
            store.removeMember(c.id(), username);
            change(who, c, now, "member.removed", "removed " + username + " (" + m.agency() + ", " + m.memberState() + ")",
                    "investigation.case.member.remove");
        });
    }

    public CaseNote addNote(Principal who, String caseId, String body, boolean personal) {
        InvestigationCase c = writable(who, caseId);
        CaseNote n = new CaseNote(UUID.randomUUID().toString(), c.id(), now(), who.username(), Require.text("body", body, MAX_NOTE),
                personal, false);
        return tx.inTransaction(() -> {
            store.insert(n);
            change(who, c, n.at(), "note.added", "added a note" + (personal ? " (personal data)" : ""), "investigation.case.note.add");
            return n;
        });
    }

    public AttachedEntity attach(Principal who, String caseId, String entityId, String label) {
        InvestigationCase c = writable(who, caseId);
        String id = entityId == null ? "" : entityId.strip();
        if (!ENTITY_ID.matcher(id).matches()) {
            throw new InvalidInputException("entityId", "entityId must be 1-200 letters, digits, '.', '_', ':' or '-'");
        }
        String l = label == null || label.isBlank() ? id : Require.text("label", label, 300);
        AttachedEntity e = new AttachedEntity(c.id(), id, l, now(), who.username());
        return tx.inTransaction(() -> {
            if (store.entities(c.id()).stream().anyMatch(x -> x.entityId().equals(id))) {
                throw new ConflictException("entity " + id + " is already attached to " + c.reference());
            }
            store.insert(e);
            change(who, c, e.addedAt(), "entity.attached", "attached entity " + id + " (" + l + ")", "investigation.case.entity.attach");
            return e;
        });
    }

    public void detach(Principal who, String caseId, String entityId) {
        InvestigationCase c = writable(who, caseId);
        Instant now = now();
        tx.run(() -> {
            if (!store.detach(c.id(), entityId)) {
                throw new NotFoundException("attached entity", entityId);
            }
            change(who, c, now, "entity.detached", "detached entity " + entityId, "investigation.case.entity.detach");
        });
    }

    public CaseTask addTask(Principal who, String caseId, String title, String assignee, Optional<LocalDate> due) {
        InvestigationCase c = writable(who, caseId);
        String t = Require.text("title", title, 300);
        String a = assignee(c, assignee);
        Instant now = now();
        CaseTask task = new CaseTask(UUID.randomUUID().toString(), c.id(), t, a, due, TaskStatus.OPEN, now, who.username(), now);
        return tx.inTransaction(() -> {
            store.insert(task);
            change(who, c, now, "task.added", "task \"" + t + "\" for " + a + due.map(d -> ", due " + d).orElse(""),
                    "investigation.case.task.add");
            return task;
        });
    }

    /** Changes a task's status and, optionally, its assignee. */
    public CaseTask updateTask(Principal who, String caseId, String taskId, TaskStatus status, Optional<String> newAssignee) {
        InvestigationCase c = writable(who, caseId);
        if (status == null) {
            throw new InvalidInputException("status", "status must be OPEN, IN_PROGRESS, DONE or CANCELLED");
        }
        CaseTask old = store.task(c.id(), taskId).orElseThrow(() -> new NotFoundException("task", taskId));
        String a = newAssignee.filter(x -> !x.isBlank()).map(x -> assignee(c, x)).orElse(old.assignee());
        Instant now = now();
        CaseTask t = new CaseTask(old.id(), old.caseId(), old.title(), a, old.dueDate(), status, old.createdAt(), old.createdBy(), now);
        return tx.inTransaction(() -> {
            store.update(t);
            change(who, c, now, "task.updated", "task \"" + t.title() + "\": " + old.status().label() + " → " + status.label()
                    + (a.equals(old.assignee()) ? "" : ", reassigned from " + old.assignee() + " to " + a), "investigation.case.task.update");
            return t;
        });
    }

    public InvestigationCase close(Principal who, String caseId, String reason) {
        return setStatus(who, caseId, CaseStatus.CLOSED, Require.text("reason", reason, 2000));
    }

    public InvestigationCase reopen(Principal who, String caseId, String reason) {
        return setStatus(who, caseId, CaseStatus.OPEN, Require.text("reason", reason, 2000));
    }

    private InvestigationCase setStatus(Principal who, String caseId, CaseStatus status, String reason) {
        InvestigationCase c = manageable(who, caseId);
        if (c.status() == status) {
            throw new ConflictException(c.reference() + " is already " + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        Instant now = now();
        return tx.inTransaction(() -> {
            store.setStatus(c.id(), status, now);
            change(who, c, now, status == CaseStatus.CLOSED ? "case.closed" : "case.reopened",
                    (status == CaseStatus.CLOSED ? "closed: " : "reopened: ") + reason,
                    "investigation.case." + (status == CaseStatus.CLOSED ? "close" : "reopen"));
            return get(who, c.id());
        });
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private String assignee(InvestigationCase c, String username) {
        String u = username == null ? "" : username.strip();
        CaseMember m = store.member(c.id(), u).orElseThrow(() -> new InvalidInputException("assignee",
                "assignee must be a member of " + c.reference()));
        if (!m.role().writes()) {
            throw new InvalidInputException("assignee", u + " is an observer on " + c.reference() + " and takes no tasks");
        }
        return u;
    }

    /** The case, if the user may write in it: a writing member with a writing account, on an open case. */
    private InvestigationCase writable(Principal who, String caseId) {
        InvestigationCase c = get(who, caseId);
        boolean writes = store.member(c.id(), who.username()).map(m -> m.role().writes()).orElse(false);
        if (!writes || !who.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new ForbiddenException("only the case's lead and members write in " + c.reference());
        }
        if (c.status() == CaseStatus.CLOSED) {
            throw new ConflictException(c.reference() + " is closed; reopen it first");
        }
        return c;
    }

    /** The case, if the user may manage it: its lead, or a supervisor of its lead agency. */
    private InvestigationCase manageable(Principal who, String caseId) {
        InvestigationCase c = get(who, caseId);
        boolean lead = store.member(c.id(), who.username()).map(m -> m.role() == CaseRole.LEAD).orElse(false);
        boolean supervisor = who.has(Role.SUPERVISOR) && who.agency().equals(c.leadAgency());
        if (!(lead && who.hasAny(Role.ANALYST, Role.SUPERVISOR)) && !supervisor) {
            throw new ForbiddenException("only the case's lead or a supervisor of " + c.leadAgency() + " manages " + c.reference());
        }
        return c;
    }

    private void change(Principal who, InvestigationCase c, Instant at, String kind, String summary, String action) {
        event(who, c.id(), at, kind, summary);
        store.touch(c.id(), at);
        audit.record(AuditEvent.write(who.username(), action, "inv_case", c.id(), c.reference() + ": " + summary));
    }

    private void event(Principal who, String caseId, Instant at, String kind, String summary) {
        store.insert(new CaseEvent(UUID.randomUUID().toString(), caseId, store.nextSeq(caseId), at, who.username(), kind,
                summary.length() > 2000 ? summary.substring(0, 1999) + "…" : summary));
    }

    private static void requireRole(Principal who, String what, Role... roles) {
        if (!who.hasAny(roles)) {
            throw new ForbiddenException("your roles do not allow you to " + what);
        }
    }
}
