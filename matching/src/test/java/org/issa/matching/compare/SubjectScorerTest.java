package org.issa.matching.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.Name;
import org.issa.matching.model.NameStrength;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;
import org.junit.jupiter.api.Test;

class SubjectScorerTest {

    private final SubjectScorer scorer = new SubjectScorer();

    private double score(Schema schema, String query, String candidate) {
        return scorer.compare(Subject.named("q", schema, query), Subject.named("c", schema, candidate)).score();
    }

    private static Subject person(String name, String dob, String country, Gender g, NameStrength strength) {
        return new Subject("x", Schema.PERSON, List.of(Name.of(name, strength)),
                dob == null ? List.of() : List.of(BirthDate.parse(dob)), country == null ? List.of() : List.of(country),
                g, List.of(), Map.of());
    }

    @Test
    void identicalNamesInAnyOrderAndCaseScoreOne() {
        assertThat(score(Schema.PERSON, "Vladimir Putin", "PUTIN, Vladimir")).isEqualTo(1.0);
        assertThat(score(Schema.PERSON, "Владимир Путин", "Vladimir Putin")).isEqualTo(1.0);
        assertThat(score(Schema.COMPANY, "A.B.C. Company", "ABC Company")).isEqualTo(1.0);
    }

    @Test
    void toleratesTyposAndTransliterationVariants() {
        assertThat(score(Schema.PERSON, "Muhammad bin Salman", "Mohammed bin Salman")).isGreaterThan(0.9);
        assertThat(score(Schema.PERSON, "Emmanuel Macrone", "Emmanuel Macron")).isGreaterThan(0.85);
        assertThat(score(Schema.PERSON, "Wladimir Putin", "Vladimir Putin")).isGreaterThan(0.85);
        assertThat(score(Schema.PERSON, "Aleksandr Lukashenko", "Alexander Lukashenko")).isGreaterThan(0.9);
        assertThat(score(Schema.PERSON, "FridrichBuchenberg", "Friedrich Buchenberg")).isGreaterThan(0.8);
    }

    @Test
    void aDifferentPartWeighsMoreThanAMissingOne() {
        double missing = score(Schema.PERSON, "Jamal Sultan al-Tikriti", "Jamal Mustafa Abdallah Sultan al-Tikriti");
        double different = score(Schema.PERSON, "Barack Obama", "Michelle Obama");
        assertThat(missing).isGreaterThan(0.75);
        assertThat(different).isLessThan(0.5);
    }

    @Test
    void leftoversCountMoreOnTheQuerySide() {
        double queryHasMore = score(Schema.PERSON, "Ali Hassan Mahmoud", "Ali Mahmoud");
        double candidateHasMore = score(Schema.PERSON, "Ali Mahmoud", "Ali Hassan Mahmoud");
        assertThat(candidateHasMore).isGreaterThan(queryHasMore);
    }

    @Test
    void genericWordsAndLegalFormsAloneDoNotMatch() {
        assertThat(score(Schema.COMPANY, "Emma Trading LLC", "Global Trading LLC")).isLessThan(0.5);
        assertThat(score(Schema.COMPANY, "11420 Corp.", "Belletech Corp")).isLessThan(0.5);
        assertThat(score(Schema.COMPANY, "Al Noor Company", "Al Amal Company")).isLessThan(0.5);
        assertThat(score(Schema.COMPANY, "Gazprom Neft JSC", "Gazprom Neft OAO")).isGreaterThan(0.8);
    }

    @Test
    void numbersMustAgree() {
        assertThat(score(Schema.VESSEL, "Snow Storm 1", "Snow Storm 2")).isLessThan(0.7);
        assertThat(score(Schema.VESSEL, "Snow Storm 2", "Snow Storm 2")).isEqualTo(1.0);
    }

    @Test
    void singleWordWeakAliasesNeverMakeAStrongHit() {
        Subject q = person("Chief", null, null, Gender.UNKNOWN, NameStrength.PRIMARY);
        Subject c = person("Chief", null, null, Gender.UNKNOWN, NameStrength.WEAK);
        Comparison r = scorer.compare(q, c);
        assertThat(r.score()).isLessThanOrEqualTo(0.6);
        assertThat(r.explanation().features().get(0).evidence()).contains("weak alias");
    }

