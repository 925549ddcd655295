package org.issa.core.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an entity or a statement about it comes from.
 *
 * @param dataset    the module or collection that published it, e.g. {@code passenger} or {@code caviar-phase-3}
 * @param source     the record it was read from within the dataset, e.g. a PNR message reference or a file name
 * @param recordedAt when the source recorded it (not when it was imported)
 */
public record Provenance(String dataset, String source, Instant recordedAt) {

    /** Dataset names: lower-case letters, digits, '-', '_' and '.', so that they can key a table and a URL. */
    public static final Pattern DATASET = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public Provenance {
        Objects.requireNonNull(dataset, "dataset");
        if (!DATASET.matcher(dataset).matches()) {
            throw new IllegalArgumentException("dataset '" + dataset
                    + "' must be 1-64 lower-case letters, digits, '.', '_' or '-'");
        }
        source = source == null ? "" : source;
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
