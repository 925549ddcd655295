package org.issa.app.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** CSV helpers of the commands: a strict UTF-8 reader and an RFC 4180 line writer. */
final class CliCsv {

    private CliCsv() {
    }

    /** A reader that refuses bytes that are not UTF-8 instead of replacing them. */
    static Reader reader(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new java.io.BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder)) {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                try {
                    return super.read(cbuf, off, len);
                } catch (java.nio.charset.CharacterCodingException e) {
                    throw new IOException(file + " is not UTF-8 text (" + e + ")", e);
                }
            }
        };
    }

    static String line(String... cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells[i];
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        return b.append('\n').toString();
    }
}
