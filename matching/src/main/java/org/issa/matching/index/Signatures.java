package org.issa.matching.index;

import java.util.List;
import org.issa.matching.compare.PreparedSubject;
import org.issa.matching.names.AnalysedName;
import org.issa.matching.names.NamePart;
import org.issa.matching.names.PartKind;

/**
 * A 128-bit Bloom signature per entry, and one per entry name, of the texts, given-name groups
 * and phonetic skeletons of the name parts (two bits each), so that the index can tell cheaply
 * whether an entry, or one of its names, found through a rare part also holds a common one.
 */
final class Signatures {

    /** Entry e's 128 bits at 2e and 2e + 1: one cache line, not two. */
    private final long[] ab;
    /** Where an entry's names start in {@link #nameAB} (in pairs of words). */
    private final int[] firstName;
    /** The same per name, at 2(firstName[e] + n). */
    private final long[] nameAB;

    private Signatures(long[] ab, int[] firstName, long[] nameAB) {
        this.ab = ab;
        this.firstName = firstName;
        this.nameAB = nameAB;
    }

    static Signatures of(PreparedSubject[] entries) {
        long[] ab = new long[entries.length * 2];
        int[] firstName = new int[entries.length + 1];
        int names = 0;
        for (int e = 0; e < entries.length; e++) {
            firstName[e] = names;
            names += entries[e].names().size();
        }
        firstName[entries.length] = names;
        long[] nameAB = new long[names * 2];
        long[] bits = new long[2];
        for (int e = 0; e < entries.length; e++) {
            List<AnalysedName> entryNames = entries[e].names();
            for (int n = 0; n < entryNames.size(); n++) {
                bits[0] = 0;
                bits[1] = 0;
                for (NamePart p : entryNames.get(n).parts()) {
                    if (p.counts() && p.kind() != PartKind.INITIAL) {
                        exactBits(p, bits);
                        soundBits(p, bits);
                    }
                }
                nameAB[2 * (firstName[e] + n)] = bits[0];
                nameAB[2 * (firstName[e] + n) + 1] = bits[1];
                ab[2 * e] |= bits[0];
                ab[2 * e + 1] |= bits[1];
            }
        }
        return new Signatures(ab, firstName, nameAB);
    }

    /** The bits of a part's text and of its given-name group. */
    static void exactBits(NamePart p, long[] bits) {
        set(NameKeys.hash('t', p.text(), -1, 0, p.text().length()), bits);
        if (p.group() >= 0) {
            String group = Integer.toString(p.group());
            set(NameKeys.hash('g', group, -1, 0, group.length()), bits);
        }
    }

    /** The bits of a part's phonetic skeleton (none for short skeletons). */
    static void soundBits(NamePart p, long[] bits) {
        if (p.skeleton().length() >= 3) {
            set(NameKeys.hash('s', p.skeleton(), -1, 0, p.skeleton().length()), bits);
        }
    }

    private static void set(long h, long[] bits) {
        int i = (int) (h & 127);
        int j = (int) ((h >>> 7) & 127);
        bits[i >>> 6] |= 1L << i;
        bits[j >>> 6] |= 1L << j;
    }

    /** Whether entry e's signature holds every bit of (qa, qb): the part may be there. */
    boolean holds(int e, long qa, long qb) {
        int i = e << 1;
        return (ab[i] & qa) == qa && (ab[i + 1] & qb) == qb;
    }

    /** Reads the signatures of some entries, independently of each other (see {@link Scratch#warm}). */
    long warm(int[] entries, int n) {
        long acc = 0;
        for (int t = 0; t < n; t++) {
            acc += ab[entries[t] << 1];
        }
        return acc;
    }

    /** Whether name n of entry e may hold every bit of (qa, qb). */
    boolean nameHolds(int e, int n, long qa, long qb) {
        int i = (firstName[e] + n) << 1;
        return (nameAB[i] & qa) == qa && (nameAB[i + 1] & qb) == qb;
    }
}
