package org.issa.matching.lists;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The list formats ISSA reads, by name or guessed from a file's first bytes. */
public final class ListFormats {

    /** The format names {@link #forName(String)} accepts. */
    public static final List<String> NAMES = List.of(UnListReader.FORMAT, EuListReader.FORMAT, FtmReader.FORMAT,
            CsvListReader.FORMAT);

    private ListFormats() {
    }

    /** A reader with the default limits; CSV detects its column mapping from the header. */
    public static ListReader forName(String format) {
        return forName(format, ListLimits.DEFAULT);
    }

    /**
     * A reader for {@code un}, {@code eu}, {@code ftm} or {@code csv} (any case).
     *
     * @throws ListFormatException for any other name, listing the valid ones
     */
    public static ListReader forName(String format, ListLimits limits) {
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case UnListReader.FORMAT -> new UnListReader(limits);
            case EuListReader.FORMAT -> new EuListReader(limits);
            case FtmReader.FORMAT -> new FtmReader(limits);
            case CsvListReader.FORMAT -> new CsvListReader(null, limits);
            default -> throw new ListFormatException("unknown list format '" + format + "' (expected one of "
                    + String.join(", ", NAMES) + ")");
        };
    }

    /**
     * Guesses the format from the first bytes of a file (a few kilobytes are plenty): the UN root
     * element {@code CONSOLIDATED_LIST} gives {@code un}, the EU namespace {@code fpi/fsd/export}
     * {@code eu}, a first character "{" {@code ftm}, anything else that is not XML {@code csv}.
     *
     * @throws ListFormatException for XML that is neither UN nor EU
     */
    public static String detect(byte[] head) {
        String text = decode(head);
        if (text.contains("CONSOLIDATED_LIST")) {
            return UnListReader.FORMAT;
        }
        if (text.contains("fpi/fsd/export")) {
            return EuListReader.FORMAT;
        }
        String start = text.stripLeading();
        if (start.startsWith("{")) {
            return FtmReader.FORMAT;
        }
        if (start.startsWith("<")) {
            throw new ListFormatException("XML list not recognised: expected the UN consolidated list "
                    + "(<CONSOLIDATED_LIST>) or the EU financial sanctions file (namespace "
                    + EuListReader.NAMESPACE + ")");
        }
        return CsvListReader.FORMAT;
    }

    /** UTF-16 when a byte-order mark says so, else Latin-1 (enough to find ASCII markers). */
    private static String decode(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
        }
        String s = new String(head, StandardCharsets.ISO_8859_1);
        return s.startsWith("\u00EF\u00BB\u00BF") ? s.substring(3) : s;
    }
}
