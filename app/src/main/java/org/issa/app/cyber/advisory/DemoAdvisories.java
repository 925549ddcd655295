package org.issa.app.cyber.advisory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.audit.AuditLog;
import org.issa.core.marking.Classification;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.cyber.advisory.Advisory;
import org.issa.cyber.advisory.AdvisoryContent;
import org.issa.cyber.advisory.AdvisoryDesk;
import org.issa.cyber.advisory.Audience;
import org.issa.cyber.advisory.Product;
import org.issa.cyber.advisory.Reference;
import org.issa.cyber.advisory.Sector;
import org.issa.cyber.advisory.Severity;
import org.issa.cyber.outbox.Outbox;
import org.issa.cyber.referral.HostingProvider;
import org.issa.cyber.referral.Referral;
import org.issa.cyber.referral.ReferralDesk;
import org.issa.cyber.referral.ReferralStatus;
import org.issa.cyber.referral.ReferralStore;
import org.springframework.stereotype.Component;

/**
 * Demo content for the cyberspace desks: two published advisories (one revised, one with affected
 * products in French) and one draft, two hosting providers and referrals in every state, made through
 * the real workflows by the demo analyst and supervisor. Runs once, when there are no advisories yet.
 */
@Component
public class DemoAdvisories {

    private static final Principal ANALYST = new Principal("analyst", "FR-MININT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    private static final Principal SUPERVISOR = new Principal("supervisor", "FR-MININT", "FR", Set.of(Role.SUPERVISOR),
            Classification.CONFIDENTIEL_UE);

    private final AdvisoryDesk desk;
    private final ReferralDesk referrals;
    private final Sql sql;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Transactions tx;

    public DemoAdvisories(AdvisoryDesk desk, ReferralDesk referrals, Sql sql, Outbox outbox, AuditLog audit, Transactions tx) {
        this.desk = desk;
        this.referrals = referrals;
        this.sql = sql;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
    }

    public void seed() {
        if (sql.count("SELECT COUNT(*) FROM cyber_advisory") > 0) {
            return;
        }
        Advisory parcel = desk.draft(ANALYST, new AdvisoryContent("Fake parcel-fee text messages",
                "Text messages claim that a parcel is held until you pay a small customs fee. The link leads to a copy of a delivery"
                        + " company's site that steals card details.",
                "Do not open the link. Delete the message. If you entered card details, call your bank's emergency number at once and"
                        + " block the card. Report the message to your national reporting platform.",
                "Anyone with a mobile phone, especially people expecting a delivery.", Audience.CITIZENS, Set.of(Sector.GENERAL, Sector.POSTAL),
                Severity.HIGH, "en", List.of(new Reference("https://www.example.org/guides/smishing", "How to recognise smishing")), List.of(),
                List.of(), List.of("indicator--4f2a9c1e-7b3d-4e85-a0c6-1d2e3f4a5b60")));
        publish(parcel);
        desk.revise(ANALYST, parcel.id(), "Added the advice to report the message.");
        publish(parcel);
        Advisory routers = desk.draft(ANALYST, new AdvisoryContent("Routeurs de bureau exposés : mettez-les à jour",
                "Une faille permet à un attaquant de prendre le contrôle de certains routeurs utilisés par les petites entreprises.",
                "Installez la version 2.4.2 du micrologiciel. Désactivez l'administration à distance si vous ne vous en servez pas.",
                "Les petites entreprises et les professions libérales qui utilisent ces routeurs.", Audience.SMES,
                Set.of(Sector.RETAIL, Sector.MANUFACTURING), Severity.CRITICAL, "fr", List.of(),
                List.of(new Product("Acme Networks", "OfficeRouter", "2.3"), new Product("Acme Networks", "OfficeRouter", "2.4.0")),
                List.of("CVE-2026-10001"), List.of()));
        publish(routers);
        desk.draft(ANALYST, new AdvisoryContent("Ransomware through exposed remote desktop",
                "Small businesses were encrypted after attackers guessed the passwords of remote-desktop services open to the internet.",
                "Close remote desktop to the internet; use a VPN with two-factor sign-in; keep offline backups.",
                "Small businesses that let staff or suppliers connect from outside.", Audience.SMES, Set.of(Sector.GENERAL), Severity.HIGH, "en",
                List.of(), List.of(), List.of(), List.of("incident--8b1c2d3e-4f50-4a6b-9c7d-8e9f0a1b2c3d")));
        seedReferrals();
    }

