package org.issa.app.passenger.criteria;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.issa.app.web.MarkingView;
import org.issa.passenger.criteria.Backtest;
import org.issa.passenger.criteria.BacktestRecord;
import org.issa.passenger.criteria.Criterion;
import org.issa.passenger.criteria.CriterionVersion;
import org.issa.rules.Compilation;
import org.issa.rules.Field;
import org.issa.rules.RuleProblem;

/** The JSON shapes of the criteria API. */
public final class CriteriaViews {

    private CriteriaViews() {
    }

    public record CriterionView(String id, String name, String owner, String createdBy, Instant createdAt, int latestVersion,
                         Integer activeVersion, boolean retired, boolean reviewOverdue, MarkingView marking) {
        static CriterionView of(Criterion c, boolean overdue) {
            return new CriterionView(c.id(), c.name(), c.owner(), c.createdBy(), c.createdAt(), c.latestVersion(),
                    c.activeVersion().orElse(null), c.retired(), overdue, MarkingView.of(c.marking()));
        }
    }

    public record VersionView(int version, String status, String expression, String justification, LocalDate reviewDate, boolean reviewOverdue,
                       int priority, String author, Instant createdAt, String approvedBy, Instant approvedAt, String approvalNote,
                       String activatedBy, Instant activatedAt, String retiredBy, Instant retiredAt) {
        static VersionView of(CriterionVersion v, LocalDate today) {
            return new VersionView(v.version(), v.status().name(), v.expression(), v.justification(), v.reviewDate(),
                    v.reviewOverdue(today), v.priority(), v.author(), v.createdAt(), v.approvedBy().orElse(null),
                    v.approvedAt().orElse(null), v.approvalNote().orElse(null), v.activatedBy().orElse(null),
                    v.activatedAt().orElse(null), v.retiredBy().orElse(null), v.retiredAt().orElse(null));
        }
    }

    public record BacktestView(String id, int version, LocalDate from, LocalDate to, long bookings, long passengers, long hits, long undecided,
                        double seconds, String perDay, String runBy, Instant runAt) {
        static BacktestView of(BacktestRecord b) {
            return new BacktestView(b.id(), b.version(), b.from(), b.to(), b.bookings(), b.passengers(), b.hits(), b.undecided(),
                    b.seconds(), b.perDayJson(), b.runBy(), b.runAt());
        }
    }

    public record CriterionDetail(CriterionView criterion, List<VersionView> versions, List<BacktestView> backtests) {
    }

    public record ProblemView(String code, String message, int line, int column, String field) {
        static ProblemView of(RuleProblem p) {
            return new ProblemView(p.code(), p.message(), p.line(), p.column(), p.field().orElse(null));
        }
    }

    public record CompileView(boolean ok, List<String> fields, int alternatives, List<ProblemView> problems) {
        static CompileView of(Compilation c) {
            return new CompileView(c.ok(), c.rule().map(r -> r.fields()).orElse(List.of()),
                    c.rule().map(r -> r.alternativeCount()).orElse(0), c.problems().stream().map(ProblemView::of).toList());
        }
    }

    public record FieldView(String name, String type, String use, String label, String description, String example, String forbiddenBecause) {
        static FieldView of(Field f) {
            return new FieldView(f.name(), f.type().celName(), f.use().name(), f.label(), f.description(), f.example(),
                    f.forbiddenBecause());
        }
    }

    public record BacktestResultView(String id, int version, String source, LocalDate from, LocalDate to, long bookings, long passengers,
                              long hits, double hitRatePercent, long undecided, String undecidedReason, double seconds,
                              Map<LocalDate, Long> hitsPerDay, List<Backtest.SampleHit> sample) {
        static BacktestResultView of(BacktestRecord stored, String source, Backtest.Result r) {
            return new BacktestResultView(stored.id(), stored.version(), source, r.from(), r.to(), r.bookings(), r.passengers(), r.hits(),
                    Math.round(r.hitRatePercent() * 1000) / 1000.0, r.undecided(), r.firstUndecidedReason(), r.seconds(), r.hitsPerDay(),
                    r.sample());
        }
    }
}
