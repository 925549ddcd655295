package org.issa.graph.network;

import java.util.Arrays;

/**
 * Node ids to node indexes: an open-addressing table of ints over the id array (no boxed keys or values, no
 * entry objects), probed linearly from a mixed {@link String#hashCode()}. Ids are only ever added.
 */
final class NodeIds {

    private String[] ids;
    private int[] hashes;
    private int count;
    private long[] slots; // hash << 32 | (node + 1); 0 = empty
    private int mask;

    NodeIds(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        ids = new String[Math.max(16, expected)];
        hashes = new int[ids.length];
        slots = new long[cap];
        mask = cap - 1;
    }

    private NodeIds(String[] ids, int[] hashes, int count, long[] slots) {
        this.ids = ids;
        this.hashes = hashes;
        this.count = count;
        this.slots = slots;
        this.mask = slots.length - 1;
    }

    /** A finalising mix (MurmurHash3's) so that similar ids spread over the whole table. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    int size() {
        return count;
    }

    String id(int node) {
        return ids[node];
    }

    /** The index of the id, or -1. */
    int find(String id) {
        int h = mix(id.hashCode());
        int slot = h & mask;
        while (true) {
            long s = slots[slot];
            if (s == 0) {
                return -1;
            }
            if ((int) (s >>> 32) == h) {
                int e = (int) s - 1;
                if (ids[e].equals(id)) {
                    return e;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Adds an id known to be absent; returns its index. */
    int add(String id) {
        int h = mix(id.hashCode());
        if (count == ids.length) {
            ids = Arrays.copyOf(ids, count * 2);
            hashes = Arrays.copyOf(hashes, count * 2);
        }
        ids[count] = id;
        hashes[count] = h;
        int slot = h & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = ((long) h << 32) | ++count;
        if (count * 2 > slots.length) {
            rehash();
        }
        return count - 1;
    }

    private void rehash() {
        slots = new long[slots.length * 2];
        mask = slots.length - 1;
        for (int e = 0; e < count; e++) {
            int slot = hashes[e] & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = ((long) hashes[e] << 32) | (e + 1L);
        }
    }

    /** The ids in index order (a trimmed copy). */
    String[] ids() {
        return Arrays.copyOf(ids, count);
    }

    /** The id array itself (callers must not modify it); exactly {@link #size()} long when {@link #frozen()}. */
    String[] array() {
        return ids;
    }

    /** An independent copy holding the first {@code count} ids, for a network that must not change. */
    NodeIds frozen() {
        return new NodeIds(Arrays.copyOf(ids, count), Arrays.copyOf(hashes, count), count, slots.clone());
    }
}
