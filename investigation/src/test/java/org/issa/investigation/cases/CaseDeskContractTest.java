package org.issa.investigation.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.issa.investigation.Fixtures.ANNA;
import static org.issa.investigation.Fixtures.DIRK;
import static org.issa.investigation.Fixtures.LOW;
import static org.issa.investigation.Fixtures.OTTO;
import static org.issa.investigation.Fixtures.PARTNER;
import static org.issa.investigation.Fixtures.RESTRICTED_FR_NL;
import static org.issa.investigation.Fixtures.SACHA;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.paging.Page;
import org.issa.core.testdb.TestDatabase;
import org.issa.investigation.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Case workspaces over a real database: H2 always, PostgreSQL when ISSA_TEST_POSTGRES_URL is set. */
class CaseDeskContractTest {

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aJointTeamWorksACaseAndEveryChangeIsOnTheTimeline(TestDatabase db) {
        Fixtures.Node n = Fixtures.node(db, T0);
        CaseDesk desk = n.cases();
        InvestigationCase c = desk.open(ANNA, new CaseDesk.CaseInput("Operation Rotterdam–Marseille", "Cocaine via container port.",
                RESTRICTED_FR_NL));
        assertThat(c.reference()).isEqualTo("CASE-2026-00001");
        assertThat(c.leadAgency()).isEqualTo("FR-OCRTIS");
        assertThat(desk.members(ANNA, c.id())).singleElement().satisfies(m -> assertThat(m.role()).isEqualTo(CaseRole.LEAD));

        // Dirk (NL) may read the marking but is not a member yet: the case does not exist for him
        assertThatThrownBy(() -> desk.get(DIRK, c.id())).isInstanceOf(NotFoundException.class);
        assertThat(desk.list(DIRK, Optional.empty(), "", 50).items()).isEmpty();
        desk.addMember(ANNA, c.id(), DIRK, CaseRole.MEMBER);
        assertThat(desk.get(DIRK, c.id()).reference()).isEqualTo(c.reference());
        assertThat(desk.list(DIRK, Optional.empty(), "", 50).items()).extracting(InvestigationCase::id).containsExactly(c.id());
        assertThatThrownBy(() -> desk.addMember(ANNA, c.id(), DIRK, CaseRole.OBSERVER)).isInstanceOf(ConflictException.class);

        // nobody is put on a case they could not read; partners observe only
        assertThatThrownBy(() -> desk.addMember(ANNA, c.id(), LOW, CaseRole.MEMBER)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("username"));
        assertThatThrownBy(() -> desk.addMember(ANNA, c.id(), OTTO, CaseRole.MEMBER)).as("DE is not in the releasability list")
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> desk.addMember(ANNA, c.id(), PARTNER, CaseRole.MEMBER)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("role"));
        desk.addMember(ANNA, c.id(), PARTNER, CaseRole.OBSERVER);
        assertThatThrownBy(() -> desk.addNote(PARTNER, c.id(), "x", false)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> desk.addMember(DIRK, c.id(), PARTNER, CaseRole.OBSERVER)).as("members do not manage membership")
                .isInstanceOf(ForbiddenException.class);

