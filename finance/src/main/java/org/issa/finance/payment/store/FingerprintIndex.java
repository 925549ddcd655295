package org.issa.finance.payment.store;

/**
 * Reference fingerprints in memory: fingerprint to payment id, open addressing over two arrays (32 bytes per stored
 * payment at most). A hit is only a candidate: the store checks it against the stored reference. Not thread-safe: the
 * importing thread owns it.
 */
final class FingerprintIndex {

    private static final long NONE = -1;
    private long[] keys;
    private long[] values;
    private int size;
    private long zeroValue = NONE;
    private long maxSegment;

    FingerprintIndex() {
        keys = new long[1 << 16];
        values = new long[1 << 16];
    }

    /** The highest fingerprint segment id folded in so far. */
    long maxSegment() {
        return maxSegment;
    }

    void sawSegment(long id) {
        maxSegment = Math.max(maxSegment, id);
    }

    int size() {
        return size + (zeroValue == NONE ? 0 : 1);
    }

    /** The payment id last recorded for the fingerprint, or -1. */
    long get(long fp) {
        if (fp == 0) {
            return zeroValue;
        }
        int mask = keys.length - 1;
        for (int i = slot(fp, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == fp) {
                return values[i];
            }
            if (k == 0) {
                return NONE;
            }
        }
    }

    void put(long fp, long id) {
        if (fp == 0) {
            zeroValue = id;
            return;
        }
        if ((size + 1) * 10L > keys.length * 6L) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = slot(fp, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == 0) {
                keys[i] = fp;
                values[i] = id;
                size++;
                return;
            }
            if (k == fp) {
                values[i] = id;
                return;
            }
        }
    }

    private static int slot(long fp, int mask) {
        long h = fp * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldValues.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
