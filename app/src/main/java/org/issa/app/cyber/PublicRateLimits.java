package org.issa.app.cyber;

/**
 * The limits of the cyber section's public forms, one per form, so that a flood on one does not shut
 * the others: the report form, the status look-up (bounded so that references and secrets cannot be
 * guessed by volume) and the subscription forms.
 */
public record PublicRateLimits(PublicRateLimit reports, PublicRateLimit status, PublicRateLimit subscriptions) {

    /** Forgets every count (tests, and an operator after an incident). */
    public void reset() {
        reports.reset();
        status.reset();
        subscriptions.reset();
    }
}
