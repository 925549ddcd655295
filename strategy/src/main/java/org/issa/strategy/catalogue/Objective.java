package org.issa.strategy.catalogue;

import java.util.List;

/** One of the strategy's five strategic objectives and its actions. */
public record Objective(String code, String title, String summary, List<Action> actions) {

    public Objective {
        actions = List.copyOf(actions);
    }
}
