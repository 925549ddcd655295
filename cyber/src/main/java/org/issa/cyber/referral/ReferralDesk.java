package org.issa.cyber.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.error.Require;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;
import org.issa.cyber.advisory.AdvisoryContent;
import org.issa.cyber.outbox.Outbox;
import org.issa.cyber.outbox.OutboxMessage;

/**
 * Referrals of illegal content to hosting services. An analyst drafts one (URL, DSA category and
 * content type, legal provision and member state, explanation); a supervisor other than the author
 * approves it, which queues the notice for the provider's point of contact in the outbox and starts
 * the clock; the provider's acknowledgement and response (with its DSA decision codes) are recorded
 * as they come; a referral past its deadline can be closed as NO_RESPONSE. Every step is audited and
 * kept in the referral's history.
 */
public final class ReferralDesk {

    public static final int DEFAULT_DUE_HOURS = 72;
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");

    private final ReferralStore store;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final DsaVocabulary vocabulary;

    public ReferralDesk(ReferralStore store, Outbox outbox, AuditLog audit, Transactions tx, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.vocabulary = DsaVocabulary.builtIn();
    }

    public DsaVocabulary vocabulary() {
        return vocabulary;
    }

    /** What a provider entry says; {@code country} is an ISO 3166-1 alpha-2 code. */
    public record ProviderInput(String name, String country, String contactEmail, String contactUrl, String notes) {
    }

    /** What an analyst fills in for a referral. */
    public record ReferralInput(String providerId, String url, String category, String contentType, String legalProvision,
                                String memberState, String explanation, Integer dueHours, Marking marking) {
    }

    public HostingProvider addProvider(Principal who, ProviderInput in) {
        requireRole(who, "maintain the provider register", Role.ANALYST, Role.SUPERVISOR);
        HostingProvider p = provider(UUID.randomUUID().toString(), in, now(), who.username());
        return tx.inTransaction(() -> {
            if (store.providerNameTaken(p.name(), p.id())) {
                throw new ConflictException("a provider named '" + p.name() + "' is already registered");
            }
            store.insert(p);
            audit.record(AuditEvent.write(who.username(), "cyber.provider.create", "cyber_hosting_provider", p.id(), p.name()));
            return p;
        });
    }

    public HostingProvider updateProvider(Principal who, String id, ProviderInput in) {
        requireRole(who, "maintain the provider register", Role.ANALYST, Role.SUPERVISOR);
        HostingProvider old = provider(id);
        HostingProvider p = provider(id, in, old.createdAt(), old.createdBy());
        return tx.inTransaction(() -> {
            if (store.providerNameTaken(p.name(), p.id())) {
                throw new ConflictException("a provider named '" + p.name() + "' is already registered");
            }
            store.update(p);
            audit.record(AuditEvent.write(who.username(), "cyber.provider.update", "cyber_hosting_provider", p.id(), p.name()));
            return p;
        });
    }

    public List<HostingProvider> providers() {
        return store.providers();
    }

    public HostingProvider provider(String id) {
        return store.provider(id).orElseThrow(() -> new NotFoundException("hosting provider", id));
    }

