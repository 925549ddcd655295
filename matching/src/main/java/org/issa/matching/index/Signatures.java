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

    private final long[] a;
    private final long[] b;
    /** Where an entry's names start in {@link #nameA} and {@link #nameB}. */
    private final int[] firstName;
    private final long[] nameA;
    private final long[] nameB;

    private Signatures(long[] a, long[] b, int[] firstName, long[] nameA, long[] nameB) {
        this.a = a;
        this.b = b;
        this.firstName = firstName;
        this.nameA = nameA;
        this.nameB = nameB;
    }

    static Signatures of(PreparedSubject[] entries) {
        long[] a = new long[entries.length];
        long[] b = new long[entries.length];
        int[] firstName = new int[entries.length + 1];
        int names = 0;
        for (int e = 0; e < entries.length; e++) {
            firstName[e] = names;
            names += entries[e].names().size();
        }
        firstName[entries.length] = names;
        long[] nameA = new long[names];
        long[] nameB = new long[names];
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
                nameA[firstName[e] + n] = bits[0];
                nameB[firstName[e] + n] = bits[1];
                a[e] |= bits[0];
                b[e] |= bits[1];
            }
        }
        return new Signatures(a, b, firstName, nameA, nameB);
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
        return (a[e] & qa) == qa && (b[e] & qb) == qb;
    }

    /** Whether name n of entry e may hold every bit of (qa, qb). */
    boolean nameHolds(int e, int n, long qa, long qb) {
        int i = firstName[e] + n;
        return (nameA[i] & qa) == qa && (nameB[i] & qb) == qb;
    }
}
