package org.issa.matching.lists;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it and fails as soon as they exceed the limit, so that an
 * oversized file is refused after reading at most one buffer beyond the limit, never in full.
 */
final class BoundedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        long room = limit - count + 1;
        int n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, room)));
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, limit - count + 1));
        add(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Bytes read so far. */
    long count() {
        return count;
    }

    private void add(long n) {
        count += n;
        if (count > limit) {
            throw tooLarge(limit);
        }
    }

    static ListFormatException tooLarge(long limit) {
        return new ListFormatException("list file exceeds " + limit + " bytes (the configured maximum)");
    }
}
