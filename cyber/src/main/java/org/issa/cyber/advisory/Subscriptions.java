package org.issa.cyber.advisory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.Require;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;
import org.issa.cyber.outbox.Outbox;
import org.issa.cyber.outbox.OutboxMessage;

/**
 * Subscriptions to advisories by audience and sector, with double opt-in: a subscription counts only
 * once the link sent to the address is opened within {@link #CONFIRM_WITHIN}; unconfirmed ones are
 * deleted after that by {@link #purge()}. Messages go to the {@link Outbox}: nothing is sent from here.
 * Addresses are personal data: staff read them only with a stated purpose, and each read is audited.
 */
public final class Subscriptions {

    public static final Duration CONFIRM_WITHIN = Duration.ofDays(7);
    public static final List<String> MAIL_LANGUAGES = List.of("en", "fr", "de");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, String[]> CONFIRM_TEXT = Map.of(
            "en", new String[] {"Please confirm your subscription to security advisories",
                    "Someone, hopefully you, asked to receive security advisories at this address.\n\nTo confirm, open:\n%s\n\n"
                            + "If you did not ask for this, ignore this message: the request is deleted after 7 days.\n"},
            "fr", new String[] {"Veuillez confirmer votre abonnement aux avis de sécurité",
                    "Quelqu'un, sans doute vous, a demandé à recevoir les avis de sécurité à cette adresse.\n\n"
                            + "Pour confirmer, ouvrez :\n%s\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message : "
                            + "elle sera supprimée après 7 jours.\n"},
            "de", new String[] {"Bitte bestätigen Sie Ihr Abonnement der Sicherheitshinweise",
                    "Jemand, hoffentlich Sie, möchte Sicherheitshinweise an diese Adresse erhalten.\n\nZur Bestätigung öffnen Sie:\n%s\n\n"
                            + "Falls Sie das nicht angefordert haben, ignorieren Sie diese Nachricht: die Anfrage wird nach 7 Tagen gelöscht.\n"});

    private final SubscriberStore store;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final CsafPublisher publisher;

