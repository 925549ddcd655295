package org.issa.graph.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.issa.graph.network.NetworkBuilder;

/**
 * Node ids read as ASCII byte ranges, mapped to the builder's node indexes by an open-addressing hash table over
 * the bytes, so that an id seen before costs no String: only a new id is decoded and handed to the builder.
 */
final class ByteIds {

    private final NetworkBuilder builder;
    private byte[] pool = new byte[1 << 16];
    private int poolSize;
    private int[] offset = new int[1 << 10];
    private int[] length = new int[1 << 10];
    private int[] node = new int[1 << 10];
    private int count;
    private int[] slots = new int[1 << 11]; // entry + 1, 0 = empty
    private int mask = slots.length - 1;

    ByteIds(NetworkBuilder builder) {
        this.builder = builder;
    }

    /** The node index of the id in {@code bytes[from, to)}, adding the node when new. */
    int node(byte[] bytes, int from, int to) {
        int h = 0x811C9DC5;
        for (int i = from; i < to; i++) {
            h = (h ^ bytes[i]) * 0x01000193;
        }
        h ^= h >>> 16;
        int len = to - from;
        int slot = h & mask;
        while (true) {
            int e = slots[slot] - 1;
            if (e < 0) {
                break;
            }
            if (length[e] == len && Arrays.equals(pool, offset[e], offset[e] + len, bytes, from, to)) {
                return node[e];
            }
            slot = (slot + 1) & mask;
        }
        int v = builder.node(new String(bytes, from, len, StandardCharsets.US_ASCII));
        if (count == offset.length) {
            offset = Arrays.copyOf(offset, count * 2);
            length = Arrays.copyOf(length, count * 2);
            node = Arrays.copyOf(node, count * 2);
        }
        while (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, pool.length * 2);
        }
        System.arraycopy(bytes, from, pool, poolSize, len);
        offset[count] = poolSize;
        length[count] = len;
        node[count] = v;
        poolSize += len;
        slots[slot] = ++count;
        if (count * 2 > slots.length) {
            grow();
        }
        return v;
    }

    private void grow() {
        slots = new int[slots.length * 2];
        mask = slots.length - 1;
        for (int e = 0; e < count; e++) {
            int h = 0x811C9DC5;
            for (int i = offset[e]; i < offset[e] + length[e]; i++) {
                h = (h ^ pool[i]) * 0x01000193;
            }
            h ^= h >>> 16;
            int slot = h & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = e + 1;
        }
    }
}
