package org.issa.matching.lists;

import java.io.InputStream;

/**
 * Reads one list file format into subjects. A reader is bounded by its {@link ListLimits} and is
 * all-or-nothing: on any error it throws a {@link ListFormatException} naming the problem and its
 * position, and never returns part of a list. Readers are stateless and thread-safe; they do not
 * close the stream.
 */
public interface ListReader {

    /** The format name, as accepted by {@link ListFormats#forName(String)}. */
    String format();

    /**
     * Reads the whole stream.
     *
     * @throws ListFormatException when the file is malformed, hostile, too large or incomplete
     */
    ListDocument read(InputStream in);
}
