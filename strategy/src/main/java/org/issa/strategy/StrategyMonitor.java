package org.issa.strategy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.error.Require;
import org.issa.core.indicator.IndicatorFeed;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.paging.Cursor;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;
import org.issa.strategy.catalogue.Action;
import org.issa.strategy.catalogue.Catalogue;
import org.issa.strategy.catalogue.Indicator;
import org.issa.strategy.catalogue.Objective;
import org.issa.strategy.progress.ActionStatus;
import org.issa.strategy.progress.IndicatorValue;
import org.issa.strategy.progress.ObjectiveProgress;
import org.issa.strategy.progress.ProgressStore;
import org.issa.strategy.progress.ProgressUpdate;
import org.issa.strategy.progress.StatusRecord;
import org.issa.strategy.progress.UpdateQuery;

/**
 * The strategy implementation monitor: reads the catalogue with the live status of each action,
 * records progress and indicator values (each write audited in its own transaction), and takes
 * live figures from the other modules through {@link IndicatorFeed}.
 */
public final class StrategyMonitor implements IndicatorFeed {

    public static final int MAX_BODY = 8000;

    private final Catalogue catalogue;
    private final ProgressStore store;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public StrategyMonitor(Catalogue catalogue, ProgressStore store, AuditLog audit, Transactions tx, Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Objective objective(String code) {
        return catalogue.objective(code).orElseThrow(() -> new NotFoundException("objective", code));
    }

    public Action action(String code) {
        return catalogue.action(code).orElseThrow(() -> new NotFoundException("action", code));
    }

    /** Status of every action; those never set are PLANNED. */
    public Map<String, ActionStatus> statuses() {
        return withDefaults(store.statuses());
    }

    /** Status of every action as it stood just before {@code until}. */
    public Map<String, ActionStatus> statusesBefore(Instant until) {
        return withDefaults(store.statusesBefore(until));
    }

    private Map<String, ActionStatus> withDefaults(Map<String, ActionStatus> stored) {
        Map<String, ActionStatus> out = new java.util.HashMap<>();
        catalogue.allActions().forEach(a -> out.put(a.code(), stored.getOrDefault(a.code(), ActionStatus.PLANNED)));
        return out;
    }

    /** Updates of a period, personal data masked: for reports. */
    public List<ProgressUpdate> updatesBetween(Principal reader, Instant from, Instant to, int limit) {
        return store.updates(reader, UpdateQuery.period(from, to), Optional.empty(), limit).stream()
                .map(ProgressUpdate::maskedIfPersonal).toList();
    }

    public Optional<StatusRecord> statusRecord(String actionCode) {
        return store.status(actionCode);
    }

    public List<ObjectiveProgress> progress() {
        Map<String, ActionStatus> statuses = statuses();
        return catalogue.objectives().stream().map(o -> progressOf(o, statuses)).toList();
    }

    public ObjectiveProgress progressOf(Objective o, Map<String, ActionStatus> statuses) {
        Map<ActionStatus, Integer> counts = new EnumMap<>(ActionStatus.class);
        List<Action> measures = catalogue.measures(o);
        for (Action m : measures) {
            counts.merge(statuses.getOrDefault(m.code(), ActionStatus.PLANNED), 1, Integer::sum);
        }
        return new ObjectiveProgress(o, counts, measures.size());
    }

    /** Sets an action's status; supervisors only. */
    public StatusRecord setStatus(Principal who, String actionCode, ActionStatus status, String reason) {
        requireRole(who, "change an action's status", Role.SUPERVISOR);
        Action a = action(actionCode);
        String why = Require.text("reason", reason, 2000);
        StatusRecord record = new StatusRecord(a.code(), status, clock.instant(), who.username());
        return tx.inTransaction(() -> {
            store.saveStatus(record);
            audit.record(AuditEvent.write(who.username(), "strategy.status.set", "strategy_action", a.code(),
                    status.name() + ": " + why));
            return record;
        });
    }

    /** Adds a dated progress update; analysts and supervisors. A status change in it needs a supervisor. */
    public ProgressUpdate addUpdate(Principal who, String actionCode, String body, Optional<ActionStatus> statusAfter,
                                    Marking requested) {
        requireRole(who, "record progress", Role.ANALYST, Role.SUPERVISOR);
        Action a = action(actionCode);
        if (statusAfter.isPresent() && !who.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("only a supervisor may change an action's status");
        }
        Marking marking = who.markingOfOwnRecord(requested);
        ProgressUpdate u = new ProgressUpdate(UUID.randomUUID().toString(), a.code(), clock.instant(), who.username(),
                Require.text("body", body, MAX_BODY), statusAfter, marking);
        return tx.inTransaction(() -> {
            store.insert(u);
            statusAfter.ifPresent(s -> store.saveStatus(new StatusRecord(a.code(), s, u.at(), who.username())));
            audit.record(AuditEvent.write(who.username(), "strategy.update.create", "strategy_progress_update", u.id(),
                    "action " + a.code() + statusAfter.map(s -> ", status " + s.name()).orElse("") + ", "
                            + marking.banner()));
            return u;
        });
    }

    public Page<ProgressUpdate> updates(Principal reader, Optional<String> actionOrObjective, String cursor, int limit) {
        return updates(reader, UpdateQuery.scope(actionOrObjective), cursor, limit);
    }

    /** Updates the reader may see, newest first, personal data masked. */
    public Page<ProgressUpdate> updates(Principal reader, UpdateQuery query, String cursor, int limit) {
        if (query.text().isPresent() && (query.text().get().isBlank() || query.text().get().length() > 200)) {
            throw new InvalidInputException("q", "search text must have 1 to 200 characters");
        }
        String after = Cursor.decode(cursor);
        List<ProgressUpdate> rows = store.updates(reader, query, after.isEmpty() ? Optional.empty() : Optional.of(after), limit + 1);
        return Page.of(rows.stream().map(ProgressUpdate::maskedIfPersonal).toList(), limit, ProgressStore::keyOf);
    }

    /**
     * One update in full. When it holds personal data the reader must state a purpose, and the
     * read is audited with it; without a purpose the text stays masked.
     */
    public ProgressUpdate update(Principal reader, String id, Optional<String> purpose) {
        ProgressUpdate u = store.update(reader, id).orElseThrow(() -> new NotFoundException("progress update", id));
        if (!u.marking().isPersonalData()) {
            return u;
        }
        if (purpose.isEmpty() || purpose.get().isBlank()) {
            return u.maskedIfPersonal();
        }
        audit.recordRead(reader.username(), "strategy_progress_update", u.id(), Require.text("purpose", purpose.get(), 1000));
        return u;
    }

    public long countUpdates(Principal reader) {
        return store.countUpdates(reader);
    }

    /** Records a value entered by hand; analysts and supervisors. */
    public IndicatorValue recordValue(Principal who, String indicatorCode, LocalDate date, BigDecimal value,
                                      Marking requested) {
        requireRole(who, "enter indicator values", Role.ANALYST, Role.SUPERVISOR);
        Marking marking = who.markingOfOwnRecord(requested);
        return store(indicatorCode, date, value, "manual", who.username(), marking);
    }

    /** A live figure from another module: stored UNCLASSIFIED, TLP:GREEN, as the system's. */
    @Override
    public void report(String indicatorCode, LocalDate date, BigDecimal value, String source) {
        String module = Require.text("source", source, 64);
        store(indicatorCode, date, value, module, "system",
                new Marking(Classification.UNCLASSIFIED, Tlp.GREEN, java.util.Set.of(), "ISSA", java.util.Set.of()));
    }

    private IndicatorValue store(String indicatorCode, LocalDate date, BigDecimal value, String source, String author,
                                 Marking marking) {
        Indicator indicator = catalogue.indicator(indicatorCode)
                .orElseThrow(() -> new InvalidInputException("indicator", "unknown indicator " + indicatorCode));
        if (date == null) {
            throw new InvalidInputException("date", "date is required");
        }
        if (date.getYear() < catalogue.periodFrom() - 1 || date.isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new InvalidInputException("date", "date must lie between " + (catalogue.periodFrom() - 1)
                    + " and today");
        }
        if (value == null) {
            throw new InvalidInputException("value", "value is required");
        }
        if (value.signum() < 0 || value.precision() - value.scale() > 16 || value.scale() > 4) {
            throw new InvalidInputException("value", "value must be non-negative, with at most 16 digits before "
                    + "and 4 after the decimal point");
        }
        if (indicator.unit().equals("percent") && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("value", "a percentage cannot exceed 100");
        }
        IndicatorValue v = new IndicatorValue(UUID.randomUUID().toString(), indicator.code(), date, value, source, author,
                clock.instant(), marking);
        return tx.inTransaction(() -> {
            store.insert(v);
            audit.record(AuditEvent.write(author, "strategy.indicator.record", "strategy_indicator_value", v.id(),
                    indicator.code() + " = " + value.toPlainString() + " on " + date + " (" + source + ")"));
            return v;
        });
    }

    public List<IndicatorValue> values(Principal reader, String objectiveOrActionCode, Optional<LocalDate> from,
                                       Optional<LocalDate> to) {
        return store.values(reader, objectiveOrActionCode, from, to);
    }

    private static void requireRole(Principal who, String what, Role... roles) {
        if (!who.hasAny(roles)) {
            throw new ForbiddenException("your roles do not allow you to " + what);
        }
    }


    public Instant now() {
        return clock.instant();
    }
}
