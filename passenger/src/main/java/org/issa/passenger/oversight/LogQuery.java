package org.issa.passenger.oversight;

import java.time.Instant;
import java.util.Optional;

/** The DPO's filters over the processing log: who, what, when, for which purpose, on which record; each optional. */
public record LogQuery(Optional<String> actor, Optional<LogCategory> category, Optional<Instant> from, Optional<Instant> to,
                       Optional<String> purposeContains, Optional<String> recordId) {

    public static LogQuery all() {
        return new LogQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
