package org.issa.cyber.report;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Which files a report may carry: at most {@link #MAX_FILES} files of at most {@link #MAX_FILE_BYTES}
 * each and {@link #MAX_TOTAL_BYTES} together, of a type recognised from the content itself (the
 * client's declared type is not trusted): PDF, PNG, JPEG, GIF, or UTF-8 text (a saved e-mail, a log),
 * but no HTML.
 */
public final class AttachmentPolicy {

    public static final int MAX_FILES = 3;
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 5L * 1024 * 1024;

    private AttachmentPolicy() {
    }

    /** The media type recognised from the first bytes, or empty when the type is not accepted. */
    public static Optional<String> sniff(byte[] b) {
        if (starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (starts(b, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a})) {
            return Optional.of("image/png");
        }
        if (starts(b, new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, "GIF87a".getBytes(StandardCharsets.US_ASCII)) || starts(b, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("image/gif");
        }
        return isPlainText(b) ? Optional.of("text/plain") : Optional.empty();
    }

    private static boolean starts(byte[] b, byte[] magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (b[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Valid UTF-8 without control characters (other than tab, line feed, carriage return, form feed) and not HTML. */
    static boolean isPlainText(byte[] b) {
        if (b.length == 0) {
            return false;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
        }
        String head = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
        return !(head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<svg")
                || head.startsWith("<?xml"));
    }

    /** A file name safe to show and to offer for download: no path, no control or quoting characters, at most 120 characters. */
    public static String safeName(String name) {
        String n = name == null ? "" : name;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.replaceAll("[\\p{Cntrl}\"';<>`]", "_").strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            n = "attachment";
        }
        return n.length() > 120 ? n.substring(0, 120) : n;
    }
}
