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
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.error.Require;
import org.issa.core.marking.Marking;
import org.issa.core.paging.Cursor;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;
import org.issa.cyber.outbox.OutboxMessage;
import org.issa.cyber.report.observable.Observable;
import org.issa.cyber.report.observable.ObservableKind;
import org.issa.cyber.report.routing.Router;
import org.issa.cyber.report.routing.RoutingRule;
import org.issa.cyber.report.rsit.RsitSuggester;
import org.issa.cyber.report.rsit.RsitTaxonomy;

/**
 * The analysts' side of reports: the queue, the report page (a read of personal data, audited with
 * its purpose), confirming or changing the RSIT classification, rejecting, forwarding to the
 * competent authority by the routing rules, and re-marking. Forwarding is a deliberate act of an
 * analyst, never automatic: personal data leaves the node only after a person looked at the report.
 */
public final class Triage {

    public static final int CORRELATION_LIMIT = 100;

    private final ReportStore store;
    private final RuleStore rules;
    private final RsitTaxonomy taxonomy;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public Triage(ReportStore store, RuleStore rules, RsitTaxonomy taxonomy, AuditLog audit, Transactions tx, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public RsitTaxonomy taxonomy() {
        return taxonomy;
    }

    /** The queue, newest first; no personal data in it, so no purpose is asked. */
    public Page<ReportSummary> queue(Principal reader, Optional<ReportStatus> status, String cursor, int limit) {
        Roles.require(reader, "see the report queue", Role.ANALYST, Role.SUPERVISOR, Role.DPO);
        String after = Cursor.decode(cursor);
        List<ReportSummary> rows = store.queue(reader, status, after.isEmpty() ? Optional.empty() : Optional.of(after), limit + 1);
        return Page.of(rows, limit, r -> ReportStore.keyOf(r.receivedAt(), r.id()));
    }

    public long count(Principal reader, Optional<ReportStatus> status) {
        return store.count(reader, status);
    }

    /** The report in full; the purpose is required and recorded with the read. */
    public ReportFile open(Principal reader, String id, String purpose) {
        Roles.require(reader, "read reports", Role.ANALYST, Role.SUPERVISOR, Role.DPO);
        String why = Require.text("purpose", purpose, 1000);
        return tx.inTransaction(() -> {
            Report r = report(reader, id);
            audit.recordRead(reader.username(), "cyber_report", r.id(), why);
            List<Observable> observables = store.observables(r.id());
            Set<ObservableKind> kinds = observables.stream().map(Observable::kind).collect(Collectors.toSet());
            Rsit c = r.classification();
            return new ReportFile(r, observables, store.correlations(reader, r.id(), CORRELATION_LIMIT), store.attachments(r.id()),
                    RsitSuggester.suggest(rules.rsitRules(), r.description(), kinds),
                    Router.route(rules.routingRules(), c.rsitClass(), c.rsitType(), r.country(), r.sector()),
                    store.forwardings(r.id()), store.outbox(reader, r.id(), 50));
        });
    }

    private Report report(Principal reader, String id) {
        return store.report(reader, id).orElseThrow(() -> new NotFoundException("report", id));
    }

    /** Confirms the suggestion or sets another class and type: the report is TRIAGED. */
    public Report classify(Principal who, String id, String rsitClass, String rsitType, String note) {
        Roles.triage(who, "classify reports");
        RsitTaxonomy.RsitType t = taxonomy.require(rsitClass, rsitType);
        String why = note == null ? "" : note.strip();
        if (why.length() > 2000) {
            throw new InvalidInputException("note", "note must be at most 2000 characters");
        }
        return tx.inTransaction(() -> {
            Report r = report(who, id);
            r.status().requireMove(ReportStatus.TRIAGED);
            Rsit rsit = new Rsit(t.classValue(), t.value());
            Instant now = clock.instant();
            store.classify(r.id(), rsit, who.username(), ReportStatus.TRIAGED, now, why);
            boolean confirmed = rsit.equals(r.suggested());
            audit.record(AuditEvent.write(who.username(), "cyber.report.classify", "cyber_report", r.id(), r.reference() + " "
                    + (confirmed ? "suggestion confirmed: " : "classified as ") + rsit.machineTag()
                    + (confirmed ? "" : " (suggested " + r.suggested() + ")") + (why.isEmpty() ? "" : ": " + why)));
            return report(who, id);
        });
    }

    public Report reject(Principal who, String id, String reason) {
        Roles.triage(who, "reject reports");
        String why = Require.text("reason", reason, 2000);
        return tx.inTransaction(() -> {
            Report r = report(who, id);
            r.status().requireMove(ReportStatus.REJECTED);
            Instant now = clock.instant();
            store.updateStatus(r.id(), ReportStatus.REJECTED, now, Optional.of(now), why);
            audit.record(AuditEvent.write(who.username(), "cyber.report.reject", "cyber_report", r.id(), r.reference() + ": " + why));
            return report(who, id);
        });
    }

    /**
     * Forwards a triaged report to the authority the routing rules name (or, when {@code ruleId} is
     * given, to that rule's authority), logs who did it under which rule, and, when the reporter left
     * an e-mail address, queues a notification in the outbox.
     */
    public Forwarding forward(Principal who, String id, Optional<String> ruleId) {
        Roles.triage(who, "forward reports");
        return tx.inTransaction(() -> {
            Report r = report(who, id);
            r.status().requireMove(ReportStatus.FORWARDED);
            if (!r.confirmed().isSet()) {
                throw new org.issa.core.error.ConflictException("confirm the classification before forwarding");
            }
            List<RoutingRule> all = rules.routingRules();
            RoutingRule rule = ruleId.filter(s -> !s.isBlank()).map(rid -> all.stream().filter(x -> x.id().equals(rid) && x.active()).findFirst()
                            .orElseThrow(() -> new InvalidInputException("ruleId", "no active routing rule " + rid)))
                    .orElseGet(() -> Router.route(all, r.confirmed().rsitClass(), r.confirmed().rsitType(), r.country(), r.sector()));
            Instant now = clock.instant();
            Forwarding f = new Forwarding(UUID.randomUUID().toString(), r.id(), now, who.username(), rule.authorityCode(),
                    rule.authorityName(), rule.id(), truncate(rule.describe(), 500));
            store.insert(f);
            store.updateStatus(r.id(), ReportStatus.FORWARDED, now, Optional.of(now), "forwarded to " + rule.authorityName());
            audit.record(AuditEvent.write(who.username(), "cyber.report.forward", "cyber_report", r.id(), r.reference() + " to "
                    + rule.authorityCode() + " under " + f.ruleText()));
            if (!r.contact().email().isEmpty()) {
                Notifications.Text text = Notifications.forwarded(r.language(), r.reference(), rule.authorityName());
                OutboxMessage m = OutboxMessage.queued(UUID.randomUUID().toString(), now, OutboxMessage.Kind.REPORT_FORWARDED,
                        r.contact().email(), r.language(), text.subject(), text.body(), r.id(), Optional.empty(), r.marking());
                store.insert(m);
                audit.record(AuditEvent.write(who.username(), "cyber.outbox.queue", "cyber_outbox", m.id(), "notification of "
                        + r.reference() + " queued (not sent: no mail relay is configured)"));
            }
            return f;
        });
    }

    /** Changes a report's marking (supervisors); the writer's agency becomes the originator, as for any record they mark. */
    public Report remark(Principal who, String id, Marking requested, String reason) {
        Roles.require(who, "change a report's marking", Role.SUPERVISOR);
        String why = Require.text("reason", reason, 2000);
        Marking m = who.markingOfOwnRecord(requested);
        Marking withPersonalData = m.isPersonalData() ? m : m.withHandling(java.util.EnumSet.of(org.issa.core.marking.Handling.PERSONAL_DATA));
        return tx.inTransaction(() -> {
            Report r = report(who, id);
            store.remark(r.id(), withPersonalData, clock.instant());
            audit.record(AuditEvent.write(who.username(), "cyber.report.remark", "cyber_report", r.id(), r.reference() + ": "
                    + r.marking().banner() + " → " + withPersonalData.banner() + ": " + why));
            return store.report(who, id).orElse(r);
        });
    }

    /** An attachment's bytes: a read of personal data, audited with its purpose. */
    public AttachmentContent attachment(Principal reader, String reportId, String attachmentId, String purpose) {
        Roles.require(reader, "read reports", Role.ANALYST, Role.SUPERVISOR, Role.DPO);
        String why = Require.text("purpose", purpose, 1000);
        return tx.inTransaction(() -> {
            Report r = report(reader, reportId);
            Attachment a = store.attachments(r.id()).stream().filter(x -> x.id().equals(attachmentId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
            byte[] bytes = store.attachmentContent(r.id(), a.id()).orElseThrow(() -> new NotFoundException("attachment", attachmentId));
            audit.recordRead(reader.username(), "cyber_report_attachment", a.id(), why);
            return new AttachmentContent(a, bytes);
        });
    }

    /** An attachment with its bytes. */
    public record AttachmentContent(Attachment attachment, byte[] content) {
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
