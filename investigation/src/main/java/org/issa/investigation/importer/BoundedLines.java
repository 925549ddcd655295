package org.issa.investigation.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 text line by line within {@link ImportLimits}: a file larger than the byte limit, a
 * line longer than the character limit, more lines than the record limit, or bytes that are not
 * UTF-8 end the read with an {@link ImportError} naming the line.
 */
final class BoundedLines implements AutoCloseable {

    private final Reader reader;
    private final ImportLimits limits;
    private final CountingStream counted;
    private long number;
    private int pushback = -2;

    BoundedLines(InputStream in, ImportLimits limits) {
        this.limits = limits;
        this.counted = new CountingStream(in, limits.maxBytes());
        this.reader = new java.io.BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 65536);
    }

    /** The number of the line last returned, from 1. */
    long number() {
        return number;
    }

    /** The next line without its terminator, or null at the end. */
    String next() {
        StringBuilder b = new StringBuilder();
        try {
            int c = pushback != -2 ? pushback : reader.read();
            pushback = -2;
            if (c < 0) {
                return null;
            }
            number++;
            if (number > limits.maxRecords() + 1L) {
                throw new ImportError("the file has more than " + limits.maxRecords() + " lines (the configured maximum)");
            }
            while (c >= 0 && c != '\n' && c != '\r') {
                if (b.length() >= limits.maxLineChars()) {
                    throw ImportError.at(number, "line longer than " + limits.maxLineChars() + " characters");
                }
                b.append((char) c);
                c = reader.read();
            }
            if (c == '\r') {
                int n = reader.read();
                if (n != '\n') {
                    pushback = n;
                }
            }
            if (number == 1 && b.length() > 0 && b.charAt(0) == '\uFEFF') {
                b.deleteCharAt(0);
            }
            return b.toString();
        } catch (CharacterCodingException e) {
            throw ImportError.at(number, "the file is not UTF-8 text");
        } catch (TooLarge e) {
            throw new ImportError("the file is larger than " + limits.maxBytes() + " bytes (the configured maximum); nothing was imported");
        } catch (IOException e) {
            throw new ImportError("the file could not be read: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // reading is over; a failure to close a request stream changes nothing stored
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }

    /** Counts bytes and fails one byte past the limit. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private final long limit;
        private long count;

        CountingStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > limit) {
                throw new TooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, (int) Math.max(1, Math.min(len, limit - count + 1)));
            if (n > 0) {
                count += n;
                if (count > limit) {
                    throw new TooLarge();
                }
            }
            return n;
        }
    }
}
