package org.issa.matching.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.Name;
import org.issa.matching.model.NameStrength;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {

    private static final EnumSet<Field> PEOPLE = EnumSet.of(Field.GIVEN_NAME, Field.FAMILY_NAME,
            Field.DATE_OF_BIRTH, Field.CITY, Field.EMAIL);

    private static SyntheticPeople people;
    private static Resolution resolution;

    @BeforeAll
    static void resolveGeneratedPeople() {
        people = new SyntheticPeople(400, 99);
        resolution = Deduplicator.forFields(PEOPLE).resolve(people.records);
    }

    @Test
    void deduplicatesGeneratedPeopleWithoutLabels() {
        Resolution r = resolution;

        PairwiseEvaluation e = PairwiseEvaluation.of(r.clustersById(), people.truth());
        assertThat(e.f1()).as(e.toString()).isGreaterThanOrEqualTo(0.95);
        double trueLambda = (double) e.truePairs() / r.blocking().totalPairs();
        assertThat(r.model().lambda()).isBetween(trueLambda / 1.5, trueLambda * 1.5);
        assertThat(r.model().iterations()).isBetween(1, 25);
        assertThat(r.blocking().reductionRatio()).isGreaterThan(0.8);
    }

    @Test
    void theSameInputGivesTheSameResult() {
        SyntheticPeople few = new SyntheticPeople(150, 4);
        Deduplicator d = Deduplicator.forFields(PEOPLE);
        Resolution a = d.resolve(few.records);
        Resolution b = d.resolve(few.records);
        assertThat(a.clusters()).isEqualTo(b.clusters());
        assertThat(a.model().describe()).isEqualTo(b.model().describe());
        assertThat(a.pairs()).isEqualTo(b.pairs());
    }

    @Test
    void explainsAPairFieldByField() {
        Resolution r = resolution;
        ScoredPair best = r.pairs().stream().max(java.util.Comparator.comparingDouble(ScoredPair::weight)).orElseThrow();
        PairExplanation x = r.explain(best.left(), best.right());

        assertThat(x.fields()).extracting(FieldEvidence::field).containsExactly(Field.GIVEN_NAME,
                Field.FAMILY_NAME, Field.DATE_OF_BIRTH, Field.CITY, Field.EMAIL);
        double sum = x.priorWeight() + x.fields().stream().mapToDouble(FieldEvidence::contribution).sum();
        assertThat(x.weight()).isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(x.weight()).isCloseTo(best.weight(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(x.probability()).isEqualTo(FellegiSunterModel.probability(x.weight()));
        for (FieldEvidence f : x.fields()) {
            if (!f.isMissing()) {
                assertThat(f.bayesFactor()).isEqualTo(f.m() / f.u());
            }
        }
        assertThat(x.text()).contains("match probability", "true matches look like this", "unrelated records",
                "times likelier");
    }

    @Test
    void swappedNamesAreComparedCrosswise() {
        List<ResolutionRecord> records = List.of(
                person("0", "Noah", "Watson", "2008-03-23", "Bolton", "matthew78@ballard.net"),
                person("1", "Watson", "Noah", "2008-03-23", "Bolton", "matthew78@ballard.net"),
                person("2", "Molly", "Bell", "2002-01-05", "Peterborough", "ric@adams.info"),
                person("3", "Amelia", "Alexander", "1983-05-19", "Glasgow", "icampbell@allen-lewis.org"),
                person("4", "Oliver", "Connolly", "1972-03-08", "Plymouth", "derek@norris.com"));
        Resolution r = Deduplicator.forFields(PEOPLE).resolve(records);
        PairExplanation x = r.explain(0, 1);
        assertThat(x.namesSwapped()).isTrue();
        assertThat(x.fields().get(0).level()).isEqualTo("exact");
        assertThat(x.fields().get(1).level()).isEqualTo("exact");
        assertThat(x.text()).contains("crosswise");
    }

    @Test
    void linksTwoDatasetsComparingOnlyAcrossThem() {
        SyntheticPeople two = new SyntheticPeople(200, 21);
        List<ResolutionRecord> left = new java.util.ArrayList<>();
        List<ResolutionRecord> right = new java.util.ArrayList<>();
        for (int i = 0; i < two.records.size(); i++) {
            (i % 2 == 0 ? left : right).add(two.records.get(i));
        }
        Resolution r = Deduplicator.forFields(PEOPLE).link(left, right);

        assertThat(r.isLink()).isTrue();
        assertThat(r.leftSize()).isEqualTo(left.size());
        assertThat(r.blocking().totalPairs()).isEqualTo((long) left.size() * right.size());
        assertThat(r.pairs()).allSatisfy(p -> {
            assertThat(p.left()).isLessThan(left.size());
            assertThat(p.right()).isGreaterThanOrEqualTo(left.size());
        });
        // quality on the links across the datasets: pairs (left, right) with the same entity
        Map<String, Integer> truth = two.truth();
        long linkedTrue = r.pairs().stream().filter(p -> p.probability() >= 0.5)
                .filter(p -> truth.get(r.records().get(p.left()).id()).equals(truth.get(r.records().get(p.right()).id())))
                .count();
        long linked = r.pairs().stream().filter(p -> p.probability() >= 0.5).count();
        long trueCross = 0;
        for (ResolutionRecord a : left) {
            for (ResolutionRecord b : right) {
                if (truth.get(a.id()).equals(truth.get(b.id()))) {
                    trueCross++;
                }
            }
        }
        assertThat((double) linkedTrue / linked).as("precision of links").isGreaterThan(0.95);
        assertThat((double) linkedTrue / trueCross).as("recall of links").isGreaterThan(0.9);
    }

    @Test
    void calibrationComparesEmWithLabelledM() {
        Calibration c = Calibration.of(resolution, people.truth());
        assertThat(c.labelledMatches()).isPositive();
        assertThat(c.maxDifference()).as(c.toString()).isLessThan(0.05);
        assertThat(c.f1AtBestThreshold()).isGreaterThanOrEqualTo(c.f1AtThreshold());
        assertThat(c.levels()).hasSize(5 + 5 + 4 + 4 + 5);
    }

    @Test
    void subjectsBecomeRecords() {
        Subject s = new Subject("S1", Schema.PERSON,
                List.of(Name.ofParts("José", null, "García", NameStrength.PRIMARY)),
                List.of(BirthDate.parse("1970-02-03")), List.of("ES"), Gender.MALE,
                List.of(new Identifier("passport", "X 123", "ES")), Map.of("city", "Sevilla", "email", "j@g.es"));
        ResolutionRecord r = ResolutionRecord.fromSubject(s);
        assertThat(r.values()).containsEntry(Field.GIVEN_NAME, "José").containsEntry(Field.FAMILY_NAME, "García")
                .containsEntry(Field.FULL_NAME, "José García").containsEntry(Field.DATE_OF_BIRTH, "19700203")
                .containsEntry(Field.IDENTIFIER, "X123").containsEntry(Field.CITY, "Sevilla")
                .containsEntry(Field.EMAIL, "j@g.es");
        Subject yearOnly = new Subject("S2", Schema.PERSON, List.of(Name.of("Ann Lee")), List.of(BirthDate.year(1970)),
                null, null, null, null);
        assertThat(ResolutionRecord.fromSubject(yearOnly).values()).containsEntry(Field.DATE_OF_BIRTH, "1970")
                .containsEntry(Field.FULL_NAME, "Ann Lee").doesNotContainKey(Field.GIVEN_NAME);
    }

    @Test
    void noRecordOrOneRecordIsNoProblem() {
        Deduplicator d = Deduplicator.forFields(PEOPLE);
        assertThat(d.resolve(List.of()).clusterCount()).isZero();
        Resolution one = d.resolve(List.of(person("1", "a", "b", "2000-01-01", "x", "y")));
        assertThat(one.clusters()).containsExactly(0);
        assertThat(one.pairs()).isEmpty();
        assertThat(one.blocking().totalPairs()).isZero();
    }

    @Test
    void refusesEmptyLinksAndSettingsOutOfRange() {
        Deduplicator d = Deduplicator.forFields(PEOPLE);
        assertThatThrownBy(() -> d.link(List.of(), List.of(person("1", "a", "b", "2000-01-01", "x", "y"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResolutionSettings.defaults().withThreshold(1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ResolutionRecord person(String id, String given, String family, String dob, String city,
                                           String email) {
        return new ResolutionRecord(id, Map.of(Field.GIVEN_NAME, given, Field.FAMILY_NAME, family,
                Field.DATE_OF_BIRTH, dob, Field.CITY, city, Field.EMAIL, email));
    }
}
