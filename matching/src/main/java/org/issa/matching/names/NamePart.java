package org.issa.matching.names;

/**
 * One folded part of a name.
 *
 * @param text     lower-case ASCII form ("muhammad")
 * @param kind     what the part is
 * @param skeleton phonetic skeleton ("mhmd")
 * @param group    equivalence group of given names or canonical legal form id, or -1
 * @param letters  the set of characters of {@code text} as bits (for a quick edit-distance bound)
 */
public record NamePart(String text, PartKind kind, String skeleton, int group, long letters) {

    public static NamePart of(String text, PartKind kind, String skeleton, int group) {
        return new NamePart(text, kind, skeleton, group, letterSet(text));
    }

    public double weight() {
        return kind.weight();
    }

    /** Whether this part is compared at all (honorifics are not). */
    public boolean counts() {
        return kind.weight() > 0;
    }

    /** The characters of a text as bits (character code modulo 64). */
    public static long letterSet(CharSequence s) {
        long m = 0;
        for (int i = 0; i < s.length(); i++) {
            m |= 1L << (s.charAt(i) & 63);
        }
        return m;
    }
}
