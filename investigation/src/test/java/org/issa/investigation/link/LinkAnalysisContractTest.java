package org.issa.investigation.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.issa.investigation.StoreFixtures.ANALYST;
import static org.issa.investigation.StoreFixtures.LOW;
import static org.issa.investigation.StoreFixtures.OPEN;
import static org.issa.investigation.StoreFixtures.RESTRICTED;
import static org.issa.investigation.StoreFixtures.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.NotFoundException;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.graph.centrality.Measure;
import org.issa.investigation.StoreFixtures;
import org.issa.investigation.entity.EntityStore;
import org.issa.investigation.importer.DatasetImports;
import org.issa.investigation.importer.ImportLimits;
import org.issa.investigation.importer.TabularOptions;
import org.issa.investigation.merge.MergeDesk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Link analysis over the store: CAVIAR reference values, markings applied before the graph is built, periods, shared identifiers. */
class LinkAnalysisContractTest {

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    static void importPhase(DatasetImports imports, int phase, LocalDate from) {
        TabularOptions o = new TabularOptions("caviar", "phase" + phase + ".csv", "Communication", "Person", true,
                Optional.of("phase-" + phase), Optional.of(from), Optional.of(from.plusMonths(2).minusDays(1)), OPEN);
        imports.matrix(ANALYST, o, LinkAnalysisContractTest.class.getResourceAsStream("/org/issa/investigation/caviar/phase" + phase + ".csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void caviarPhaseOneGivesTheNetworkXReferenceValuesAndSerroIsTheHub(TestDatabase db) {
        RecordingAuditLog audit = new RecordingAuditLog();
        EntityStore store = StoreFixtures.store(db, audit);
        importPhase(new DatasetImports(store, ImportLimits.DEFAULT), 1, LocalDate.of(1994, 1, 1));
        LinkAnalysis links = new LinkAnalysis(store);
        var degree = links.centrality(ANALYST, Measure.DEGREE, GraphScope.ALL, 3, "case caviar");
        assertThat(degree.nodes()).isEqualTo(15);
        assertThat(degree.ranking().get(0).node().id()).isEqualTo("caviar:1");
        assertThat(degree.ranking().get(0).value()).isCloseTo(0.857, within(5e-4));
        assertThat(degree.ranking().get(1).value()).isCloseTo(0.286, within(5e-4));
        var between = links.centrality(ANALYST, Measure.BETWEENNESS, GraphScope.ALL, 2, "case caviar");
        assertThat(between.ranking().get(0).value()).isCloseTo(0.907, within(5e-4));
        assertThat(between.ranking().get(1).node().id()).isEqualTo("caviar:89");
        assertThat(between.ranking().get(1).value()).isCloseTo(0.143, within(5e-4));
        assertThat(between.normalisation()).contains("(n-1)(n-2)/2");
        assertThat(between.ranking().get(0).explanation()).contains("1 lies on 90.7 %");
        var communities = links.communities(ANALYST, GraphScope.ALL, "case caviar");
        assertThat(communities.count()).isGreaterThan(1);
        assertThat(communities.membership()).hasSize(15);
        assertThat(communities.explanation()).contains("15 entities form");
        var keys = links.keyPlayers(ANALYST, 1, GraphScope.ALL, "case caviar");
        assertThat(keys.get(0).node().id()).isEqualTo("caviar:1");
        assertThat(keys.get(0).cutPoint()).isTrue();
        assertThat(audit.actions()).contains("personal-data.read");
        assertThat(audit.last().purpose()).isEqualTo("case caviar");
        assertThatThrownBy(() -> links.communities(ANALYST, GraphScope.ALL, " ")).hasMessageContaining("purpose");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void periodsShowPerliniAndMoralesRisingAfterTheSeizures(TestDatabase db) {
        EntityStore store = StoreFixtures.store(db, new RecordingAuditLog());
        DatasetImports imports = new DatasetImports(store, ImportLimits.DEFAULT);
        importPhase(imports, 1, LocalDate.of(1994, 1, 1));
        importPhase(imports, 9, LocalDate.of(1995, 5, 1));
        LinkAnalysis links = new LinkAnalysis(store);
        var phase9 = links.centrality(ANALYST, Measure.BETWEENNESS, GraphScope.ALL.during(Optional.of(LocalDate.of(1995, 5, 1)),
                Optional.of(LocalDate.of(1995, 6, 30))), 3, "case caviar");
        assertThat(phase9.ranking()).extracting(c -> c.node().id()).containsExactly("caviar:3", "caviar:12", "caviar:1");
        assertThat(phase9.ranking().get(0).value()).isCloseTo(0.576, within(5e-4));
        var shifts = links.compare(ANALYST, Measure.BETWEENNESS, GraphScope.ALL, LocalDate.of(1994, 1, 1), LocalDate.of(1994, 2, 28),
                LocalDate.of(1995, 5, 1), LocalDate.of(1995, 6, 30), "case caviar");
        var perlini = shifts.stream().filter(s -> s.node().id().equals("caviar:3")).findFirst().orElseThrow();
        assertThat(perlini.rankAfter()).isEqualTo(1);
        assertThat(perlini.rankBefore()).isGreaterThan(1);
        assertThat(perlini.explanation()).contains("rises from rank");
        var serero = shifts.stream().filter(s -> s.node().id().equals("caviar:1")).findFirst().orElseThrow();
        assertThat(serero.rankBefore()).isEqualTo(1);
        assertThat(serero.rankAfter()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anUnderClearedReaderSeesNeitherTheHiddenNodeNorThatItExists(TestDatabase db) {
        EntityStore store = StoreFixtures.store(db, new RecordingAuditLog());
        store.publish(List.of(
                entity("ops", "a", "Person", OPEN, "name", "Alice Alpha"),
                entity("ops", "b", "Person", OPEN, "name", "Bruno Beta"),
                entity("ops", "c", "Person", OPEN, "name", "Carla Gamma"),
                entity("ops", "h", "Person", RESTRICTED, "name", "Hidden Informant"),
                entity("ops", "ah", "Associate", OPEN, "person", "a", "associate", "h"),
                entity("ops", "hc", "Associate", OPEN, "person", "h", "associate", "c"),
                entity("ops", "ab", "Associate", OPEN, "person", "a", "associate", "b"),
                entity("ops", "bx", "Associate", RESTRICTED, "person", "b", "associate", "c")));
        LinkAnalysis links = new LinkAnalysis(store);
        var full = links.expand(ANALYST, List.of("ops:a"), 2, GraphScope.ALL, "case");
        assertThat(full.nodes()).extracting(Node::id).containsExactlyInAnyOrder("ops:a", "ops:b", "ops:h", "ops:c");
        var low = links.expand(LOW, List.of("ops:a"), 4, GraphScope.ALL, "case");
        assertThat(low.nodes()).extracting(Node::id).containsExactlyInAnyOrder("ops:a", "ops:b");
        assertThat(low.links()).hasSize(1);
        assertThat(low.explanation()).isEqualTo("1 entity lies within 4 links of Alice Alpha; 1 links join them.");
        assertThat(links.paths(ANALYST, "ops:a", "ops:c", 3, 0, Set.of(), GraphScope.ALL, "case").paths()).hasSize(2);
        var lowPaths = links.paths(LOW, "ops:a", "ops:c", 3, 0, Set.of(), GraphScope.ALL, "case");
        assertThat(lowPaths.paths()).isEmpty();
        assertThat(lowPaths.explanation()).doesNotContain("Hidden").contains("Carla Gamma has no link in scope");
        assertThat(links.centrality(LOW, Measure.DEGREE, GraphScope.ALL, 10, "case").nodes()).isEqualTo(2);
        assertThat(links.centrality(LOW, Measure.DEGREE, GraphScope.ALL, 10, "case").ranking().get(0).value()).isEqualTo(1.0);
        assertThat(links.communities(LOW, GraphScope.ALL, "case").membership()).containsOnlyKeys("ops:a", "ops:b");
        assertThatThrownBy(() -> links.expand(LOW, List.of("ops:h"), 1, GraphScope.ALL, "case")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> links.paths(LOW, "ops:a", "ops:c", 1, 0, Set.of("ops:h"), GraphScope.ALL, "case"))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void pathsSkipHubsAndAvoidNamedEntities(TestDatabase db) {
        EntityStore store = StoreFixtures.store(db, new RecordingAuditLog());
        store.publish(List.of(
                entity("fin", "x", "Company", OPEN, "name", "X Ltd"), entity("fin", "y", "Company", OPEN, "name", "Y GmbH"),
                entity("fin", "bank", "Company", OPEN, "name", "Big Bank"), entity("fin", "m", "Person", OPEN, "name", "Middle Man"),
                entity("fin", "o1", "Ownership", OPEN, "owner", "x", "asset", "bank"),
                entity("fin", "o2", "Ownership", OPEN, "owner", "y", "asset", "bank"),
                entity("fin", "d1", "Directorship", OPEN, "director", "m", "organization", "x"),
                entity("fin", "d2", "Directorship", OPEN, "director", "m", "organization", "y"),
                entity("fin", "c1", "Company", OPEN, "name", "C1"), entity("fin", "o3", "Ownership", OPEN, "owner", "c1", "asset", "bank")));
        LinkAnalysis links = new LinkAnalysis(store);
        var all = links.paths(ANALYST, "fin:x", "fin:y", 2, 0, Set.of(), GraphScope.ALL, "case");
        assertThat(all.paths()).hasSize(2);
        var noHub = links.paths(ANALYST, "fin:x", "fin:y", 2, 2, Set.of(), GraphScope.ALL, "case");
        assertThat(noHub.paths()).hasSize(1);
        assertThat(noHub.paths().get(0).nodes()).extracting(Node::caption).containsExactly("X Ltd", "Middle Man", "Y GmbH");
        assertThat(noHub.paths().get(0).explanation()).isEqualTo("X Ltd (directs by) Middle Man, who directs Y GmbH.");
        assertThat(noHub.explanation()).contains("more than 2 links were not passed through");
        var avoid = links.paths(ANALYST, "fin:x", "fin:y", 2, 0, Set.of("fin:m"), GraphScope.ALL, "case");
        assertThat(avoid.paths()).singleElement().satisfies(p -> assertThat(p.nodes()).extracting(Node::id).contains("fin:bank"));
        var owners = links.expand(ANALYST, List.of("fin:bank"), 1, new GraphScope(Set.of("Ownership"), Set.of(), Optional.empty(),
                Optional.empty()), "case");
        assertThat(owners.nodes()).extracting(Node::id).containsExactlyInAnyOrder("fin:bank", "fin:x", "fin:y", "fin:c1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void sharedIdentifiersLinkEntitiesAcrossDatasetsAndMergesJoinNodes(TestDatabase db) {
        EntityStore store = StoreFixtures.store(db, new RecordingAuditLog());
        store.publish(List.of(
                entity("police", "p1", "Person", OPEN, "name", "Jean Dupont", "phone", "+33 6 12 34 56 78"),
                entity("telecom", "ph9", "Phone", OPEN, "number", "0033612345678"),
                entity("bank", "acc", "BankAccount", OPEN, "iban", "FR76 3000 6000 0112 3456 7890 189"),
                entity("customs", "p2", "Person", OPEN, "name", "J. Dupont", "iban", "FR7630006000011234567890189"),
                entity("customs", "p3", "Person", RESTRICTED, "name", "Secret", "phone", "+33612345678")));
        LinkAnalysis links = new LinkAnalysis(store);
        var shared = links.shared(LOW, Set.of(), "case");
        assertThat(shared.links()).hasSize(2);
        assertThat(shared.links()).extracting(Findings.SharedIdentifier::kind).containsExactlyInAnyOrder("phone", "iban");
        assertThat(shared.links()).allSatisfy(l -> assertThat(l.explanation()).contains("across datasets").doesNotContain("Secret"));
        assertThat(shared.links()).anySatisfy(l -> assertThat(l.explanation())
                .contains("share the phone number +33 6 12 34 56 78 / 0033612345678"));
        assertThat(links.shared(ANALYST, Set.of(), "case").links()).hasSize(4);

        store.publish(List.of(entity("police", "k", "Associate", OPEN, "person", "p1", "associate", "p9"),
                entity("police", "p9", "Person", OPEN, "name", "Paul"),
                entity("customs", "k2", "Associate", OPEN, "person", "p2", "associate", "q"),
                entity("customs", "q", "Person", OPEN, "name", "Quentin")));
        new MergeDesk(store).merge(ANALYST, "police:p1", "customs:p2", "same man");
        var hood = links.expand(ANALYST, List.of("customs:p2"), 1, GraphScope.ALL, "case");
        assertThat(hood.nodes()).extracting(Node::id).containsExactlyInAnyOrder("police:p1", "police:p9", "customs:q");
    }
}
