package org.issa.cyber.report.observable;

import java.util.Objects;

/**
 * One normalised observable of a report.
 *
 * @param kind   what it is
 * @param value  the normalised form, the key of correlation
 * @param origin where it came from: the free text, a dedicated field, or derived from another
 *               observable (the domain of a URL)
 */
public record Observable(ObservableKind kind, String value, Origin origin) {

    /** Where an observable was found. */
    public enum Origin { TEXT, FIELD, DERIVED }

    public Observable {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an observable needs a value");
        }
    }
}