    private void publish(Advisory a) {
        desk.submit(ANALYST, a.id());
        desk.approve(SUPERVISOR, a.id(), "Checked against the source and readable by the public.");
        desk.publish(SUPERVISOR, a.id());
    }

    private void seedReferrals() {
        HostingProvider quick = referrals.addProvider(ANALYST, new ReferralDesk.ProviderInput("Example Cloud Hosting Ltd", "IE",
                "dsa-contact@cloud-hosting.example", "https://cloud-hosting.example/dsa", "Single point of contact under Art. 11 DSA"));
        HostingProvider slow = referrals.addProvider(ANALYST, new ReferralDesk.ProviderInput("Demo Webspace GmbH", "DE",
                "abuse@webspace.example", "https://webspace.example/kontakt", ""));
        record Step(HostingProvider host, String url, String category, ReferralStatus outcome, int hours, List<String> decisions) {
        }
        List<Step> steps = List.of(
                new Step(quick, "https://parcel-fee.example/pay", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", ReferralStatus.REMOVED, 3,
                        List.of("DECISION_VISIBILITY_CONTENT_REMOVED")),
                new Step(quick, "https://tax-refund.example/login", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", ReferralStatus.REMOVED, 9,
                        List.of("DECISION_VISIBILITY_CONTENT_REMOVED", "DECISION_ACCOUNT_TERMINATED")),
                new Step(slow, "https://webspace.example/u/hate-forum", "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
                        ReferralStatus.ACCESS_DISABLED, 30, List.of("DECISION_VISIBILITY_CONTENT_DISABLED")),
                new Step(slow, "https://webspace.example/shop/counterfeit", "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
                        ReferralStatus.REFUSED, 50, List.of()),
                new Step(slow, "https://webspace.example/u/fake-investments", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", ReferralStatus.SENT, 0,
                        List.of()));
        Instant start = Instant.now().minusSeconds(10 * 24 * 3600);
        int i = 0;
        for (Step s : steps) {
            Instant drafted = start.plusSeconds(i++ * 36 * 3600L);
            Referral r = at(drafted).create(ANALYST, new ReferralDesk.ReferralInput(s.host().id(), s.url(), s.category(), "CONTENT_TYPE_TEXT",
                    "Code pénal, art. 313-1", "FR", "Demo referral: " + s.url(), 48, null));
            at(drafted.plusSeconds(1800)).approveAndSend(SUPERVISOR, r.id(), "Ground and evidence checked (demo).");
            if (s.outcome() != ReferralStatus.SENT) {
                at(drafted.plusSeconds(1800 + s.hours() * 3600L)).recordResponse(ANALYST, r.id(), s.outcome(), s.decisions(),
                        "provider's answer (demo)");
            }
        }
        referrals.create(ANALYST, new ReferralDesk.ReferralInput(quick.id(), "https://parcel-fee.example/pay2",
                "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "CONTENT_TYPE_TEXT", "Code pénal, art. 313-1", "FR",
                "A new copy of the parcel-fee site, awaiting a supervisor's approval.", 48, null));
    }

    private ReferralDesk at(Instant t) {
        return new ReferralDesk(new ReferralStore(sql), outbox, audit, tx, Clock.fixed(t, ZoneOffset.UTC));
    }

    /** For callers that want to know whether anything was seeded. */
    public Optional<Long> advisories() {
        return Optional.of(sql.count("SELECT COUNT(*) FROM cyber_advisory"));
    }
}
