package org.issa.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarityTest {

    /** Plain dynamic programming, the reference the fast paths must agree with. */
    private static int reference(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }

    private static String random(Random r, int max) {
        int n = r.nextInt(max + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + r.nextInt(5)));
        }
        return b.toString();
    }

    @Test
    void bitParallelLevenshteinAgreesWithTheReference() {
        Random r = new Random(5);
        for (int k = 0; k < 20_000; k++) {
            String a = random(r, 70);
            String b = random(r, 70);
            int expected = reference(a, b);
            int limit = 100;
            assertThat(Similarity.levenshtein(a, b, limit)).as(a + " / " + b).isEqualTo(expected);
            assertThat(Similarity.levenshtein(a, b, 3)).isEqualTo(Math.min(expected, 4));
            assertThat(Similarity.letterBound(a, b)).isLessThanOrEqualTo(expected);
        }
    }

    @Test
    void knownDistancesAndSimilarities() {
        assertThat(Similarity.levenshtein("kitten", "sitting", 10)).isEqualTo(3);
        assertThat(Similarity.levenshtein("scholz", "schulze", 10)).isEqualTo(2);
        assertThat(Similarity.osa("abdurrahim", "abdurrahmi")).isEqualTo(1);
        assertThat(Similarity.jaroWinkler("martha", "marhta")).isBetween(0.96, 0.97);
        assertThat(Similarity.jaro("", "")).isEqualTo(1.0);
        assertThat(Similarity.levenshteinSimilarity("abc", "abc")).isEqualTo(1.0);
        assertThat(Similarity.letterBound("mohammed", "xyz")).isEqualTo(6);
    }
}
