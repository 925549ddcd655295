package org.issa.matching.text;

/**
 * String similarities on already normalised text. Allocation-light: these run millions of times in
 * a screening batch.
 */
public final class Similarity {

    private Similarity() {
    }

    /** Jaro similarity in [0, 1]. */
    public static double jaro(CharSequence a, CharSequence b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return la == lb ? 1.0 : 0.0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        long matchedA = 0;
        boolean[] usedB = lb <= 64 ? null : new boolean[lb];
        long usedBits = 0;
        boolean[] flagsA = la <= 64 ? null : new boolean[la];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int lo = Math.max(0, i - window);
            int hi = Math.min(lb - 1, i + window);
            for (int j = lo; j <= hi; j++) {
                boolean used = usedB == null ? (usedBits & (1L << j)) != 0 : usedB[j];
                if (!used && b.charAt(j) == c) {
                    if (usedB == null) {
                        usedBits |= 1L << j;
                    } else {
                        usedB[j] = true;
                    }
                    if (flagsA == null) {
                        matchedA |= 1L << i;
                    } else {
                        flagsA[i] = true;
                    }
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            boolean mi = flagsA == null ? (matchedA & (1L << i)) != 0 : flagsA[i];
            if (!mi) {
                continue;
            }
            while (!(usedB == null ? (usedBits & (1L << j)) != 0 : usedB[j])) {
                j++;
            }
            if (a.charAt(i) != b.charAt(j)) {
                transpositions++;
            }
            j++;
        }
        double m = matches;
        return (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    }

    /** Jaro-Winkler: Jaro boosted by a common prefix of up to 4 characters when Jaro ≥ 0.7. */
    public static double jaroWinkler(CharSequence a, CharSequence b) {
        double j = jaro(a, b);
        if (j < 0.7) {
            return j;
        }
        int prefix = 0;
        int max = Math.min(4, Math.min(a.length(), b.length()));
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return j + prefix * 0.1 * (1.0 - j);
    }

    /**
     * Levenshtein distance, or {@code limit + 1} as soon as it is certain to exceed {@code limit}
     * (banded computation).
     */
    public static int levenshtein(CharSequence a, CharSequence b, int limit) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > limit) {
            return limit + 1;
        }
        if (la == 0 || lb == 0) {
            return Math.max(la, lb);
        }
        if (la <= 64 && ascii(a) && ascii(b)) {
            int d = myers(a, b);
            return d > limit ? limit + 1 : d;
        }
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[lb];
    }

    /**
     * {@link #levenshtein} for texts known to be ASCII (folded name parts), without checking.
     */
    public static int levenshteinAscii(CharSequence a, CharSequence b, int limit) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > limit) {
            return limit + 1;
        }
        if (la == 0 || lb == 0) {
            return Math.max(la, lb);
        }
        if (la > 64) {
            return levenshtein(a, b, limit);
        }
        int d = myers(a, b);
        return d > limit ? limit + 1 : d;
    }

    private static final ThreadLocal<long[]> PEQ = ThreadLocal.withInitial(() -> new long[128]);

    private static boolean ascii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * Levenshtein distance by Myers' bit-parallel algorithm (1999): one machine word holds a
     * column of the dynamic-programming matrix, so the cost is linear in the length of {@code b}.
     * {@code a} must be 1 to 64 ASCII characters.
     */
    static int myers(CharSequence a, CharSequence b) {
        int m = a.length();
        long[] peq = PEQ.get();
        for (int i = 0; i < m; i++) {
            peq[a.charAt(i)] |= 1L << i;
        }
        long pv = m == 64 ? -1L : (1L << m) - 1;
        long mv = 0;
        long last = 1L << (m - 1);
        int score = m;
        for (int j = 0; j < b.length(); j++) {
            long eq = peq[b.charAt(j)];
            long xv = eq | mv;
            long xh = (((eq & pv) + pv) ^ pv) | eq;
            long ph = mv | ~(xh | pv);
            long mh = pv & xh;
            if ((ph & last) != 0) {
                score++;
            } else if ((mh & last) != 0) {
                score--;
            }
            ph = (ph << 1) | 1;
            mh = mh << 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
        }
        for (int i = 0; i < m; i++) {
            peq[a.charAt(i)] = 0;
        }
        return score;
    }

    /**
     * A lower bound of the edit distance from the letters each side has that the other lacks
     * (each such letter needs at least one edit). Costs a pass over both strings.
     */
    public static int letterBound(CharSequence a, CharSequence b) {
        return letterBound(letters(a), letters(b));
    }

    /** {@link #letterBound} from two letter sets made by {@link #letters}. */
    public static int letterBound(long lettersA, long lettersB) {
        return Math.max(Long.bitCount(lettersA & ~lettersB), Long.bitCount(lettersB & ~lettersA));
    }

    /** The characters of a text as bits (character code modulo 64). */
    public static long letters(CharSequence s) {
        long m = 0;
        for (int i = 0; i < s.length(); i++) {
            m |= 1L << (s.charAt(i) & 63);
        }
        return m;
    }

    /** Damerau (optimal string alignment) distance: Levenshtein plus adjacent transpositions. */
    public static int osa(CharSequence a, CharSequence b) {
        int la = a.length();
        int lb = b.length();
        int[][] d = new int[la + 1][lb + 1];
        for (int i = 0; i <= la; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= lb; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= la; i++) {
            for (int j = 1; j <= lb; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[la][lb];
    }

    /**
     * Whether two strings are at most one edit apart: equal, or one insertion, deletion,
     * substitution or swap of two neighbouring characters (optimal string alignment distance ≤ 1).
     * Linear time, no allocation.
     */
    public static boolean withinOneEdit(CharSequence a, CharSequence b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int p = 0;
        int min = Math.min(la, lb);
        while (p < min && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        if (p == min) {
            return true;
        }
        if (la == lb) {
            if (regionEquals(a, p + 1, b, p + 1, la - p - 1)) {
                return true;
            }
            return p + 1 < la && a.charAt(p) == b.charAt(p + 1) && a.charAt(p + 1) == b.charAt(p)
                    && regionEquals(a, p + 2, b, p + 2, la - p - 2);
        }
        return la > lb ? regionEquals(a, p + 1, b, p, lb - p) : regionEquals(a, p, b, p + 1, la - p);
    }

    private static boolean regionEquals(CharSequence a, int ia, CharSequence b, int ib, int length) {
        for (int k = 0; k < length; k++) {
            if (a.charAt(ia + k) != b.charAt(ib + k)) {
                return false;
            }
        }
        return true;
    }

    /** 1 − distance / longer length, in [0, 1]. */
    public static double levenshteinSimilarity(CharSequence a, CharSequence b) {
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 1.0;
        }
        return 1.0 - (double) levenshtein(a, b, max) / max;
    }
}
