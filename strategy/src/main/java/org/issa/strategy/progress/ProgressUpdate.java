package org.issa.strategy.progress;

import java.time.Instant;
import java.util.Optional;
import org.issa.core.marking.Marking;

/** A dated note on an action's progress, by its author, under a marking; it may move the action's status. */
public record ProgressUpdate(String id, String actionCode, Instant at, String author, String body,
                             Optional<ActionStatus> statusAfter, Marking marking) {

    /** What lists and reports show instead of the text of an update that holds personal data. */
    public static final String MASKED_BODY = "[personal data: open the update and state your purpose to read it]";

    /** True when the text is withheld here and must be opened, with a purpose, to be read. */
    public boolean masked() {
        return marking.isPersonalData() && MASKED_BODY.equals(body);
    }

    /** The same update with its text withheld when it holds personal data. */
    public ProgressUpdate maskedIfPersonal() {
        return marking.isPersonalData()
                ? new ProgressUpdate(id, actionCode, at, author, MASKED_BODY, statusAfter, marking)
                : this;
    }
}