        // a supervisor of the lead agency oversees without being a member; another agency's supervisor does not
        assertThat(desk.get(SACHA, c.id()).id()).isEqualTo(c.id());
        assertThatThrownBy(() -> desk.get(OTTO, c.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> desk.addNote(SACHA, c.id(), "x", false)).as("oversight is not membership")
                .isInstanceOf(ForbiddenException.class);

        n.clock().advance(Duration.ofHours(1));
        desk.addNote(DIRK, c.id(), "Container MSKU 123 flagged at Rotterdam.", false);
        desk.addNote(ANNA, c.id(), "Informant K. says the courier is Jean D., born 1979.", true);
        desk.attach(DIRK, c.id(), "caviar-phase-3:n1", "Daniel S.");
        assertThatThrownBy(() -> desk.attach(DIRK, c.id(), "caviar-phase-3:n1", "")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> desk.attach(DIRK, c.id(), "bad id with spaces", "")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("entityId"));
        assertThat(desk.withEntity(DIRK, "caviar-phase-3:n1")).extracting(InvestigationCase::id).containsExactly(c.id());
        assertThat(desk.withEntity(OTTO, "caviar-phase-3:n1")).isEmpty();

        CaseTask task = desk.addTask(ANNA, c.id(), "Request container manifest", "dirk", Optional.of(LocalDate.of(2026, 5, 8)));
        assertThatThrownBy(() -> desk.addTask(ANNA, c.id(), "x", "europol-lo", Optional.empty())).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("assignee"));
        assertThatThrownBy(() -> desk.addTask(ANNA, c.id(), "x", "otto", Optional.empty())).isInstanceOf(InvalidInputException.class);
        assertThat(task.overdue(LocalDate.of(2026, 5, 8))).isFalse();
        assertThat(task.overdue(LocalDate.of(2026, 5, 9))).isTrue();
        CaseTask done = desk.updateTask(DIRK, c.id(), task.id(), TaskStatus.DONE, Optional.empty());
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.overdue(LocalDate.of(2026, 6, 1))).isFalse();

        // personal notes are masked unless a purpose is stated, and the purposeful read is audited
        CaseDesk.CaseFile plain = desk.file(DIRK, c.id(), Optional.empty());
        assertThat(plain.notes()).extracting(CaseNote::body).contains("Container MSKU 123 flagged at Rotterdam.", CaseNote.MASK);
        assertThat(n.audit().actions()).doesNotContain("personal-data.read");
        CaseDesk.CaseFile full = desk.file(DIRK, c.id(), Optional.of("identify the courier for the JIT meeting"));
        assertThat(full.notes()).extracting(CaseNote::body).contains("Informant K. says the courier is Jean D., born 1979.");
        assertThat(n.audit().last().action()).isEqualTo("personal-data.read");
        assertThat(n.audit().last().purpose()).isEqualTo("identify the courier for the JIT meeting");
        assertThat(full.entities()).extracting(AttachedEntity::entityId).containsExactly("caviar-phase-3:n1");
        assertThat(full.readerWrites()).isTrue();

        desk.removeMember(ANNA, c.id(), "europol-lo");
        assertThatThrownBy(() -> desk.get(PARTNER, c.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> desk.removeMember(ANNA, c.id(), "anna")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("only lead");
        desk.close(SACHA, c.id(), "suspects charged in both states");
        assertThatThrownBy(() -> desk.addNote(DIRK, c.id(), "late", false)).isInstanceOf(ConflictException.class);

        Page<CaseEvent> first = desk.timeline(DIRK, c.id(), "", 5);
        assertThat(first.items()).hasSize(5);
        assertThat(first.items()).extracting(CaseEvent::kind).containsExactly("case.closed", "member.removed", "task.updated",
                "task.added", "entity.attached");
        Page<CaseEvent> rest = desk.timeline(DIRK, c.id(), first.nextCursor().orElseThrow(), 50);
        assertThat(rest.items()).extracting(CaseEvent::kind).containsExactly("note.added", "note.added", "member.added", "member.added",
                "case.opened");
        assertThat(rest.nextCursor()).isEmpty();
        assertThat(n.audit().actions()).containsSubsequence("investigation.case.open", "investigation.case.member.add",
                "investigation.case.note.add", "investigation.case.entity.attach", "investigation.case.task.add",
                "investigation.case.task.update", "investigation.case.member.remove", "investigation.case.close");
        assertThatThrownBy(() -> desk.timeline(DIRK, c.id(), "bm9wZQ", 5)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anUnderClearedMemberOrOneNotReleasedToSeesNothing(TestDatabase db) {
        Fixtures.Node n = Fixtures.node(db, T0);
        CaseDesk desk = n.cases();
        InvestigationCase open = desk.open(ANNA, new CaseDesk.CaseInput("Open case", "", null));
        desk.addMember(ANNA, open.id(), LOW, CaseRole.MEMBER);
        InvestigationCase secret = desk.open(SACHA, new CaseDesk.CaseInput("Confidential case", "",
                new Marking(Classification.CONFIDENTIEL_UE, Tlp.AMBER, java.util.Set.of(), "x", java.util.Set.of())));
        // Even if a row said LOW is a member, the marking keeps the case out of his queries.
        n.sql().update("INSERT INTO inv_case_member (case_id, username, agency, member_state, case_role, added_at, added_by)"
                + " VALUES (?, 'low', 'NL-NP', 'NL', 'MEMBER', ?, 'test')", secret.id(), T0);
        assertThat(desk.list(LOW, Optional.empty(), "", 50).items()).extracting(InvestigationCase::id).containsExactly(open.id());
        assertThatThrownBy(() -> desk.get(LOW, secret.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> desk.file(LOW, secret.id(), Optional.of("curious"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> desk.timeline(LOW, secret.id(), "", 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> desk.open(ANNA, new CaseDesk.CaseInput("too high", "", new Marking(Classification.SECRET_UE, Tlp.GREEN,
                java.util.Set.of(), "x", java.util.Set.of())))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("classification"));
        assertThatThrownBy(() -> desk.open(ANNA, new CaseDesk.CaseInput(" ", "", null))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("title"));
        assertThatThrownBy(() -> desk.open(Fixtures.AUDITOR, new CaseDesk.CaseInput("x", "", null))).isInstanceOf(ForbiddenException.class);

        // a case marked as personal data masks all its notes without a purpose
        InvestigationCase personal = desk.open(ANNA, new CaseDesk.CaseInput("Personal", "", Marking.unclassified("x")
                .withHandling(List.of(Handling.PERSONAL_DATA))));
        desk.addNote(ANNA, personal.id(), "ordinary words", false);
        assertThat(desk.file(ANNA, personal.id(), Optional.empty()).notes()).allMatch(CaseNote::masked);

        // paging: newest reference first, a cursor per page
        for (int i = 0; i < 3; i++) {
            desk.open(ANNA, new CaseDesk.CaseInput("Case " + i, "", null));
        }
        Page<InvestigationCase> p1 = desk.list(ANNA, Optional.of(CaseStatus.OPEN), "", 2);
        assertThat(p1.items()).extracting(InvestigationCase::reference).containsExactly("CASE-2026-00006", "CASE-2026-00005");
        Page<InvestigationCase> p2 = desk.list(ANNA, Optional.of(CaseStatus.OPEN), p1.nextCursor().orElseThrow(), 10);
        assertThat(p2.items()).extracting(InvestigationCase::reference).containsExactly("CASE-2026-00004", "CASE-2026-00003",
                "CASE-2026-00001");
    }
}
