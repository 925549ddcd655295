package org.issa.matching.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.issa.matching.text.Similarity;
import org.junit.jupiter.api.Test;

class FieldComparisonTest {

    private final FieldComparison name = FieldComparison.forField(Field.FAMILY_NAME);
    private final FieldComparison dob = FieldComparison.forField(Field.DATE_OF_BIRTH);
    private final FieldComparison postcode = FieldComparison.forField(Field.POSTCODE);
    private final FieldComparison email = FieldComparison.forField(Field.EMAIL);

    @Test
    void missingValueIsTheNullLevel() {
        assertThat(name.compare(null, "smith")).isEqualTo(FieldComparison.NULL);
        assertThat(dob.compare("19560409", null)).isEqualTo(FieldComparison.NULL);
    }

    @Test
    void namesGoExactThenJaroWinklerThresholdsThenDifferent() {
        assertThat(name.levels()).containsExactly("exact", "Jaro-Winkler ≥ 0.92", "Jaro-Winkler ≥ 0.88",
                "Jaro-Winkler ≥ 0.70", "different");
        assertThat(name.level("taylor", "taylor")).isZero();
        assertThat(Similarity.jaroWinkler("taylor", "taylour")).isGreaterThanOrEqualTo(0.92);
        assertThat(name.level("taylor", "taylour")).isEqualTo(1);
        double jw = Similarity.jaroWinkler("coper", "cooper");
        assertThat(name.level("coper", "cooper")).isEqualTo(jw >= 0.92 ? 1 : jw >= 0.88 ? 2 : 3);
        assertThat(name.level("oew", "owen")).isEqualTo(3);
        assertThat(name.level("smith", "kowalski")).isEqualTo(4);
    }

    @Test
    void fullNamesCompareRegardlessOfWordOrder() {
        FieldComparison full = FieldComparison.forField(Field.FULL_NAME);
        assertThat(full.level("noah watson", "watson noah")).isEqualTo(1);
    }

    @Test
    void datesExactOneEditWithinAYearDifferent() {
        assertThat(dob.level("19560409", "19560409")).isZero();
        assertThat(dob.level("19560409", "19650409")).as("swapped digits").isEqualTo(1);
        assertThat(dob.level("19560409", "19560419")).as("one digit").isEqualTo(1);
        assertThat(dob.level("19560409", "19561122")).as("same year").isEqualTo(2);
        assertThat(dob.level("20151029", "20160127")).as("90 days across new year").isEqualTo(2);
        assertThat(dob.level("19560409", "19700101")).isEqualTo(3);
    }

    @Test
    void invalidCalendarDatesStillCompareByDigits() {
        assertThat(dob.level("19560231", "19560231")).isZero();
        assertThat(dob.level("19560231", "19560221")).isEqualTo(1);
        assertThat(dob.level("19561331", "19560101")).as("same year, no calendar needed").isEqualTo(2);
        assertThat(dob.level("19561331", "19571201")).isEqualTo(3);
    }

    @Test
    void codesExactOneEditDifferent() {
        assertThat(postcode.levels()).containsExactly("exact", "one edit apart", "different");
        assertThat(postcode.level("2119", "2119")).isZero();
        assertThat(postcode.level("2119", "2191")).isEqualTo(1);
        assertThat(postcode.level("2119", "3165")).isEqualTo(2);
        assertThat(FieldComparison.forField(Field.STATE).level("nsw", "nws")).isEqualTo(1);
    }

    @Test
    void emailsAlsoMatchOnLocalPartAndOnCloseSpelling() {
        assertThat(email.level("hannah88@powers.com", "hannah88@powers.com")).isZero();
        assertThat(email.level("hannah88@powers.com", "hannah88@power.com")).isEqualTo(1);
        assertThat(email.level("hannah88@powers.com", "hannah88@gmail.com")).isEqualTo(2);
        assertThat(email.level("toddsean@wilkins-burton.biz", "toddseon@wilkins-buran.biz")).isEqualTo(3);
        assertThat(email.level("hannah88@powers.com", "matthew78@ballard.net")).isEqualTo(4);
    }

    @Test
    void thresholdsMustDecrease() {
        assertThatThrownBy(() -> new SimilarityComparison(Field.CITY, false, 0.7, 0.9))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withinOneEditAgreesWithOptimalStringAlignment() {
        Random rnd = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            String a = randomWord(rnd);
            String b = rnd.nextBoolean() ? mutate(a, rnd) : randomWord(rnd);
            assertThat(Similarity.withinOneEdit(a, b)).as(a + " / " + b).isEqualTo(Similarity.osa(a, b) <= 1);
        }
    }

    private static String randomWord(Random rnd) {
        StringBuilder b = new StringBuilder();
        int n = rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + rnd.nextInt(3)));
        }
        return b.toString();
    }

    private static String mutate(String a, Random rnd) {
        StringBuilder b = new StringBuilder(a);
        int edits = rnd.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int op = rnd.nextInt(4);
            int i = b.isEmpty() ? 0 : rnd.nextInt(b.length());
            switch (op) {
                case 0 -> b.insert(i, (char) ('a' + rnd.nextInt(3)));
                case 1 -> {
                    if (!b.isEmpty()) {
                        b.deleteCharAt(i);
                    }
                }
                case 2 -> {
                    if (!b.isEmpty()) {
                        b.setCharAt(i, (char) ('a' + rnd.nextInt(3)));
                    }
                }
                default -> {
                    if (i + 1 < b.length()) {
                        char c = b.charAt(i);
                        b.setCharAt(i, b.charAt(i + 1));
                        b.setCharAt(i + 1, c);
                    }
                }
            }
        }
        return b.toString();
    }
}
