package org.issa.matching.index;

import java.util.Arrays;

/**
 * An immutable inverted index from 64-bit keys to entry numbers, stored as three flat arrays
 * (sorted distinct keys, offsets, entry numbers) so that a list of a million entries costs a few
 * hundred megabytes and no objects per posting. Built by sorting packed (key, entry) longs: the
 * top 38 bits of the key, 21 bits of entry number and 5 of the entry's name, which bounds a list to
 * 2,097,151 entries; two keys sharing their top 38 bits merge, which only adds a candidate.
 */
final class KeyPostings {

    /** Low bits of a posting: the name of the entry (0–31, later names share 31). */
    static final int NAME_BITS = 5;
    static final int ENTRY_BITS = 21;
    static final int MAX_ENTRIES = (1 << ENTRY_BITS) - 1;
    private static final long ENTRY_MASK = (1L << (ENTRY_BITS + NAME_BITS)) - 1;

    /** The posting of an entry's name. */
    static int slot(int entry, int name) {
        return (entry << NAME_BITS) | Math.min(name, 31);
    }

    private final long[] keys;
    private final int[] offsets;
    private final int[] entries;
    /**
     * Where the keys of each bucket of top bits start: the keys are hashes, spread evenly, so a
     * lookup searches a few keys of its bucket instead of the whole sorted array.
     */
    private final int[] bucketStart;
    private final int bucketShift;

    private KeyPostings(long[] keys, int[] offsets, int[] entries) {
        this.keys = keys;
        this.offsets = offsets;
        this.entries = entries;
        int bits = Math.max(1, 31 - Integer.numberOfLeadingZeros(Math.max(1, keys.length / 2)));
        this.bucketShift = 64 - bits;
        this.bucketStart = new int[(1 << bits) + 1];
        int b = 0;
        for (int i = 0; i < keys.length; i++) {
            int bucket = bucket(keys[i]);
            while (b <= bucket) {
                bucketStart[b++] = i;
            }
        }
        while (b < bucketStart.length) {
            bucketStart[b++] = keys.length;
        }
    }

    /** The bucket of a key in signed order (the keys are sorted as signed longs). */
    private int bucket(long key) {
        return (int) ((key ^ Long.MIN_VALUE) >>> bucketShift);
    }

    /** Collects packed pairs while an index is built. */
    static final class Builder {
        private long[] packed = new long[1 << 16];
        private int size;

        void add(long key, int entry) {
            if (size == packed.length) {
                packed = Arrays.copyOf(packed, Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8, packed.length * 3L / 2)));
            }
            packed[size++] = (key & ~ENTRY_MASK) | entry;
        }

        KeyPostings build() {
            long[] p = Arrays.copyOf(packed, size);
            packed = null;
            Arrays.parallelSort(p);
            int distinctPairs = 0;
            int distinctKeys = 0;
            long prevPair = 0;
            long prevKey = 0;
            for (int i = 0; i < p.length; i++) {
                if (i == 0 || p[i] != prevPair) {
                    distinctPairs++;
                    long k = p[i] & ~ENTRY_MASK;
                    if (distinctKeys == 0 || k != prevKey) {
                        distinctKeys++;
                        prevKey = k;
                    }
                    prevPair = p[i];
                }
            }
            long[] keys = new long[distinctKeys];
            int[] offsets = new int[distinctKeys + 1];
            int[] entries = new int[distinctPairs];
            int k = -1;
            int e = 0;
            for (int i = 0; i < p.length; i++) {
                if (i > 0 && p[i] == p[i - 1]) {
                    continue;
                }
                long key = p[i] & ~ENTRY_MASK;
                if (k < 0 || keys[k] != key) {
                    k++;
                    keys[k] = key;
                    offsets[k] = e;
                }
                entries[e++] = (int) (p[i] & ENTRY_MASK);
            }
            offsets[distinctKeys] = e;
            return new KeyPostings(keys, offsets, entries);
        }
    }

    /** The position of a key, or -1. */
    int find(long key) {
        long k = key & ~ENTRY_MASK;
        int b = bucket(k);
        int at = Arrays.binarySearch(keys, bucketStart[b], bucketStart[b + 1], k);
        return at >= 0 ? at : -1;
    }

    int size(int position) {
        return offsets[position + 1] - offsets[position];
    }

    int start(int position) {
        return offsets[position];
    }

    /** The slot at position i: entry number and name, see {@link #slot}. */
    int slotAt(int i) {
        return entries[i];
    }

    /** The position in [start, start + size) of the entry's first name holding the key, or -1 (postings are sorted). */
    int find(int start, int size, int entry) {
        int at = Arrays.binarySearch(entries, start, start + size, entry << NAME_BITS);
        if (at < 0) {
            at = -at - 1;
        }
        return at < start + size && (entries[at] >>> NAME_BITS) == entry ? at : -1;
    }

    int distinctKeys() {
        return keys.length;
    }

    long postings() {
        return entries.length;
    }
}
