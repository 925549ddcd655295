package org.issa.app.cyber.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.issa.app.http.HttpTestBase;
import org.issa.core.security.Role;
import org.issa.cyber.report.Receipt;
import org.issa.cyber.report.ReportInput;
import org.issa.cyber.report.ReportIntake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The cyber dashboard: report counts per period over the API and on the page, within the reader's markings, and refusals that name the field. */
class CyberDashboardHttpTest extends HttpTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BY_COUNTRY = "/api/v1/cyber/statistics/reports?by=country&bucket=month";

    @Autowired
    ReportIntake intake;

    private Receipt report(String country) {
        return intake.submitPublic(new ReportInput("CITIZEN", false, "", "victim@example.org", "",
                "Fake parcel delivery text message " + UUID.randomUUID(), "", country, "individual", Map.of(), "en", List.of()));
    }

    private JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    /** The count for one key over the whole answer (0 when the key does not appear). */
    private long total(String bearer, String key) {
        HttpResponse<String> r = get(BY_COUNTRY, bearer);
        assertThat(r.statusCode()).isEqualTo(200);
        for (JsonNode s : json(r).path("series")) {
            if (s.path("key").asString().equals(key)) {
                return s.path("total").asLong();
            }
        }
        return 0;
    }

    @Test
    void countsStayWithinTheReadersMarkingsOnTheApiThePageAndTheCsv() {
        long analystBefore = total(token(Role.ANALYST), "MT");
        long supervisorBefore = total(token(Role.SUPERVISOR), "MT");
        long lowBefore = total(lowToken(), "MT");
        report("MT");
        report("MT");
        Receipt secret = report("MT");
        WebSession supervisor = signIn(username(Role.SUPERVISOR));
        HttpResponse<String> form = supervisor.get("/cyber/reports/" + secret.id() + "?purpose=joint+case");
        assertThat(supervisor.post("/cyber/reports/" + secret.id() + "/marking", Map.of("_csrf", csrf(form.body()), "classification",
                "CONFIDENTIEL_UE", "tlp", "AMBER", "releasableTo", "", "reason", "joint case", "purpose", "joint case")).statusCode()).isEqualTo(302);

        assertThat(total(token(Role.ANALYST), "MT") - analystBefore).isEqualTo(2);
        assertThat(total(token(Role.SUPERVISOR), "MT") - supervisorBefore).isEqualTo(3);
        assertThat(total(lowToken(), "MT") - lowBefore).isZero(); // the low-cleared analyst learns not even that they exist

        JsonNode t = json(get(BY_COUNTRY, token(Role.ANALYST)));
        assertThat(t.path("by").asString()).isEqualTo("country");
        assertThat(t.path("bucket").asString()).isEqualTo("month");
        assertThat(t.path("zone").asString()).isEqualTo("UTC");
        assertThat(t.path("periods")).hasSize(12);
        JsonNode malta = null;
        for (JsonNode s : t.path("series")) {
            malta = s.path("key").asString().equals("MT") ? s : malta;
        }
        assertThat(malta).isNotNull();
        assertThat(malta.path("label").asString()).isEqualTo("Malta (MT)");
        assertThat(malta.path("counts")).hasSize(12);
        assertThat(malta.path("counts").get(11).asLong()).isEqualTo(malta.path("total").asLong()); // all arrived this month
        long sum = 0;
        for (JsonNode n : t.path("totals")) {
            sum += n.asLong();
        }
        assertThat(sum).isEqualTo(t.path("total").asLong());

        WebSession analyst = signIn(username(Role.ANALYST));
        HttpResponse<String> page = analyst.get("/cyber/dashboard?by=country&bucket=month");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"trend-chart\"", "data-trend=\"{&#34;by&#34;:&#34;country&#34;", "id=\"trend-table\"",
                "<tr data-key=\"MT\"><th scope=\"row\">Malta (MT)</th>", "/webjars/echarts/dist/echarts.min.js", "/js/cyber-dashboard.js",
                "href=\"/cyber/referrals/statistics\"", "aria-current=\"page\">Dashboard</a>");
        assertThat(signIn(LOW).get("/cyber/dashboard?by=country&bucket=month").body()).doesNotContain("data-key=\"MT\"");

        HttpResponse<String> csv = analyst.get("/cyber/dashboard.csv?by=country&bucket=month");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("country,label,").contains("\r\nMT,Malta (MT),");
        assertThat(csv.body().lines().filter(l -> l.startsWith("MT,")).findFirst().orElseThrow()).endsWith("," + malta.path("total").asLong());
    }

    @Test
    void onlyTriageStaffMaySeeTheDashboardAndBadQuestionsAreRefusedNamingTheField() {
        assertThat(get(BY_COUNTRY, null).statusCode()).isEqualTo(401);
        assertThat(get(BY_COUNTRY, token(Role.PARTNER)).statusCode()).isEqualTo(403);
        assertThat(get(BY_COUNTRY, token(Role.AUDITOR)).statusCode()).isEqualTo(403);
        assertThat(get(BY_COUNTRY, token(Role.DPO)).statusCode()).isEqualTo(200);
        assertThat(signIn(username(Role.PARTNER)).get("/cyber/dashboard").statusCode()).isEqualTo(403);
        assertThat(new WebSession().get("/cyber/dashboard").statusCode()).isEqualTo(302);

        Map<String, String> bad = Map.of(
                "?by=planet", "by",
                "?bucket=day", "bucket",
                "?from=2026-13-01", "from",
                "?from=2026-02-01&to=2026-01-01", "to",
                "?bucket=week&from=2020-01-01&to=2026-01-01", "to",
                "?includeRejected=maybe", "includeRejected");
        bad.forEach((q, field) -> {
            HttpResponse<String> r = get("/api/v1/cyber/statistics/reports" + q, token(Role.ANALYST));
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(q).startsWith("application/problem+json");
            assertThat(json(r).path("field").asString()).as(q).isEqualTo(field);
        });
        HttpResponse<String> page = signIn(username(Role.ANALYST)).get("/cyber/dashboard?bucket=week&from=2020-01-01&to=2026-01-01");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("at most 106 weeks", "id=\"trend-form\"").doesNotContain("id=\"trend-table\"");

        HttpResponse<String> echarts = new WebSession().get("/webjars/echarts/dist/echarts.min.js");
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.body()).contains("echarts");
    }
}
