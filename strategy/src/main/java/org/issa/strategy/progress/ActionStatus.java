package org.issa.strategy.progress;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** Where an action stands. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, DELAYED, DROPPED;

    public String label() {
        return switch (this) {
            case PLANNED -> "Planned";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
            case DELAYED -> "Delayed";
            case DROPPED -> "Dropped";
        };
    }

    /** Finished one way or the other: nothing more is expected of the action. */
    public boolean closed() {
        return this == DONE || this == DROPPED;
    }

    public static ActionStatus parse(String field, String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, "unknown status '" + text
                    + "'; expected PLANNED, IN_PROGRESS, DONE, DELAYED or DROPPED");
        }
    }
}