    private static HostingProvider provider(String id, ProviderInput in, Instant createdAt, String createdBy) {
        if (in == null) {
            throw new InvalidInputException("body", "the provider's details are required");
        }
        String country = in.country() == null ? "" : in.country().strip().toUpperCase(Locale.ROOT);
        if (!STATE.matcher(country).matches()) {
            throw new InvalidInputException("country", "country must be a two-letter ISO 3166-1 code such as IE");
        }
        String email = Require.text("contactEmail", in.contactEmail(), 254);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("contactEmail", "contactEmail must be an e-mail address");
        }
        return new HostingProvider(id, AdvisoryContent.text("name", in.name(), 200), country, email,
                AdvisoryContent.webUrl("contactUrl", in.contactUrl()),
                in.notes() == null || in.notes().isBlank() ? "" : AdvisoryContent.text("notes", in.notes(), 2000), createdAt, createdBy);
    }

    public Referral create(Principal who, ReferralInput in) {
        requireRole(who, "draft referrals", Role.ANALYST);
        if (in == null) {
            throw new InvalidInputException("body", "the referral's details are required");
        }
        if (in.providerId() == null || in.providerId().isBlank()) {
            throw new InvalidInputException("providerId", "choose the hosting provider");
        }
        HostingProvider p = store.provider(in.providerId())
                .orElseThrow(() -> new InvalidInputException("providerId", "no hosting provider " + in.providerId() + " in the register"));
        String url = AdvisoryContent.webUrl("url", in.url());
        String category = vocabulary.require("category", DsaVocabulary.CATEGORY, in.category());
        String type = vocabulary.require("contentType", DsaVocabulary.CONTENT_TYPE, in.contentType());
        String provision = AdvisoryContent.text("legalProvision", in.legalProvision(), 500);
        String state = in.memberState() == null ? "" : in.memberState().strip().toUpperCase(Locale.ROOT);
        if (!STATE.matcher(state).matches()) {
            throw new InvalidInputException("memberState", "memberState must be the two-letter code of the member state whose law is"
                    + " breached, such as FR");
        }
        String explanation = AdvisoryContent.text("explanation", in.explanation(), 4000);
        int due = in.dueHours() == null ? DEFAULT_DUE_HOURS : in.dueHours();
        if (due < 1 || due > 24 * 90) {
            throw new InvalidInputException("dueHours", "dueHours must be between 1 and 2160 (90 days)");
        }
        Marking marking = who.markingOfOwnRecord(in.marking() == null
                ? new Marking(Classification.UNCLASSIFIED, Tlp.AMBER, Set.of(), who.agency(), Set.of()) : in.marking());
        Instant now = now();
        return tx.inTransaction(() -> {
            String prefix = "REF-" + now.atZone(ZoneOffset.UTC).getYear() + "-";
            Referral r = new Referral(UUID.randomUUID().toString(), prefix + String.format("%05d", store.countReferences(prefix) + 1),
                    p.id(), p.name(), url, category, type, provision, state, explanation, due, ReferralStatus.DRAFTED, who.username(), now,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), "", marking);
            store.insert(r);
            store.insert(new ReferralEvent(UUID.randomUUID().toString(), r.id(), now, who.username(), ReferralStatus.DRAFTED,
                    ReferralStatus.DRAFTED, "drafted"));
            audit.record(AuditEvent.write(who.username(), "cyber.referral.create", "cyber_referral", r.id(),
                    r.reference() + " to " + p.name() + ", " + category + ", " + marking.banner()));
            return r;
        });
    }

    /**
     * Four eyes: a supervisor other than the author approves sending, with a reason. The notice is
     * queued in the outbox for the provider's point of contact; nothing is mailed from here.
     */
    public Referral approveAndSend(Principal who, String id, String reason) {
        requireRole(who, "approve sending referrals", Role.SUPERVISOR);
        String why = Require.text("reason", reason, 2000);
        Referral r = get(who, id);
        expect(r, ReferralStatus.DRAFTED);
        if (r.createdBy().equals(who.username())) {
            throw new ForbiddenException("four-eyes rule: the author of a referral may not approve sending it");
        }
        HostingProvider p = provider(r.providerId());
        Instant now = now();
        Referral sent = with(r, ReferralStatus.SENT, Optional.of(who.username()), Optional.of(why), Optional.of(now), r.acknowledgedAt(),
                r.resolvedAt(), r.decisions(), r.responseNote());
        return move(who, r, sent, "approved and sent: " + why, () -> outbox.add(OutboxMessage.queued(UUID.randomUUID().toString(), now,
                OutboxMessage.Kind.REFERRAL_NOTICE, p.contactEmail(), "en", "Notice of illegal content " + r.reference(), notice(r, p),
                r.reference(), Optional.empty(), r.marking())));
    }

    public Referral acknowledge(Principal who, String id, String note) {
        requireRole(who, "record providers' answers", Role.ANALYST, Role.SUPERVISOR);
        Referral r = get(who, id);
        expect(r, ReferralStatus.SENT);
        String n = note == null || note.isBlank() ? "receipt acknowledged" : AdvisoryContent.text("note", note, 4000);
        Referral ack = with(r, ReferralStatus.ACKNOWLEDGED, r.approvedBy(), r.approvalReason(), r.sentAt(), Optional.of(now()),
                r.resolvedAt(), r.decisions(), r.responseNote());
        return move(who, r, ack, n, () -> { });
    }

    /**
     * Records the provider's decision: REMOVED needs the DSA code DECISION_VISIBILITY_CONTENT_REMOVED,
     * ACCESS_DISABLED needs DECISION_VISIBILITY_CONTENT_DISABLED, and REFUSED may carry neither.
     */
    public Referral recordResponse(Principal who, String id, ReferralStatus outcome, List<String> decisions, String note) {
        requireRole(who, "record providers' answers", Role.ANALYST, Role.SUPERVISOR);
        if (outcome == null || !ReferralStatus.RESPONSES.contains(outcome)) {
            throw new InvalidInputException("outcome", "outcome must be REMOVED, ACCESS_DISABLED or REFUSED");
        }
        Set<String> codes = new LinkedHashSet<>();
        List<String> given = decisions == null ? List.of() : decisions;
        for (int i = 0; i < given.size(); i++) {
            String c = given.get(i) == null ? "" : given.get(i).strip();
            if (vocabulary.decisionListOf(c).isEmpty()) {
                throw new InvalidInputException("decisions[" + i + "]", "'" + given.get(i) + "' is not a DSA decision code");
            }
            codes.add(c);
        }
        boolean removed = codes.contains("DECISION_VISIBILITY_CONTENT_REMOVED");
        boolean disabled = codes.contains("DECISION_VISIBILITY_CONTENT_DISABLED");
        if (outcome == ReferralStatus.REMOVED && !removed) {
            throw new InvalidInputException("decisions", "a removal is recorded with DECISION_VISIBILITY_CONTENT_REMOVED");
        }
        if (outcome == ReferralStatus.ACCESS_DISABLED && !disabled) {
            throw new InvalidInputException("decisions", "disabled access is recorded with DECISION_VISIBILITY_CONTENT_DISABLED");
        }
        if (outcome == ReferralStatus.REFUSED && (removed || disabled)) {
            throw new InvalidInputException("decisions", "a refusal cannot carry a removal or disabling decision");
        }
        String n = note == null || note.isBlank() ? "" : AdvisoryContent.text("note", note, 4000);
        Referral r = get(who, id);
        if (!r.status().awaitingProvider()) {
            throw new ConflictException(r.reference() + " is " + r.status() + "; a response is recorded only while the provider is awaited");
        }
        Referral done = with(r, outcome, r.approvedBy(), r.approvalReason(), r.sentAt(), r.acknowledgedAt(), Optional.of(now()),
                List.copyOf(codes), n);
        return move(who, r, done, outcome.label() + (codes.isEmpty() ? "" : " " + codes) + (n.isEmpty() ? "" : ": " + n), () -> { });
    }

    /** Closes an overdue referral as NO_RESPONSE; refused before its deadline. */
    public Referral markNoResponse(Principal who, String id) {
        requireRole(who, "record providers' answers", Role.ANALYST, Role.SUPERVISOR);
        Referral r = get(who, id);
        if (!r.overdue(clock.instant())) {
            throw new ConflictException(r.reference() + " is not overdue" + r.dueAt().map(d -> " (due " + d + ")").orElse(""));
        }
        Referral closed = with(r, ReferralStatus.NO_RESPONSE, r.approvedBy(), r.approvalReason(), r.sentAt(), r.acknowledgedAt(),
                Optional.of(now()), r.decisions(), r.responseNote());
        return move(who, r, closed, "no response by the deadline", () -> { });
    }

    public Referral get(Principal reader, String id) {
        requireRole(reader, "read referrals", Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR);
        return store.find(reader, id).orElseThrow(() -> new NotFoundException("referral", id));
    }

    public List<ReferralEvent> history(Principal reader, String id) {
        return store.events(get(reader, id).id());
    }

    public List<Referral> list(Principal reader, List<ReferralStatus> statuses, Optional<String> providerId, int limit) {
        requireRole(reader, "read referrals", Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR);
        return store.list(reader, statuses, providerId, limit);
    }

    /** Reminders: referrals still awaiting the provider after their deadline, the longest overdue first. */
    public List<Referral> overdue(Principal reader) {
        Instant now = clock.instant();
        List<Referral> out = new ArrayList<>(list(reader, List.of(ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED), Optional.empty(),
                10_000).stream().filter(r -> r.overdue(now)).toList());
        out.sort(java.util.Comparator.comparing(r -> r.dueAt().orElseThrow()));
        return out;
    }

    /** Statistics over every referral the reader may see. */
    public Statistics statistics(Principal reader) {
        List<Referral> all = list(reader, List.of(), Optional.empty(), 100_000);
        return new Statistics(ReferralStatistics.overall(all), ReferralStatistics.byProvider(all),
                ReferralStatistics.byCategory(all, vocabulary));
    }

    /** The statistics page and export. */
    public record Statistics(ReferralStatistics.Row overall, List<ReferralStatistics.Row> byProvider,
                             List<ReferralStatistics.Row> byCategory) {
    }

    public Instant now() {
        return ReferralStore.now(clock);
    }

    private Referral move(Principal who, Referral before, Referral after, String note, Runnable also) {
        return tx.inTransaction(() -> {
            if (!store.updateWorkflow(after, before.status())) {
                throw new ConflictException(before.reference() + " changed meanwhile; reload and try again");
            }
            store.insert(new ReferralEvent(UUID.randomUUID().toString(), after.id(), now(), who.username(), before.status(), after.status(),
                    note));
            also.run();
            audit.record(AuditEvent.write(who.username(), "cyber.referral." + after.status().name().toLowerCase(Locale.ROOT),
                    "cyber_referral", after.id(), after.reference() + ": " + before.status() + " → " + after.status() + ", " + note));
            return after;
        });
    }

    private String notice(Referral r, HostingProvider p) {
        return "To: " + p.name() + " (point of contact " + p.contactEmail() + ")\n"
                + "Reference: " + r.reference() + "\n\n"
                + "We notify you of the following content, which we consider illegal:\n"
                + "URL: " + r.url() + "\n"
                + "Category (DSA): " + r.category() + " — " + vocabulary.label(r.category()) + "\n"
                + "Content type (DSA): " + r.contentType() + " — " + vocabulary.label(r.contentType()) + "\n"
                + "Legal ground: " + r.legalProvision() + " (" + r.memberState() + ")\n\n"
                + "Why the content is illegal:\n" + r.explanation() + "\n\n"
                + "Please act on this notice and tell us your decision, with its DSA decision codes, within " + r.dueHours()
                + " hours, quoting the reference above.\n";
    }

    private static void expect(Referral r, ReferralStatus status) {
        if (r.status() != status) {
            throw new ConflictException(r.reference() + " is " + r.status() + ", not " + status);
        }
    }

    private static Referral with(Referral r, ReferralStatus status, Optional<String> approvedBy, Optional<String> approvalReason,
                                 Optional<Instant> sentAt, Optional<Instant> acknowledgedAt, Optional<Instant> resolvedAt,
                                 List<String> decisions, String note) {
        return new Referral(r.id(), r.reference(), r.providerId(), r.providerName(), r.url(), r.category(), r.contentType(),
                r.legalProvision(), r.memberState(), r.explanation(), r.dueHours(), status, r.createdBy(), r.createdAt(), approvedBy,
                approvalReason, sentAt, acknowledgedAt, resolvedAt, decisions, note, r.marking());
    }

    private static void requireRole(Principal who, String what, Role... roles) {
        if (!who.hasAny(roles)) {
            throw new ForbiddenException("your roles do not allow you to " + what);
        }
    }
}
