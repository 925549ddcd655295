package org.issa.finance.payment.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * The column encoding of payment segments, written here with plain byte arithmetic (no dependency). A data segment
 * holds up to {@value #ROWS} payments of one batch, column after column: ids (ascending, delta-coded), a live bit per
 * row (a deleted payment keeps its slot, so ids stay stable), payer and payee account ids, times (seconds delta-coded,
 * nanoseconds), then amounts, currencies and the four texts (reference, payer name, payee name, purpose). Readers
 * decode the numeric columns and materialise amounts and texts only for the rows they select. A posting segment holds
 * (account id, payment id) pairs sorted by account: it answers "which payments did this account make or receive".
 */
final class SegmentCodec {

    static final int ROWS = 4096;
    private static final int DATA_VERSION = 1;
    private static final int POSTING_VERSION = 1;

    private SegmentCodec() {
    }

    /** One decoded data segment; texts and amounts are null for rows that were not selected. */
    static final class Data {
        int n;
        long[] ids;
        boolean[] live;
        long[] payers;
        long[] payees;
        long[] seconds;
        int[] nanos;
        BigDecimal[] amounts;
        String[] currencies;
        String[] references;
        String[] payerNames;
        String[] payeeNames;
        String[] purposes;

        Instant time(int i) {
            return Instant.ofEpochSecond(seconds[i], nanos[i]);
        }

        int indexOf(long id) {
            int i = Arrays.binarySearch(ids, 0, n, id);
            return i >= 0 ? i : -1;
        }
    }

    /** Chooses, from the numeric columns, the rows whose texts and amounts are decoded. */
    interface Selection {
        boolean[] select(Data d);

        Selection ALL_LIVE = d -> d.live.clone();
    }

    // ---- data segments ----

    /**
     * Encodes rows {@code from..to-1} (by position in the arrays, ids ascending). {@code live} null means all live; a
     * row not live is written with its personal fields wiped.
     */
    static byte[] encodeData(long[] ids, boolean[] live, long[] payers, long[] payees, long[] seconds, int[] nanos, BigDecimal[] amounts,
                             String[] currencies, String[] references, String[] payerNames, String[] payeeNames, String[] purposes,
                             int from, int to) {
        int n = to - from;
        Out o = new Out(n * 96 + 64);
        o.varint(DATA_VERSION);
        o.varint(n);
        long prev = 0;
        for (int i = from; i < to; i++) {
            o.varlong(ids[i] - prev);
            prev = ids[i];
        }
        byte[] bits = new byte[(n + 7) / 8];
        for (int i = 0; i < n; i++) {
            if (live == null || live[from + i]) {
                bits[i >>> 3] |= (byte) (1 << (i & 7));
            }
        }
        o.bytes(bits, bits.length);
        deltas(o, payers, live, from, to);
        deltas(o, payees, live, from, to);
        prev = 0;
        for (int i = from; i < to; i++) {
            o.zigzag(seconds[i] - prev);
            prev = seconds[i];
        }
        for (int i = from; i < to; i++) {
            o.varint(nanos[i]);
        }
        for (int i = from; i < to; i++) {
            boolean alive = live == null || live[i];
            BigDecimal a = alive ? amounts[i] : BigDecimal.ZERO;
            if (a.unscaledValue().bitLength() < 63 && a.scale() >= 0 && a.scale() < 64) {
                o.varint(a.scale());
                o.zigzag(a.unscaledValue().longValueExact());
            } else {
                o.varint(128 + a.scale() + 64);
                byte[] big = a.unscaledValue().toByteArray();
                o.varint(big.length);
                o.bytes(big, big.length);
            }
        }
        for (int i = from; i < to; i++) {
            String c = live == null || live[i] ? currencies[i] : org.issa.finance.payment.Payment.NO_CURRENCY;
            o.ensure(3);
            for (int k = 0; k < 3; k++) {
                o.buf[o.len++] = (byte) c.charAt(k);
            }
        }
        texts(o, references, live, from, to);
        texts(o, payerNames, live, from, to);
        texts(o, payeeNames, live, from, to);
        texts(o, purposes, live, from, to);
        return o.toArray();
    }

    private static void deltas(Out o, long[] v, boolean[] live, int from, int to) {
        long prev = 0;
        for (int i = from; i < to; i++) {
            long x = live == null || live[i] ? v[i] : 0;
            o.zigzag(x - prev);
            prev = x;
        }
    }

    private static void texts(Out o, String[] v, boolean[] live, int from, int to) {
        for (int i = from; i < to; i++) {
            String s = live == null || live[i] ? v[i] : "";
            if (s.isEmpty()) {
                o.varint(0);
                continue;
            }
            byte[] b = ascii(s) ? null : s.getBytes(StandardCharsets.UTF_8);
            if (b == null) {
                int len = s.length();
                o.varint(len);
                o.ensure(len);
                for (int k = 0; k < len; k++) {
                    o.buf[o.len++] = (byte) s.charAt(k);
                }
            } else {
                o.varint(b.length);
                o.bytes(b, b.length);
            }
        }
    }

    private static boolean ascii(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static Data decodeData(byte[] b, Selection selection) {
        In in = new In(b);
        int version = in.varint();
        if (version != DATA_VERSION) {
            throw new IllegalStateException("payment segment of unknown encoding " + version);
        }
        Data d = new Data();
        int n = in.varint();
        d.n = n;
        d.ids = new long[n];
        long prev = 0;
        for (int i = 0; i < n; i++) {
            prev += in.varlong();
            d.ids[i] = prev;
        }
        d.live = new boolean[n];
        int bitsAt = in.pos;
        for (int i = 0; i < n; i++) {
            d.live[i] = (b[bitsAt + (i >>> 3)] & (1 << (i & 7))) != 0;
        }
        in.pos += (n + 7) / 8;
        d.payers = undelta(in, n);
        d.payees = undelta(in, n);
        d.seconds = undelta(in, n);
        d.nanos = new int[n];
        for (int i = 0; i < n; i++) {
            d.nanos[i] = in.varint();
        }
        boolean[] want = selection.select(d);
        d.amounts = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            int scale = in.varint();
            if (scale < 128) {
                long unscaled = in.zigzag();
                if (want[i]) {
                    d.amounts[i] = BigDecimal.valueOf(unscaled, scale);
                }
            } else {
                int len = in.varint();
                if (want[i]) {
                    d.amounts[i] = new BigDecimal(new BigInteger(Arrays.copyOfRange(b, in.pos, in.pos + len)), scale - 128 - 64);
                }
                in.pos += len;
            }
        }
        d.currencies = new String[n];
        for (int i = 0; i < n; i++) {
            if (want[i]) {
                d.currencies[i] = new String(b, in.pos, 3, StandardCharsets.ISO_8859_1);
            }
            in.pos += 3;
        }
        d.references = strings(in, n, want);
        d.payerNames = strings(in, n, want);
        d.payeeNames = strings(in, n, want);
        d.purposes = strings(in, n, want);
        return d;
    }

    private static long[] undelta(In in, int n) {
        long[] v = new long[n];
        long prev = 0;
        for (int i = 0; i < n; i++) {
            prev += in.zigzag();
            v[i] = prev;
        }
        return v;
    }

    private static String[] strings(In in, int n, boolean[] want) {
        String[] v = new String[n];
        for (int i = 0; i < n; i++) {
            int len = in.varint();
            if (want[i]) {
                v[i] = len == 0 ? "" : new String(in.buf, in.pos, len, StandardCharsets.UTF_8);
            }
            in.pos += len;
        }
        return v;
    }

    // ---- posting segments ----

    /** Encodes (account, payment id) pairs {@code from..to-1}, sorted by account then id. */
    static byte[] encodePostings(long[] accounts, long[] ids, int from, int to) {
        Out o = new Out((to - from) * 5 + 16);
        o.varint(POSTING_VERSION);
        o.varint(to - from);
        long prevAccount = 0;
        long prevId = 0;
        for (int i = from; i < to; i++) {
            o.varlong(accounts[i] - prevAccount);
            o.zigzag(ids[i] - prevId);
            prevAccount = accounts[i];
            prevId = ids[i];
        }
        return o.toArray();
    }

    /** Decodes a posting segment into {accounts, ids}. */
    static long[][] decodePostings(byte[] b) {
        In in = new In(b);
        int version = in.varint();
        if (version != POSTING_VERSION) {
            throw new IllegalStateException("posting segment of unknown encoding " + version);
        }
        int n = in.varint();
        long[] accounts = new long[n];
        long[] ids = new long[n];
        long a = 0;
        long id = 0;
        for (int i = 0; i < n; i++) {
            a += in.varlong();
            id += in.zigzag();
            accounts[i] = a;
            ids[i] = id;
        }
        return new long[][] {accounts, ids};
    }

    // ---- account segments ----

    /** Encodes accounts {@code from..to-1}: (fingerprint, key) pairs sorted by fingerprint, then the accounts as written. */
    static byte[] encodeAccounts(long[] fps, long[] keys, String[] accounts, int from, int to) {
        byte[] pairs = encodePostings(fps, keys, from, to);
        Out o = new Out(pairs.length + (to - from) * 30 + 8);
        o.varint(pairs.length);
        o.bytes(pairs, pairs.length);
        boolean[] live = null;
        texts(o, accounts, live, from, to);
        return o.toArray();
    }

    /** Decoded accounts: fingerprints (ascending), keys, and the accounts. */
    record Accounts(long[] fps, long[] keys, String[] accounts) {
    }

    static Accounts decodeAccounts(byte[] b) {
        In in = new In(b);
        int len = in.varint();
        long[][] pairs = decodePostings(Arrays.copyOfRange(b, in.pos, in.pos + len));
        in.pos += len;
        int n = pairs[0].length;
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        return new Accounts(pairs[0], pairs[1], strings(in, n, all));
    }

    // ---- bytes ----

    private static final class Out {
        byte[] buf;
        int len;

        Out(int capacity) {
            buf = new byte[Math.max(16, capacity)];
        }

        void ensure(int more) {
            if (len + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
            }
        }

        void varint(int v) {
            varlong(v & 0xFFFFFFFFL);
        }

        void varlong(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[len++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[len++] = (byte) v;
        }

        void zigzag(long v) {
            varlong((v << 1) ^ (v >> 63));
        }

        void bytes(byte[] b, int n) {
            ensure(n);
            System.arraycopy(b, 0, buf, len, n);
            len += n;
        }

        byte[] toArray() {
            return Arrays.copyOf(buf, len);
        }
    }

    private static final class In {
        final byte[] buf;
        int pos;

        In(byte[] buf) {
            this.buf = buf;
        }

        long varlong() {
            long v = 0;
            int shift = 0;
            while (true) {
                byte x = buf[pos++];
                v |= (long) (x & 0x7F) << shift;
                if (x >= 0) {
                    return v;
                }
                shift += 7;
                if (shift > 63) {
                    throw new IllegalStateException("payment segment corrupt: a number runs too long");
                }
            }
        }

        int varint() {
            return (int) varlong();
        }

        long zigzag() {
            long v = varlong();
            return (v >>> 1) ^ -(v & 1);
        }
    }
}
