package org.issa.strategy.progress;

import java.time.Instant;
import java.util.Optional;

/**
 * Which progress updates to list: of an objective or action ({@code scope}), within [from, to),
 * and containing a text. The text search skips updates that hold personal data, so that a search
 * cannot reveal what their masked text says.
 */
public record UpdateQuery(Optional<String> scope, Optional<Instant> from, Optional<Instant> to, Optional<String> text) {

    public static UpdateQuery all() {
        return new UpdateQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static UpdateQuery scope(Optional<String> scope) {
        return new UpdateQuery(scope, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static UpdateQuery period(Instant from, Instant to) {
        return new UpdateQuery(Optional.empty(), Optional.of(from), Optional.of(to), Optional.empty());
    }
}
