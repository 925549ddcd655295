package org.issa.app.watchlist;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.issa.core.error.InvalidInputException;
import org.issa.matching.lists.ListDocument;
import org.issa.matching.lists.ListReader;

/**
 * The list readers of this node, by format name (the name of their bean). A reader's failure on a
 * file, whatever it throws, becomes a 400 naming {@code file}: the import then stores nothing.
 */
public final class ListReaders implements ListSource {

    /** The formats the import page offers; those without a reader here are shown as unavailable. */
    public static final Set<String> KNOWN = Set.of("un", "eu", "ftm", "csv");

    private final Map<String, ListReader> readers;

    public ListReaders(Map<String, ListReader> readers) {
        this.readers = new TreeMap<>(readers);
    }

    @Override
    public Set<String> formats() {
        return readers.keySet();
    }

    @Override
    public ListDocument read(String format, InputStream in) {
        String f = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        ListReader reader = readers.get(f);
        if (reader == null) {
            throw new InvalidInputException("format", "no reader for list format '" + format + "' on this node"
                    + (readers.isEmpty() ? "" : " (available: " + String.join(", ", readers.keySet()) + ")"));
        }
        try {
            ListDocument doc = reader.read(in);
            if (doc == null || doc.entries() == null) {
                throw new InvalidInputException("file", "the file could not be read as " + f + ": no entries");
            }
            return doc;
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InvalidInputException("file", "the file could not be read as " + f + ": " + why);
        }
    }
}