    public Subscriptions(SubscriberStore store, Outbox outbox, AuditLog audit, Transactions tx, Clock clock, CsafPublisher publisher) {
        this.store = store;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** What was purged, for the audit trail and the caller. */
    public record Purge(int unconfirmed, int outboxMessages) {
    }

    /**
     * Records a pending subscription and queues the confirmation message. The answer is the same
     * whether or not the address is already subscribed, so that the form reveals nobody's subscription.
     */
    public void subscribe(String email, Audience audience, Set<Sector> sectors, String lang) {
        String address = address(email);
        if (audience == null) {
            throw new InvalidInputException("audience", "choose an audience: CITIZENS, SMES or BOTH");
        }
        String l = lang == null || !MAIL_LANGUAGES.contains(lang) ? "en" : lang;
        Instant now = clock.instant();
        String confirmToken = token();
        Subscriber s = new Subscriber(UUID.randomUUID().toString(), address, audience, sectors == null ? Set.of() : sectors, l,
                false, now, Optional.empty());
        String[] text = CONFIRM_TEXT.get(l);
        String link = publisher.baseUrl() + "/public/subscriptions/confirm?token=" + confirmToken;
        tx.run(() -> {
            store.insert(s, hash(confirmToken), token());
            outbox.add(OutboxMessage.queued(UUID.randomUUID().toString(), now, OutboxMessage.Kind.CONFIRM_SUBSCRIPTION, address, l,
                    text[0], String.format(text[1], link), "subscription", Optional.of(s.id()), Outbox.toThePublic()));
            audit.record(AuditEvent.write("public", "cyber.subscription.request", "cyber_subscriber", s.id(),
                    "audience " + audience.name() + ", " + s.sectors().size() + " sectors (address not logged)"));
        });
    }

    /** Confirms the subscription the token was issued for; false when the token is unknown, used or expired. */
    public boolean confirm(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        Instant now = clock.instant();
        return tx.inTransaction(() -> store.pendingByConfirmHash(hash(token), now.minus(CONFIRM_WITHIN)).map(s -> {
            for (String other : store.othersWithEmail(s.email(), s.id())) {
                outbox.deleteForSubscriber(other);
                store.delete(other);
            }
            store.confirm(s.id(), now);
            audit.record(AuditEvent.write("public", "cyber.subscription.confirm", "cyber_subscriber", s.id(), "double opt-in confirmed"));
            return true;
        }).orElse(false));
    }

    /** Deletes the subscription and the messages queued for it; false when the token is unknown. */
    public boolean unsubscribe(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        return tx.inTransaction(() -> store.byUnsubscribeToken(token).map(s -> {
            outbox.deleteForSubscriber(s.id());
            store.delete(s.id());
            audit.record(AuditEvent.write("public", "cyber.subscription.delete", "cyber_subscriber", s.id(), "unsubscribed by link"));
            return true;
        }).orElse(false));
    }

    /**
     * Queues the advisory for every confirmed subscriber it concerns; runs inside the publication's
     * transaction. Returns how many messages were queued.
     */
    public int notifyPublished(PublishedAdvisory a, boolean revised) {
        AdvisoryContent c = a.content();
        int n = 0;
        for (Subscriber s : store.confirmed()) {
            if (!c.concerns(s.audience(), s.sectors())) {
                continue;
            }
            String unsubscribe = publisher.baseUrl() + "/public/subscriptions/unsubscribe?token="
                    + store.unsubscribeToken(s.id()).orElseThrow();
            String subject = (revised ? "Updated advisory: " : "Security advisory: ") + c.title();
            String body = c.title() + "\n" + "Severity: " + c.severity().label() + "\n\n" + c.summary() + "\n\nWhat to do:\n"
                    + c.whatToDo() + "\n\nRead more: " + publisher.pageUrl(a.trackingId()) + "\n\n--\nTo stop receiving these"
                    + " advisories, open: " + unsubscribe + "\n";
            outbox.add(OutboxMessage.queued(UUID.randomUUID().toString(), clock.instant(), OutboxMessage.Kind.ADVISORY, s.email(),
                    c.lang(), subject, body, a.trackingId(), Optional.of(s.id()), Outbox.toThePublic()));
            n++;
        }
        return n;
    }

    /** Subscribers, newest first: personal data, for supervisors and the DPO, with a purpose that is audited. */
    public List<Subscriber> subscribers(Principal reader, String purpose, int limit) {
        requireStaff(reader);
        String why = Require.text("purpose", purpose, 1000);
        return tx.inTransaction(() -> {
            audit.recordRead(reader.username(), "cyber_subscriber", "*", why);
            return store.all(limit);
        });
    }

    /** Counts without personal data, for dashboards. */
    public long count(boolean confirmed) {
        return store.count(confirmed);
    }

    /**
     * Retention: deletes subscriptions not confirmed within {@link #CONFIRM_WITHIN} with their queued
     * messages (older messages of every kind expire by {@link org.issa.cyber.outbox.OutboxDesk#purge()}).
     * Idempotent; audited when it deletes anything.
     */
    public Purge purge() {
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
            List<String> stale = store.pendingCreatedBefore(now.minus(CONFIRM_WITHIN));
            int messages = 0;
            for (String id : stale) {
                messages += outbox.deleteForSubscriber(id);
                store.delete(id);
            }
            Purge p = new Purge(stale.size(), messages);
            if (p.unconfirmed() > 0 || p.outboxMessages() > 0) {
                audit.record(AuditEvent.write("system", "cyber.subscription.purge", "cyber_subscriber", "*",
                        p.unconfirmed() + " unconfirmed subscriptions and their " + p.outboxMessages() + " queued messages deleted"));
            }
            return p;
        });
    }

    private static void requireStaff(Principal reader) {
        if (!reader.hasAny(Role.SUPERVISOR, Role.DPO)) {
            throw new ForbiddenException("only supervisors and the data protection officer may read subscribers' addresses");
        }
    }

    static String address(String email) {
        String e = Require.text("email", email, 254);
        if (!EMAIL.matcher(e).matches()) {
            throw new InvalidInputException("email", "email must be an address such as name@example.org");
        }
        int at = e.lastIndexOf('@');
        return e.substring(0, at) + "@" + e.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    private static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
