package org.issa.graph.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.issa.graph.network.NetworkBuilder;

/**
 * Node ids read as ASCII byte ranges, mapped to the builder's node indexes without making a String of an id seen
 * before: only a new id is decoded and handed to the builder. Two open-addressing tables, laid out so that a
 * lookup touches few cache lines (on a million-node network every lookup is a cache miss, and misses are what
 * loading costs):
 * <ul>
 *   <li>a canonical decimal id smaller than a few times the number of decimal ids seen so far (ids numbered
 *       {@code 0..n-1}, as generators and many exports write them) indexes an {@code int[]} directly: ids read in
 *       order then touch memory in order;</li>
 *   <li>any other canonical decimal id ({@code 0} or {@code [1-9][0-9]{0,17}}) is its number: one {@code long[]} holds the
 *       number and the node side by side, so a lookup reads one slot;</li>
 *   <li>any other id is hashed over its bytes: a slot packs the hash and the node, then the node's bytes are
 *       compared in a byte pool (offset and length packed in one long per node).</li>
 * </ul>
 * {@code 007} and {@code 7} are different ids (the first is not canonical, so it takes the byte table).
 */
final class ByteIds {

    private static final long EMPTY = -1L;

    private final NetworkBuilder builder;

    // small decimal ids: direct[v] = node + 1, 0 when unseen; ids below direct.length are never in numbers
    private int[] direct = new int[1 << 12];

    // other decimal ids: numbers[2i] = the number (EMPTY when free), numbers[2i + 1] = the node
    private long[] numbers = filled(1 << 11);
    private int numberCount;
    private int numberMask = (numbers.length >> 1) - 1;

    // other ids: slots[i] = hash << 32 | (node + 1), 0 when free; place[node] = pool offset << 32 | length
    private long[] slots = new long[1 << 10];
    private int slotMask = slots.length - 1;
    private int otherCount;
    private long[] place = new long[1 << 10];
    private byte[] pool = new byte[1 << 14];
    private int poolSize;

    ByteIds(NetworkBuilder builder) {
        this.builder = builder;
    }

    private static long[] filled(int length) {
        long[] a = new long[length];
        Arrays.fill(a, EMPTY);
        return a;
    }

    /** The node index of the id in {@code bytes[from, to)}, adding the node when new. */
    int node(byte[] bytes, int from, int to) {
        int len = to - from;
        if (len <= 18 && (bytes[from] != '0' || len == 1)) {
            long v = 0;
            int i = from;
            for (; i < to; i++) {
                int d = bytes[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                v = v * 10 + d;
            }
            if (i == to) {
                return number(v, bytes, from, to);
            }
        }
        return other(bytes, from, to);
    }

    private static int mix(long v) {
        v ^= v >>> 33;
        v *= 0xFF51AFD7ED558CCDL;
        v ^= v >>> 33;
        return (int) v;
    }

    private int number(long v, byte[] bytes, int from, int to) {
        if (v < direct.length || v < 4L * (numberCount + 1024) && v < (1 << 28)) {
            if (v >= direct.length) {
                widen((int) v);
            }
            int d = direct[(int) v];
            if (d != 0) {
                return d - 1;
            }
            int node = builder.node(new String(bytes, from, to - from, StandardCharsets.US_ASCII));
            direct[(int) v] = node + 1;
            numberCount++;
            return node;
        }
        long[] t = numbers;
        int slot = mix(v) & numberMask;
        while (true) {
            long k = t[2 * slot];
            if (k == v) {
                return (int) t[2 * slot + 1];
            }
            if (k == EMPTY) {
                break;
            }
            slot = (slot + 1) & numberMask;
        }
        int node = builder.node(new String(bytes, from, to - from, StandardCharsets.US_ASCII));
        t[2 * slot] = v;
        t[2 * slot + 1] = node;
        if (++numberCount * 2 > numberMask + 1) {
            long[] old = numbers;
            numbers = filled(old.length * 2);
            numberMask = (numbers.length >> 1) - 1;
            for (int i = 0; i < old.length; i += 2) {
                if (old[i] != EMPTY) {
                    int s = mix(old[i]) & numberMask;
                    while (numbers[2 * s] != EMPTY) {
                        s = (s + 1) & numberMask;
                    }
                    numbers[2 * s] = old[i];
                    numbers[2 * s + 1] = old[i + 1];
                }
            }
        }
        return node;
    }

    /** Widens the direct table to cover {@code v}, moving the hashed decimal ids it now covers into it. */
    private void widen(int v) {
        int length = Math.max(direct.length * 2, Integer.highestOneBit(v) << 1);
        direct = Arrays.copyOf(direct, length);
        long[] old = numbers;
        boolean moved = false;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY && old[i] < length) {
                direct[(int) old[i]] = (int) old[i + 1] + 1;
                moved = true;
            }
        }
        if (moved) {
            numbers = filled(old.length);
            for (int i = 0; i < old.length; i += 2) {
                if (old[i] != EMPTY && old[i] >= length) {
                    int s = mix(old[i]) & numberMask;
                    while (numbers[2 * s] != EMPTY) {
                        s = (s + 1) & numberMask;
                    }
                    numbers[2 * s] = old[i];
                    numbers[2 * s + 1] = old[i + 1];
                }
            }
        }
    }

    private int other(byte[] bytes, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        h = mix(h);
        int len = to - from;
        int slot = h & slotMask;
        while (true) {
            long s = slots[slot];
            if (s == 0) {
                break;
            }
            if ((int) (s >>> 32) == h) {
                int node = (int) s - 1;
                long p = place[node];
                if ((int) p == len && same(pool, (int) (p >>> 32), bytes, from, len)) {
                    return node;
                }
            }
            slot = (slot + 1) & slotMask;
        }
        int node = builder.node(new String(bytes, from, len, StandardCharsets.US_ASCII));
        if (node >= place.length) {
            place = Arrays.copyOf(place, Math.max(node + 1, place.length * 2));
        }
        while (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, pool.length * 2);
        }
        System.arraycopy(bytes, from, pool, poolSize, len);
        place[node] = ((long) poolSize << 32) | len;
        poolSize += len;
        slots[slot] = ((long) h << 32) | (node + 1L);
        if (++otherCount * 2 > slots.length) {
            long[] old = slots;
            slots = new long[old.length * 2];
            slotMask = slots.length - 1;
            for (long s : old) {
                if (s != 0) {
                    int i = (int) (s >>> 32) & slotMask;
                    while (slots[i] != 0) {
                        i = (i + 1) & slotMask;
                    }
                    slots[i] = s;
                }
            }
        }
        return node;
    }

    private static boolean same(byte[] a, int from, byte[] b, int bFrom, int len) {
        if (len > 32) {
            return Arrays.equals(a, from, from + len, b, bFrom, bFrom + len);
        }
        for (int i = 0; i < len; i++) {
            if (a[from + i] != b[bFrom + i]) {
                return false;
            }
        }
        return true;
    }
}
