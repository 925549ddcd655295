package org.issa.matching.index;

import java.util.function.LongConsumer;
import org.issa.matching.names.NamePart;
import org.issa.matching.names.PartKind;

/**
 * The index keys of a name part, as 64-bit hashes (no strings are made): the part itself (in the
 * same key space as the deletion forms); for
 * parts of 4 to 14 letters every form with one letter deleted (so two parts one edit apart share
 * a key, SymSpell-style); for parts of
 * 5 letters or more the first and last four letters (two edits far apart); the phonetic skeleton; and the given-name equivalence group.
 */
final class NameKeys {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private NameKeys() {
    }

    /** Key kinds, strongest first: what a shared key says about two parts. */
    static final int EXACT = 0;
    static final int CLOSE = 1;
    static final int LOOSE = 2;

    /** Receives a key and its kind. */
    interface Sink {
        void accept(long key, int kind);
    }

    static void forPart(NamePart p, LongConsumer sink) {
        forPart(p, (k, kind) -> sink.accept(k));
    }

    /** The key of a whole name written without spaces ("alshabaab" for "Al-Shabaab" and "Als Habaab"). */
    static long joined(String joined) {
        return hash('j', joined, -1, 0, joined.length());
    }

    /** The initial of a list entry's part, and the first letter of a query's part, meet on this key. */
    static long initial(char letter) {
        return mix(('i' * 31L + letter) * 0x9E3779B97F4A7C15L);
    }

    static void forPart(NamePart p, Sink sink) {
        if (!p.counts()) {
            return;
        }
        if (p.kind() == PartKind.INITIAL) {
            sink.accept(initial(p.text().charAt(0)), LOOSE);
            return;
        }
        String t = p.text();
        int n = t.length();
        if (n < 3 || p.kind() == PartKind.LEGAL_FORM || p.kind() == PartKind.PARTICLE || p.kind() == PartKind.NUMBER) {
            sink.accept(hash('t', t, -1, 0, n), EXACT);
            return;
        }
        sink.accept(hash('t', t, -1, 0, n), EXACT);
        deletionKeys(t, n >= 4 && n <= 14, sink);
        if (n >= 5) {
            sink.accept(hash('p', t, -1, 0, 4), LOOSE);
            sink.accept(hash('x', t, -1, n - 4, n), LOOSE);
        }
        if (p.skeleton().length() >= 3) {
            sink.accept(hash('s', p.skeleton(), -1, 0, p.skeleton().length()), CLOSE);
        }
        if (p.group() >= 0) {
            sink.accept(mix(('g' * 31L + p.group()) * 0x9E3779B97F4A7C15L), EXACT);
        }
    }

    private static final long POLY = 0x100000001b3L;
    private static final long DELETION_SEED = 0x5bd1e9955bd1e995L;
    private static final long[] POWERS = new long[64];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * POLY;
        }
    }

    /**
     * The key of the whole text in the deletion space and, when asked, of every form with one
     * letter deleted. A polynomial hash, so that each deletion form costs a constant number of
     * steps (the hash of the letters before it and of those after it), not a pass over the text.
     */
    static void deletionKeys(String t, boolean withDeletions, Sink sink) {
        int n = t.length();
        long whole = 0;
        for (int i = 0; i < n; i++) {
            whole = whole * POLY + t.charAt(i);
        }
        sink.accept(mix(whole ^ DELETION_SEED), CLOSE);
        if (!withDeletions || n > POWERS.length) {
            return;
        }
        long before = 0;
        long after = whole;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            after -= c * POWERS[n - 1 - i];
            if (i == 0 || c != t.charAt(i - 1)) { // deleting either of two equal letters gives the same form
                sink.accept(mix((before * POWERS[n - 1 - i] + after) ^ DELETION_SEED), CLOSE);
            }
            before = before * POLY + c;
        }
    }

    /** The key of a text in the deletion space, as {@link #deletionKeys} makes it (for tests). */
    static long deletionKey(String t) {
        long[] key = new long[1];
        deletionKeys(t, false, (k, kind) -> key[0] = k);
        return key[0];
    }

    static long identifier(String normalised) {
        return hash('i', normalised, -1, 0, normalised.length());
    }

    static long hash(char type, CharSequence s, int skip, int from, int to) {
        long h = FNV_OFFSET ^ type;
        h *= FNV_PRIME;
        for (int i = from; i < to; i++) {
            if (i == skip) {
                continue;
            }
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
