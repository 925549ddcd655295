package org.issa.matching.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.issa.matching.text.Similarity;

/**
 * Names and free text: exact, then Jaro-Winkler at or above each threshold in turn, else
 * different. With {@code tokenOrderFree} (full names), the words of both values are also compared
 * in sorted order and the better similarity is kept, so "smith john" meets "john smith".
 */
public record SimilarityComparison(Field field, boolean tokenOrderFree, double... thresholds)
        implements FieldComparison {

    public SimilarityComparison {
        thresholds = thresholds.clone();
        for (int i = 1; i < thresholds.length; i++) {
            if (thresholds[i] >= thresholds[i - 1]) {
                throw new IllegalArgumentException("thresholds must decrease: " + Arrays.toString(thresholds));
            }
        }
    }

    @Override
    public List<String> levels() {
        List<String> l = new ArrayList<>();
        l.add("exact");
        for (double t : thresholds) {
            l.add(String.format(Locale.ROOT, "Jaro-Winkler ≥ %.2f", t));
        }
        l.add("different");
        return l;
    }

    @Override
    public int level(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        double s = Similarity.jaroWinkler(a, b);
        if (tokenOrderFree && a.indexOf(' ') >= 0 && b.indexOf(' ') >= 0) {
            s = Math.max(s, Similarity.jaroWinkler(sorted(a), sorted(b)));
        }
        for (int i = 0; i < thresholds.length; i++) {
            if (s >= thresholds[i]) {
                return i + 1;
            }
        }
        return thresholds.length + 1;
    }

    private static String sorted(String s) {
        String[] words = s.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimilarityComparison c && c.field == field && c.tokenOrderFree == tokenOrderFree
                && Arrays.equals(c.thresholds, thresholds);
    }

    @Override
    public int hashCode() {
        return field.hashCode() * 31 + Arrays.hashCode(thresholds);
    }

    @Override
    public String toString() {
        return field + " " + levels();
    }
}
