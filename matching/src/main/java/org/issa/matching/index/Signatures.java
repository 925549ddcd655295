package org.issa.matching.index;

import org.issa.matching.compare.PreparedSubject;
import org.issa.matching.names.AnalysedName;
import org.issa.matching.names.NamePart;
import org.issa.matching.names.PartKind;

/**
 * A 128-bit Bloom signature per entry of the texts, given-name groups and phonetic skeletons of
 * its name parts (two bits each), so that the index can tell cheaply whether an entry found
 * through a rare part also holds a common one.
 */
final class Signatures {

    private final long[] a;
    private final long[] b;

    private Signatures(long[] a, long[] b) {
        this.a = a;
        this.b = b;
    }

    static Signatures of(PreparedSubject[] entries) {
        long[] a = new long[entries.length];
        long[] b = new long[entries.length];
        long[] bits = new long[2];
        for (int e = 0; e < entries.length; e++) {
            bits[0] = 0;
            bits[1] = 0;
            for (AnalysedName n : entries[e].names()) {
                for (NamePart p : n.parts()) {
                    if (p.counts() && p.kind() != PartKind.INITIAL) {
                        exactBits(p, bits);
                        soundBits(p, bits);
                    }
                }
            }
            a[e] = bits[0];
            b[e] = bits[1];
        }
        return new Signatures(a, b);
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
}
