package org.issa.strategy.progress;

import java.util.Map;
import org.issa.strategy.catalogue.Objective;

/** How far an objective has come: its measures counted by status. */
public record ObjectiveProgress(Objective objective, Map<ActionStatus, Integer> byStatus, int measures) {

    public int count(ActionStatus s) {
        return byStatus.getOrDefault(s, 0);
    }

    /** Share of measures done, in whole percent. */
    public int percentDone() {
        return measures == 0 ? 0 : Math.round(100f * count(ActionStatus.DONE) / measures);
    }
}
