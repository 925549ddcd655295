package org.issa.finance.payment.message;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.issa.finance.payment.PaymentFileException;

/**
 * An input stream that refuses to deliver more than a bound of bytes: reading past it throws a
 * {@link PaymentFileException} naming the source and the bound, so an oversized or endless file is
 * stopped while it is read rather than after.
 */
public final class BoundedInput extends FilterInputStream {

    private final long max;
    private final String source;
    private long count;

    public BoundedInput(InputStream in, long max, String source) {
        super(in);
        this.max = max;
        this.source = source;
    }

    /** The bytes delivered so far. */
    public long count() {
        return count;
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
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void add(long n) {
        count += n;
        if (count > max) {
            throw new PaymentFileException(source, "", "the file is larger than the limit of " + max + " bytes");
        }
    }
}
