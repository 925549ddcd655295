package org.issa.matching.lists;

import java.util.List;
import java.util.Objects;
import org.issa.matching.model.Subject;

/**
 * A list as read from one file: every entry, and what the reader noticed without failing.
 *
 * @param format        the reader's format name ({@code un}, {@code eu}, {@code ftm}, {@code csv})
 * @param sourceVersion the publisher's version stamp (UN {@code dateGenerated}, EU
 *                      {@code generationDate}, the latest FtM {@code last_change}); null when the
 *                      file has none
 * @param entries       the list entries in file order
 * @param warnings      values the reader could not use (an unknown country name, an invalid date,
 *                      skipped records), each once with its count; never errors
 */
public record ListDocument(String format, String sourceVersion, List<Subject> entries, List<String> warnings) {

    public ListDocument {
        Objects.requireNonNull(format, "format");
        entries = List.copyOf(entries);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
