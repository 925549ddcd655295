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
        return new NamePart(text, kind, skeleton, group, org.issa.matching.text.Similarity.letters(text));
    }

    public double weight() {
        return kind.weight();
    }

    /** Whether this part is compared at all (honorifics are not). */
    public boolean counts() {
        return kind.weight() > 0;
    }
}
