package org.issa.graph.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.issa.graph.network.GraphInputException;
import org.issa.graph.network.InputLimits;

/**
 * Reads a UTF-8 text file line by line with bounds: the file's size is checked against the limit before any
 * byte is read, each line against the line limit while it is read (so a huge single line never fills memory),
 * and malformed UTF-8 is refused. A leading byte-order mark is skipped; lines end at LF or CRLF.
 */
final class BoundedLines implements AutoCloseable {

    private final String name;
    private final Reader in;
    private final int maxLine;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int len;
    private long line;
    private final StringBuilder current = new StringBuilder(256);

    private BoundedLines(String name, Reader in, int maxLine) {
        this.name = name;
        this.in = in;
        this.maxLine = maxLine;
    }

    /** Opens the file after checking that it exists, is a regular file, is not empty and is within the size limit. */
    static BoundedLines open(Path file, InputLimits limits) {
        String name = check(file, limits);
        try {
            InputStream stream = Files.newInputStream(file);
            Reader r = new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            return new BoundedLines(name, r, limits.maxLineChars());
        } catch (IOException e) {
            throw new GraphInputException(name, 0, "cannot open the file: " + e.getMessage());
        }
    }

    /** Checks that the file exists, is a regular file, is not empty and is within the size limit; returns its name. */
    static String check(Path file, InputLimits limits) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new GraphInputException(name, 0, "the file does not exist (" + file + ")");
        }
        if (!Files.isRegularFile(file)) {
            throw new GraphInputException(name, 0, "not a regular file");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new GraphInputException(name, 0, "cannot read the file's size: " + e.getMessage());
        }
        if (size == 0) {
            throw new GraphInputException(name, 0, "the file is empty");
        }
        if (size > limits.maxBytes()) {
            throw new GraphInputException(name, 0, "the file is " + size + " bytes, more than the limit of "
                    + limits.maxBytes() + " bytes; nothing was read");
        }
        return name;
    }

    String name() {
        return name;
    }

    /** The number of the line last returned (1-based). */
    long lineNumber() {
        return line;
    }

    /** The next line without its terminator, or null at the end of the file. */
    String next() {
        current.setLength(0);
        boolean any = false;
        while (true) {
            if (pos == len) {
                fill();
                if (len <= 0) {
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buffer[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            if (current.length() + chunk > maxLine + 1) {
                throw new GraphInputException(name, line + 1, "the line is longer than " + maxLine + " characters");
            }
            current.append(buffer, start, chunk);
            if (pos < len) {
                pos++;
                break;
            }
        }
        line++;
        int l = current.length();
        if (l > 0 && current.charAt(l - 1) == '\r') {
            current.setLength(l - 1);
        }
        if (line == 1 && !current.isEmpty() && current.charAt(0) == '\uFEFF') {
            current.deleteCharAt(0);
        }
        if (current.length() > maxLine) {
            throw new GraphInputException(name, line, "the line is longer than " + maxLine + " characters");
        }
        return current.toString();
    }

    private void fill() {
        try {
            len = in.read(buffer, 0, buffer.length);
            pos = 0;
        } catch (CharacterCodingException e) {
            throw new GraphInputException(name, line + 1, "the file is not valid UTF-8 text");
        } catch (IOException e) {
            throw new GraphInputException(name, line + 1, "cannot read: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing was written; a failed close of a read-only stream loses nothing
        }
    }
}
