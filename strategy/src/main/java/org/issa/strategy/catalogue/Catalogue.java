package org.issa.strategy.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The strategy as data: objectives, their actions and sub-actions, indicators, and report history. */
public final class Catalogue {

    private final String id;
    private final String title;
    private final String reference;
    private final String adopted;
    private final int periodFrom;
    private final int periodTo;
    private final String source;
    private final List<Objective> objectives;
    private final List<HistoricReport> history;
    private final Map<String, Action> actions = new LinkedHashMap<>();
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();

    public Catalogue(String id, String title, String reference, String adopted, int periodFrom, int periodTo,
                     String source, List<Objective> objectives, List<HistoricReport> history) {
        this.id = id;
        this.title = title;
        this.reference = reference;
        this.adopted = adopted;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.source = source;
        this.objectives = List.copyOf(objectives);
        this.history = List.copyOf(history);
        for (Objective o : objectives) {
            for (Action a : o.actions()) {
                index(a);
            }
        }
    }

    private void index(Action a) {
        if (actions.put(a.code(), a) != null) {
            throw new IllegalArgumentException("duplicate action code " + a.code());
        }
        for (Indicator i : a.indicators()) {
            if (indicators.put(i.code(), i) != null) {
                throw new IllegalArgumentException("duplicate indicator code " + i.code());
            }
        }
        a.subActions().forEach(this::index);
    }

    public String id() { return id; }
    public String title() { return title; }
    public String reference() { return reference; }
    public String adopted() { return adopted; }
    public int periodFrom() { return periodFrom; }
    public int periodTo() { return periodTo; }
    public String source() { return source; }
    public List<Objective> objectives() { return objectives; }
    public List<HistoricReport> history() { return history; }

    public Optional<Objective> objective(String code) {
        return objectives.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    public Optional<Action> action(String code) {
        return Optional.ofNullable(actions.get(code));
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    /** Every action and sub-action, in catalogue order. */
    public Stream<Action> allActions() {
        return actions.values().stream();
    }

    /** The sub-actions of an objective, or its actions where they have none: the units progress is counted in. */
    public List<Action> measures(Objective o) {
        return o.actions().stream()
                .flatMap(a -> a.subActions().isEmpty() ? Stream.of(a) : a.subActions().stream())
                .toList();
    }

    public List<Indicator> indicatorsOf(Objective o) {
        return allActions().filter(a -> a.objectiveCode().equals(o.code()))
                .flatMap(a -> a.indicators().stream()).toList();
    }

    public Optional<HistoricReport> historyOf(int year) {
        return history.stream().filter(h -> h.year() == year).findFirst();
    }
}
