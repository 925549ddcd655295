package org.issa.matching.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 text input for the line and CSV formats: bytes that are not UTF-8 fail with the
 * number of the line they are on, and a leading byte-order mark is dropped.
 */
final class Utf8Text {

    private Utf8Text() {
    }

    /** A buffered strict reader, positioned after a byte-order mark if any. */
    static BufferedReader reader(InputStream in) {
        BufferedReader reader = new BufferedReader(new StrictReader(in));
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
        } catch (IOException e) {
            throw failure(e, 1);
        }
        return reader;
    }

    /** A reading error as the user should see it, near {@code line}. */
    static ListFormatException failure(IOException e, long line) {
        return new ListFormatException("cannot read the list file near line " + line + ": " + e.getMessage(), e);
    }

    /**
     * Decodes UTF-8 and counts the line breaks it has decoded, so that invalid bytes are reported
     * on their own line even though decoding runs ahead of the consumer. Used only behind a
     * {@link BufferedReader}, which reads thousands of characters at a time.
     */
    private static final class StrictReader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
        private boolean endOfInput;
        private boolean flushed;
        private long lines = 1;

        StrictReader(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(char[] target, int offset, int length) throws IOException {
            if (flushed) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            CharBuffer out = CharBuffer.wrap(target, offset, length);
            while (out.position() == offset) {
                int before = out.position();
                CoderResult result = decoder.decode(bytes, out, endOfInput);
                countLines(target, before, out.position());
                if (result.isError()) {
                    throw notUtf8();
                }
                if (result.isOverflow() && out.position() == offset) {
                    throw new IllegalStateException("read at least two characters at a time (a BufferedReader does)");
                }
                if (result.isUnderflow()) {
                    if (endOfInput) {
                        if (decoder.flush(out).isError()) {
                            throw notUtf8();
                        }
                        flushed = true;
                        break;
                    }
                    fill();
                }
            }
            int n = out.position() - offset;
            return n == 0 ? -1 : n;
        }

        private void countLines(char[] chars, int from, int to) {
            for (int i = from; i < to; i++) {
                if (chars[i] == '\n') {
                    lines++;
                }
            }
        }

        private void fill() throws IOException {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }

        private ListFormatException notUtf8() {
            return new ListFormatException("the list file is not UTF-8 text: invalid bytes at line " + lines
                    + " (save the file as UTF-8)");
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Reads lines of at most {@code maxChars} characters, counting them from 1. */
    static final class Lines {
        private final BufferedReader reader;
        private final int maxChars;
        private long number;

        Lines(BufferedReader reader, int maxChars) {
            this.reader = reader;
            this.maxChars = maxChars;
        }

        /** The next line without its terminator; null at the end. */
        String next() {
            StringBuilder line = new StringBuilder();
            number++;
            try {
                int c;
                while ((c = reader.read()) >= 0) {
                    if (c == '\n') {
                        return strip(line);
                    }
                    if (line.length() >= maxChars) {
                        throw new ListFormatException("line " + number + " is longer than " + maxChars + " characters");
                    }
                    line.append((char) c);
                }
            } catch (IOException e) {
                throw failure(e, number);
            }
            return line.isEmpty() ? null : strip(line);
        }

        /** The number of the line last returned. */
        long number() {
            return number;
        }

        private static String strip(StringBuilder line) {
            int n = line.length();
            return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
        }
    }
}
