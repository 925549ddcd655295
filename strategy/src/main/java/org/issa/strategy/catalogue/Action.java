package org.issa.strategy.catalogue;

import java.util.List;

/** An action of the strategy, or a sub-action (a concrete measure) of one. */
public record Action(String code, String title, List<String> owners, int periodFrom, int periodTo,
                     String objectiveCode, String parentCode, List<Action> subActions, List<Indicator> indicators) {

    public Action {
        owners = List.copyOf(owners);
        subActions = List.copyOf(subActions);
        indicators = List.copyOf(indicators);
    }

    public boolean isSubAction() {
        return parentCode != null;
    }

    /** Planned to be finished by the end of {@code year}. */
    public boolean dueBy(int year) {
        return periodTo <= year;
    }
}
