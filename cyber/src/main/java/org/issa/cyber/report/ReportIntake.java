package org.issa.cyber.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.NotFoundException;
import org.issa.core.paging.Cursor;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;
import org.issa.cyber.report.observable.Observable;
import org.issa.cyber.report.observable.ObservableKind;
import org.issa.cyber.report.rsit.RsitSuggester;
import org.issa.cyber.report.rsit.RsitSuggestion;

/**
 * Takes reports in, from the public form (no account) and from partners through the API, and answers
 * reporters about their reports' status. A report is checked completely before anything is stored;
 * then the report, its observables, its attachments and the audit entry are written in one
 * transaction, so that nothing is half stored.
 */
public final class ReportIntake {

    /** The audit actor of submissions through the public form. */
    public static final String PUBLIC = "public";

    private final ReportStore store;
    private final RuleStore rules;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final IntakePolicy policy;

    public ReportIntake(ReportStore store, RuleStore rules, AuditLog audit, Transactions tx, Clock clock, IntakePolicy policy) {
        this.store = store;
        this.rules = rules;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.policy = policy;
    }

    /** A report from the public form. */
    public Receipt submitPublic(ReportInput in) {
        return submit(in, Channel.WEB, PUBLIC, policy.intakeAgency());
    }

    /** A report from a business or partner CERT through the API: their agency may follow it there. */
    public Receipt submitByPartner(Principal who, ReportInput in) {
        Roles.require(who, "submit reports through the API", Role.PARTNER, Role.ANALYST, Role.SUPERVISOR);
        return submit(in, Channel.API, who.username(), who.agency());
    }

    private Receipt submit(ReportInput in, Channel channel, String actor, String agency) {
        CheckedReport c = ReportValidation.check(in, clock);
        Set<ObservableKind> kinds = c.observables().stream().map(Observable::kind).collect(Collectors.toSet());
        RsitSuggestion s = RsitSuggester.suggest(rules.rsitRules(), c.description(), kinds);
        String secret = References.newSecret();
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
            String reference = References.newReference();
            while (store.referenceTaken(reference)) {
                reference = References.newReference();
            }
            Report r = new Report(UUID.randomUUID().toString(), reference, ReportStatus.NEW, channel, now, now, Optional.empty(),
                    actor, agency, c.reporterType(), c.anonymous(), c.contact(), c.language(), c.occurredOn(), c.country(), c.sector(),
                    c.description(), new Rsit(s.rsitClass(), s.rsitType()), s.reason(), Rsit.NONE, "", Optional.empty(), "",
                    policy.marking());
            store.insert(r, References.hash(reference, secret), c.observables(), c.attachments());
            audit.record(AuditEvent.write(actor, "cyber.report.submit", "cyber_report", r.id(), "reference " + reference + " via "
                    + channel + ", " + c.observables().size() + " observables, " + c.attachments().size() + " attachments, suggested "
                    + r.suggested() + (c.anonymous() ? ", anonymous" : "")));
            return new Receipt(r.id(), reference, secret);
        });
    }

    /**
     * The status for a reporter holding the reference and the secret; empty when either is wrong,
     * without saying which (references cannot be probed).
     */
    public Optional<ReporterView> status(String typedReference, String typedSecret) {
        Optional<String> reference = References.reference(typedReference);
        Optional<String> secret = References.secret(typedSecret);
        if (reference.isEmpty() || secret.isEmpty()) {
            return Optional.empty();
        }
        return store.statusRow(reference.get())
                .filter(row -> References.matches(row.reference(), secret.get(), row.secretHash()))
                .map(this::view);
    }

    /** A report the partner's agency submitted through the API, as its reporter sees it. */
    public ReporterView statusForPartner(Principal who, String typedReference) {
        Roles.require(who, "follow reports submitted through the API", Role.PARTNER, Role.ANALYST, Role.SUPERVISOR);
        return References.reference(typedReference).flatMap(store::statusRow)
                .filter(row -> row.channel() == Channel.API && row.submitterAgency().equals(who.agency()))
                .map(this::view)
                .orElseThrow(() -> new NotFoundException("report", typedReference));
    }

    /** The partner agency's own API submissions, newest first. */
    public Page<ReporterView> partnerReports(Principal who, String cursor, int limit) {
        Roles.require(who, "follow reports submitted through the API", Role.PARTNER, Role.ANALYST, Role.SUPERVISOR);
        String after = Cursor.decode(cursor);
        List<ReportStore.StatusRow> rows = store.statusRowsOfAgency(who.agency(), after.isEmpty() ? Optional.empty()
                : Optional.of(after), limit + 1);
        Page<ReportStore.StatusRow> page = Page.of(rows, limit, r -> ReportStore.keyOf(r.receivedAt(), r.id()));
        return new Page<>(page.items().stream().map(this::view).toList(), page.nextCursor());
    }

    private ReporterView view(ReportStore.StatusRow row) {
        List<ReporterView.Forwarded> fw = store.forwardings(row.id()).stream()
                .map(f -> new ReporterView.Forwarded(f.authorityName(), f.at())).toList();
        return new ReporterView(row.reference(), row.status(), row.receivedAt(), row.updatedAt(), row.confirmed(), fw);
    }
}