    @Test
    void birthDatesAdjustTheScoreAndAreExplained() {
        Subject base = person("Ivan Petrov", "1970-05-14", null, Gender.UNKNOWN, NameStrength.PRIMARY);
        double same = scorer.compare(base, person("Ivan Petrov", "1970-05-14", null, Gender.UNKNOWN, NameStrength.PRIMARY)).score();
        double swapped = scorer.compare(person("Ivan Petrov", "1970-05-12", null, Gender.UNKNOWN, NameStrength.PRIMARY),
                person("Ivan Petrov", "1970-12-05", null, Gender.UNKNOWN, NameStrength.PRIMARY)).score();
        Comparison other = scorer.compare(base, person("Ivan Petrov", "1981-02-03", null, Gender.UNKNOWN, NameStrength.PRIMARY));
        double inRange = scorer.compare(base, new Subject("x", Schema.PERSON, List.of(Name.of("Ivan Petrov")),
                List.of(BirthDate.range(1968, 1972)), List.of(), Gender.UNKNOWN, List.of(), Map.of())).score();
        assertThat(same).isEqualTo(1.0);
        assertThat(swapped).isLessThan(1.0).isGreaterThan(other.score());
        assertThat(inRange).isEqualTo(1.0);
        assertThat(other.score()).isEqualTo(0.8);
        assertThat(other.explanation().features()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("date of birth");
            assertThat(f.evidence()).contains("different year");
            assertThat(f.contribution()).isEqualTo(-0.2);
        });
        assertThat(other.explanation().summary()).contains("lowered by date of birth");
    }

    @Test
    void birthDateLevels() {
        assertThat(BirthDateComparison.level(BirthDate.parse("1970-05-14"), BirthDate.parse("1970-05-15")))
                .isEqualTo(BirthDateComparison.Level.ONE_DIGIT);
        assertThat(BirthDateComparison.level(BirthDate.parse("1970"), BirthDate.parse("1970-05-15")))
                .isEqualTo(BirthDateComparison.Level.COMPATIBLE);
        assertThat(BirthDateComparison.level(BirthDate.circa(1970), BirthDate.parse("1972-01-01")))
                .isEqualTo(BirthDateComparison.Level.IN_RANGE);
        assertThat(BirthDateComparison.level(BirthDate.circa(1970), BirthDate.parse("1975-01-01")))
                .isEqualTo(BirthDateComparison.Level.DIFFERENT);
        assertThat(BirthDateComparison.level(BirthDate.parse("1970-03-01"), BirthDate.parse("1970-09-20")))
                .isEqualTo(BirthDateComparison.Level.SAME_YEAR);
    }

    @Test
    void countryAndGenderMismatchesLowerTheScore() {
        Subject q = person("Ivan Petrov", null, "RU", Gender.MALE, NameStrength.PRIMARY);
        assertThat(scorer.compare(q, person("Ivan Petrov", null, "RU", Gender.MALE, NameStrength.PRIMARY)).score()).isEqualTo(1.0);
        assertThat(scorer.compare(q, person("Ivan Petrov", null, "UA", Gender.MALE, NameStrength.PRIMARY)).score()).isEqualTo(0.9);
        assertThat(scorer.compare(q, person("Ivan Petrov", null, "RU", Gender.FEMALE, NameStrength.PRIMARY)).score()).isCloseTo(0.82, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void anIdenticalIdentifierIsStrongEvidenceEvenWithAnotherName() {
        Subject q = new Subject("q", Schema.VESSEL, List.of(Name.of("Sea Star")), List.of(), List.of(), Gender.UNKNOWN,
                List.of(new Identifier("IMO", "IMO 9123456", null)), Map.of());
        Subject c = new Subject("c", Schema.VESSEL, List.of(Name.of("Ocean Pearl")), List.of(), List.of(), Gender.UNKNOWN,
                List.of(new Identifier("IMO number", "9123456", null)), Map.of());
        Comparison r = scorer.compare(q, c);
        assertThat(r.score()).isEqualTo(0.95);
        assertThat(r.explanation().features()).anySatisfy(f -> assertThat(f.evidence()).contains("9123456"));
    }

    @Test
    void theExplanationNamesTheAlignedParts() {
        Comparison r = scorer.compare(Subject.named("q", Schema.PERSON, "Mohamed Ali Hassan"),
                Subject.named("c", Schema.PERSON, "Muhammad Ali"));
        String evidence = r.explanation().features().get(0).evidence();
        assertThat(evidence).contains("mohamed ≈ muhammad (the same name in another language or spelling")
                .contains("not found in the candidate: hassan");
        assertThat(r.explanation().summary()).contains("match on the name 'Muhammad Ali'").contains("score 0.");
    }
}
