package org.issa.rules;

/**
 * The outcome of evaluating a rule on one subject: a hit or not, and for a no-hit that was not a
 * plain "false" the reason (missing data, a limit reached). Evaluation never throws.
 */
public record Verdict(boolean hit, String reason) {

    private static final Verdict HIT = new Verdict(true, "");
    private static final Verdict NO_HIT = new Verdict(false, "");

    public Verdict {
        reason = reason == null ? "" : reason;
    }

    static Verdict ofHit() {
        return HIT;
    }

    static Verdict noHit() {
        return NO_HIT;
    }

    static Verdict undecided(String reason) {
        return new Verdict(false, reason);
    }

    /** True when the rule could not be decided (missing data, limit): a no-hit that carries a reason. */
    public boolean undecided() {
        return !hit && !reason.isEmpty();
    }
}
