package org.issa.investigation.exchange;

import java.time.Instant;
import java.util.Optional;
import org.issa.core.marking.Marking;
import org.issa.investigation.warrant.ListOffence;

/**
 * A request for information or intelligence under FD 2006/960/JHA. The limit starts when the
 * requested authority receives the request ({@code receivedAt}); {@code ruleCode} and {@code dueAt}
 * record which Article 4 limit applies and when it expires.
 */
public record ExchangeRequest(String id, String reference, Direction direction, String requestingAuthority, String requestingState,
                              String requestedAuthority, String requestedState, String theirReference, String subject,
                              Optional<ListOffence> offence, boolean urgent, boolean directlyAccessible, Optional<String> caseId,
                              Instant receivedAt, String ruleCode, Instant dueAt, ExchangeStatus status, String statusReason,
                              Optional<Instant> closedAt, Instant createdAt, String createdBy, Marking marking, boolean masked) {

    public static final String MASK = "[personal data: state a purpose to read the subject]";

    /** The instrument whose time limits the request runs under. */
    public ExchangeRegime regime() {
        return ExchangeRegime.ofRule(ruleCode);
    }

    public TimeLimitRule rule() {
        return TimeLimits.byCode(ruleCode).orElseThrow();
    }

    /** Still awaiting an answer after its limit. */
    public boolean overdue(Instant now) {
        return status.open() && now.isAfter(dueAt);
    }

    /** Answered or refused after the limit expired. */
    public boolean closedLate() {
        return closedAt.map(c -> c.isAfter(dueAt)).orElse(false);
    }

    public ExchangeRequest maskedIfPersonal() {
        if (!marking.isPersonalData() || masked) {
            return this;
        }
        return new ExchangeRequest(id, reference, direction, requestingAuthority, requestingState, requestedAuthority, requestedState,
                theirReference, MASK, offence, urgent, directlyAccessible, caseId, receivedAt, ruleCode, dueAt, status, statusReason,
                closedAt, createdAt, createdBy, marking, true);
    }

    ExchangeRequest with(ExchangeStatus s, String reason, String rule, Instant due, Optional<Instant> closed) {
        return new ExchangeRequest(id, reference, direction, requestingAuthority, requestingState, requestedAuthority, requestedState,
                theirReference, subject, offence, urgent, directlyAccessible, caseId, receivedAt, rule, due, s, reason, closed, createdAt,
                createdBy, marking, masked);
    }
}
