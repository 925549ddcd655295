package org.issa.app.cyber.report;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed form tokens against automated submissions, with no third party involved: the form carries
 * the time it was served, signed with a key known only to this process. A submission is refused
 * when the token is forged, older than {@link #maxAge}, or younger than {@link #minFill} (no person
 * describes an incident that fast). The key is made at start-up: tokens do not outlive a restart.
 */
public final class FormTokens {

    /** Why a token was refused. */
    public enum Problem { MISSING, FORGED, TOO_FAST, EXPIRED, USED }

    private static final int MAX_REMEMBERED = 200_000;
    private final java.util.concurrent.ConcurrentHashMap<String, Instant> used = new java.util.concurrent.ConcurrentHashMap<>();

    private final byte[] key = new byte[32];
    private final Clock clock;
    private final Duration minFill;
    private final Duration maxAge;

    public FormTokens(Clock clock, Duration minFill, Duration maxAge) {
        new SecureRandom().nextBytes(key);
        this.clock = clock;
        this.minFill = minFill;
        this.maxAge = maxAge;
    }

    public Duration minFill() {
        return minFill;
    }

    /** A token for a form served now. */
    public String issue() {
        return issue(clock.instant());
    }

    /** A token as if the form had been served at {@code servedAt}. */
    public String issue(Instant servedAt) {
        byte[] nonce = new byte[9];
        new SecureRandom().nextBytes(nonce);
        String body = servedAt.toEpochMilli() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return body + "." + mac(body);
    }

    /** Empty when the token is good. */
    public Optional<Problem> check(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.of(Problem.MISSING);
        }
        int dot = token.lastIndexOf('.');
        if (dot < 0) {
            return Optional.of(Problem.FORGED);
        }
        String body = token.substring(0, dot);
        if (!MessageDigest.isEqual(mac(body).getBytes(StandardCharsets.US_ASCII), token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(Problem.FORGED);
        }
        Instant served;
        try {
            served = Instant.ofEpochMilli(Long.parseLong(body.substring(0, body.indexOf('.'))));
        } catch (RuntimeException e) {
            return Optional.of(Problem.FORGED);
        }
        Duration age = Duration.between(served, clock.instant());
        if (age.compareTo(minFill) < 0) {
            return Optional.of(Problem.TOO_FAST);
        }
        if (age.compareTo(maxAge) > 0) {
            return Optional.of(Problem.EXPIRED);
        }
        return Optional.empty();
    }

    /**
     * Checks the token and, when it is good, marks it used: one form, one report (a reload of the
     * browser or a replaying bot gets {@link Problem#USED}).
     */
    public Optional<Problem> consume(String token) {
        Optional<Problem> p = check(token);
        if (p.isPresent()) {
            return p;
        }
        Instant now = clock.instant();
        if (used.size() > MAX_REMEMBERED) {
            used.values().removeIf(t -> t.isBefore(now.minus(maxAge)));
        }
        return used.putIfAbsent(token, now) == null ? Optional.empty() : Optional.of(Problem.USED);
    }

    private String mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
