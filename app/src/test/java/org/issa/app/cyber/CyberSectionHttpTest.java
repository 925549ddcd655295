package org.issa.app.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.issa.app.http.HttpTestBase;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.cyber.outbox.Outbox;
import org.issa.cyber.outbox.OutboxMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** The cyber section as one product: its landing page by role, the one outbox page, and its scheduled jobs. */
class CyberSectionHttpTest extends HttpTestBase {

    @Autowired
    Sql sql;

    @Autowired
    Outbox outbox;

    @Autowired
    List<ScheduledTaskHolder> schedulers;

    @Test
    void theLandingPageListsWhatTheRolesOpen() {
        assertThat(new WebSession().get("/cyber").statusCode()).as("staff only").isEqualTo(302);
        String analyst = signIn(username(Role.ANALYST)).get("/cyber").body();
        assertThat(analyst).contains("id=\"section-reports\"", "id=\"section-cert\"", "id=\"section-advisories\"",
                "id=\"section-referrals\"", "id=\"section-outbox\"", "waiting for triage", "awaiting approval", "overdue");
        assertThat(analyst).as("one Cyber entry in the main navigation, and the sub-navigation")
                .contains(">Cyber</a>", "aria-label=\"Cyber\"").doesNotContain(">Cyber reports</a>");
        String partner = signIn(username(Role.PARTNER)).get("/cyber").body();
        assertThat(partner).contains("id=\"section-cert\"").doesNotContain("id=\"section-reports\"", "id=\"section-outbox\"",
                "id=\"section-advisories\"");
        String auditor = signIn(username(Role.AUDITOR)).get("/cyber").body();
        assertThat(auditor).contains("id=\"section-referrals\"").doesNotContain("id=\"section-reports\"");
        assertThat(signIn(username(Role.ADMIN)).get("/cyber").statusCode()).isEqualTo(403);
        String reports = signIn(username(Role.ANALYST)).get("/cyber/reports").body();
        assertThat(reports).as("the cyber sub-navigation on a sub-section").contains("aria-label=\"Cyber\"", "href=\"/cyber/outbox\"");
    }

    @Test
    void oneOutboxPageMasksRecipientsAndAuditsTheFullView() {
        String marker = "outbox-" + UUID.randomUUID().toString().substring(0, 8);
        outbox.add(OutboxMessage.queued(UUID.randomUUID().toString(), Instant.now(), OutboxMessage.Kind.CONFIRM_SUBSCRIPTION,
                marker + "@example.org", "en", "Please confirm " + marker, "token=secret-" + marker, "subscription",
                Optional.empty(), Outbox.toThePublic()));

        HttpResponse<String> list = signIn(username(Role.ANALYST)).get("/cyber/outbox");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Please confirm " + marker, "o***@example.org", "QUEUED", "CONFIRM_SUBSCRIPTION")
                .doesNotContain(marker + "@example.org", "secret-" + marker);
        assertThat(signIn(username(Role.ANALYST)).get("/cyber/outbox?purpose=curious").statusCode())
                .as("analysts see the masked list only").isEqualTo(403);
        assertThat(signIn(username(Role.PARTNER)).get("/cyber/outbox").statusCode()).isEqualTo(403);
        assertThat(new WebSession().get("/cyber/outbox").statusCode()).isEqualTo(302);

        long reads = sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'personal-data.read' AND record_type = 'cyber_outbox'");
        HttpResponse<String> full = signIn(username(Role.DPO)).get("/cyber/outbox?purpose=access+request+" + marker);
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.body()).contains(marker + "@example.org", "secret-" + marker);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'personal-data.read' AND record_type = 'cyber_outbox'"))
                .isEqualTo(reads + 1);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE purpose = ?", "access request " + marker)).isEqualTo(1);
    }

    @Test
    void publicPagesLinkEachOtherAndTheirFormsNeedTheCsrfToken() {
        WebSession visitor = new WebSession();
        assertThat(visitor.get("/cyber/report?lang=fr").body()).contains("id=\"to-advisories\" href=\"/public/advisories?lang=fr\"",
                "Avis de sécurité");
        assertThat(visitor.get("/public/advisories?lang=de").body()).contains("id=\"to-report\" href=\"/cyber/report?lang=de\"",
                "Cyberstraftat melden");
        assertThat(visitor.post("/public/subscriptions", java.util.Map.of("email", "x@example.org", "audience", "CITIZENS")).statusCode())
                .as("no CSRF token, no subscription").isEqualTo(403);
        assertThat(visitor.post("/cyber/report/status", java.util.Map.of("reference", "CR-X", "secret", "y")).statusCode())
                .as("no CSRF token, no look-up").isEqualTo(403);
    }

    @Test
    void retentionJobsRunOnTheApplicationScheduler() {
        List<String> tasks = schedulers.stream().flatMap(h -> h.getScheduledTasks().stream()).map(t -> t.getTask().toString()).toList();
        assertThat(tasks).anyMatch(t -> t.contains("ReportRetentionJob.run"))
                .anyMatch(t -> t.contains("SubscriptionRetention.purge"))
                .anyMatch(t -> t.contains("OutboxRetention.purge"));
    }
}
