package org.issa.matching.resolution;

import java.util.List;
import org.issa.matching.text.Similarity;

/**
 * Puts a pair of records through every field comparison, after one alignment step: when both
 * given and family names are compared and the second record's two parts fit the first record's
 * better the other way round ("Watson, Noah" against "Noah Watson"), they are compared crosswise.
 * The same rule is applied to random pairs when u is estimated, so the extra agreement it creates
 * by chance is priced in.
 */
final class PairComparer {

    private final FieldComparison[] comparisons;
    private final int given;
    private final int family;

    PairComparer(List<FieldComparison> comparisons) {
        this.comparisons = comparisons.toArray(FieldComparison[]::new);
        int g = -1;
        int f = -1;
        for (int i = 0; i < this.comparisons.length; i++) {
            if (this.comparisons[i].field() == Field.GIVEN_NAME) {
                g = i;
            } else if (this.comparisons[i].field() == Field.FAMILY_NAME) {
                f = i;
            }
        }
        this.given = g;
        this.family = f < 0 || g < 0 ? -1 : f;
    }

    int size() {
        return comparisons.length;
    }

    FieldComparison comparison(int i) {
        return comparisons[i];
    }

    /**
     * Writes the level of every comparison for records with values {@code a} and {@code b} (one
     * value per comparison, same order) into {@code out} from {@code offset}.
     *
     * @return whether the given and family names were compared crosswise
     */
    boolean compare(String[] a, String[] b, byte[] out, int offset) {
        boolean swap = swapped(a, b);
        for (int i = 0; i < comparisons.length; i++) {
            int j = i;
            if (swap && i == given) {
                j = family;
            } else if (swap && i == family) {
                j = given;
            }
            out[offset + i] = (byte) comparisons[i].compare(a[i], b[j]);
        }
        return swap;
    }

    /** Whether b's given and family names match a's better crosswise than straight. */
    boolean swapped(String[] a, String[] b) {
        if (family < 0) {
            return false;
        }
        double straight = sim(a[given], b[given]) + sim(a[family], b[family]);
        double cross = sim(a[given], b[family]) + sim(a[family], b[given]);
        return cross > straight;
    }

    private static double sim(String x, String y) {
        return x == null || y == null ? 0 : Similarity.jaroWinkler(x, y);
    }
}
