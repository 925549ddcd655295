package org.issa.matching.compare;

import org.issa.matching.names.NamePart;
import org.issa.matching.names.NameTables;
import org.issa.matching.names.PartKind;
import org.issa.matching.text.Similarity;

/**
 * How alike two name parts are, and why: identical, the same given name in another language or
 * spelling, a nickname, the same phonetic skeleton, an initial, or a typing or transliteration
 * variant within an edit budget that grows with the length of the part (one edit in a short name
 * is much more than one edit in a long one).
 */
public final class PartSimilarity {

    /** Why two parts were found alike; the words go into explanations. */
    public enum Reason {
        IDENTICAL("identical"),
        EQUIVALENT("the same name in another language or spelling"),
        NICKNAME("a usual short form"),
        SOUND("sounds the same (transliteration variant)"),
        INITIAL("initial"),
        LEGAL_FORM("legal form"),
        VARIANT("spelling variant or typing error"),
        DIFFERENT("different");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** An initial standing for a whole name: some evidence, far from proof. */
    static final double INITIAL_FOR_NAME = 0.7;

    private final NameTables tables;
    private final double tolerance;

    public PartSimilarity(NameTables tables, ScoringConfig config) {
        this.tables = tables;
        this.tolerance = config.typoTolerance();
    }

    public double similarity(NamePart a, NamePart b) {
        String x = a.text();
        String y = b.text();
        if (x.equals(y)) {
            return 1.0;
        }
        PartKind ka = a.kind();
        PartKind kb = b.kind();
        if (ka == PartKind.NUMBER || kb == PartKind.NUMBER) {
            return 0.0;
        }
        if (ka == PartKind.INITIAL || kb == PartKind.INITIAL) {
            if (x.charAt(0) != y.charAt(0)) {
                return 0.0;
            }
            return ka == kb ? 1.0 : INITIAL_FOR_NAME;
        }
        if (ka == PartKind.LEGAL_FORM || kb == PartKind.LEGAL_FORM) {
            return ka == kb ? 0.6 : 0.0;
        }
        if (a.group() >= 0 && a.group() == b.group()) {
            return 0.95;
        }
        if (tables.nicknames(x, y)) {
            return 0.85;
        }
        boolean sameSound = a.skeleton().length() >= 4 && x.charAt(0) == y.charAt(0) && a.skeleton().equals(b.skeleton());
        return fuzzy(x, y, a.letters(), b.letters(), sameSound);
    }

    double fuzzy(String x, String y, boolean sameSound) {
        return fuzzy(x, y, Similarity.letters(x), Similarity.letters(y), sameSound);
    }

    /**
     * Whether two texts of these lengths and letter sets can be close variants ({@link #fuzzy} of
     * 0.85 or more without a common sound): not when more letters differ than the edit budget.
     */
    boolean mayBeVariants(int lengthX, int lengthY, long lettersX, long lettersY) {
        return Similarity.letterBound(lettersX, lettersY) <= Math.max(1.0, Math.max(lengthX, lengthY) * tolerance);
    }

    double fuzzy(String x, String y, long lettersX, long lettersY, boolean sameSound) {
        int longer = Math.max(x.length(), y.length());
        double budget = Math.max(1.0, longer * tolerance);
        int limit = (int) Math.ceil(budget * 2);
        if (Similarity.letterBound(lettersX, lettersY) > limit) {
            return sameSound ? 0.85 : 0.0;
        }
        int d = Similarity.levenshteinAscii(x, y, limit);
        if (d > limit) {
            return sameSound ? 0.85 : 0.0;
        }
        if (d == 2 && Similarity.osa(x, y) < d) {
            d = 1; // two letters swapped
        }
        double r = d / budget;
        double sim = r <= 1 ? 1.0 - 0.15 * r : Math.max(0.0, 0.85 - 1.5 * (r - 1));
        if (longer <= 4) {
            sim -= 0.2; // "kim" vs "kin": one letter is a third of the name
        }
        if (x.charAt(0) != y.charAt(0)) {
            sim -= 0.1;
        }
        if (sameSound) {
            sim = Math.max(sim, 0.85);
        }
        return Math.max(0.0, sim);
    }

    public Reason reason(NamePart a, NamePart b, double similarity) {
        if (a.text().equals(b.text())) {
            return Reason.IDENTICAL;
        }
        if (similarity <= 0) {
            return Reason.DIFFERENT;
        }
        if (a.kind() == PartKind.INITIAL || b.kind() == PartKind.INITIAL) {
            return Reason.INITIAL;
        }
        if (a.kind() == PartKind.LEGAL_FORM) {
            return Reason.LEGAL_FORM;
        }
        if (a.group() >= 0 && a.group() == b.group()) {
            return Reason.EQUIVALENT;
        }
        if (tables.nicknames(a.text(), b.text())) {
            return Reason.NICKNAME;
        }
        if (a.skeleton().equals(b.skeleton())) {
            return Reason.SOUND;
        }
        return Reason.VARIANT;
    }
}
