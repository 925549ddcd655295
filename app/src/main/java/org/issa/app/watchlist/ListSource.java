package org.issa.app.watchlist;

import java.io.InputStream;
import java.util.Set;
import org.issa.matching.lists.ListDocument;

/** Where an import finds the reader of a list file's format. */
public interface ListSource {

    /** The formats this node can read, by name ({@code un}, {@code eu}, {@code ftm}, {@code csv}…). */
    Set<String> formats();

    /**
     * Reads a whole file in memory.
     *
     * @throws org.issa.core.error.InvalidInputException naming {@code format} when the format is unknown
     *         here, or {@code file} when the file is not one of that format
     */
    ListDocument read(String format, InputStream in);
}
