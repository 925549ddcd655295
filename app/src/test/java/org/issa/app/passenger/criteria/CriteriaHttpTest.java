package org.issa.app.passenger.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.issa.app.http.HttpTestBase;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Criteria over HTTP and in the web UI: four-eyes lifecycle, refusals as problem+json, backtest, editor pages. */
class CriteriaHttpTest extends HttpTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String API = "/api/v1/passenger/criteria";
    private static final String EXPRESSION = "'IST-FRA' in itinerary.segments && booking.paid_cash && booking.days_before_departure <= 2";

    @Autowired
    Sql sql;

    @Autowired
    CriteriaFactsBackfill factsBackfill;

    private JsonNode ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    private static String review() {
        return LocalDate.now(ZoneOffset.UTC).plusMonths(6).toString();
    }

    private static String draft(String name, String expression) {
        return "{\"name\":\"" + name + "\",\"expression\":" + JSON.writeValueAsString(expression)
                + ",\"justification\":\"Trafficking pattern seen in 2025 cases\",\"reviewDate\":\"" + review() + "\",\"priority\":2}";
    }

    @Test
    void aCriterionIsDraftedApprovedByAnotherSupervisorActivatedAndRetired() {
        JsonNode created = ok(send("POST", API, token(Role.ANALYST), draft("HTTP cash IST-FRA " + System.nanoTime(), EXPRESSION)), 201);
        String id = created.path("criterion").path("id").asString();
        assertThat(created.path("criterion").path("owner").asString()).isEqualTo(username(Role.ANALYST));
        assertThat(created.path("versions").get(0).path("status").asString()).isEqualTo("DRAFT");
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'passenger.criterion.create' AND record_id = ?", id)).isEqualTo(1);

        assertThat(send("POST", API + "/" + id + "/versions/1/approve", token(Role.ANALYST), "{\"note\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(send("POST", API + "/" + id + "/versions/1/activate", token(Role.SUPERVISOR), null).statusCode()).isEqualTo(409);
        JsonNode approved = ok(send("POST", API + "/" + id + "/versions/1/approve", token(Role.SUPERVISOR), "{\"note\":\"Proportionate.\"}"), 200);
        assertThat(approved.path("approvedBy").asString()).isEqualTo(username(Role.SUPERVISOR));
        assertThat(ok(send("POST", API + "/" + id + "/versions/1/activate", token(Role.SUPERVISOR), null), 200).path("status").asString())
                .isEqualTo("ACTIVE");

        JsonNode v2 = ok(send("POST", API + "/" + id + "/versions", token(Role.ANALYST),
                "{\"baseVersion\":1,\"expression\":" + JSON.writeValueAsString(EXPRESSION.replace("<= 2", "<= 1")) + "}"), 201);
        assertThat(v2.path("version").asInt()).isEqualTo(2);
        assertThat(v2.path("justification").asString()).isEqualTo("Trafficking pattern seen in 2025 cases");
        assertThat(send("POST", API + "/" + id + "/versions", token(Role.ANALYST), "{\"baseVersion\":1,\"expression\":"
                + JSON.writeValueAsString(EXPRESSION) + "}").statusCode()).isEqualTo(409);

        JsonNode detail = ok(get(API + "/" + id, token(Role.AUDITOR)), 200);
        assertThat(detail.path("versions").findValuesAsString("status")).containsExactly("DRAFT", "ACTIVE");
        assertThat(detail.path("criterion").path("activeVersion").asInt()).isEqualTo(1);

        assertThat(send("POST", API + "/" + id + "/retire", token(Role.ANALYST), "{\"reason\":\"x\"}").statusCode()).isEqualTo(403);
        JsonNode retired = ok(send("POST", API + "/" + id + "/retire", token(Role.SUPERVISOR), "{\"reason\":\"No longer observed\"}"), 200);
        assertThat(retired.path("retired").asBoolean()).isTrue();
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'passenger.criterion.%' AND record_id = ?", id)).isEqualTo(5);
    }

    @Test
    void theAuthorOfAVersionCannotApproveIt() {
        String id = ok(send("POST", API, token(Role.SUPERVISOR), draft("HTTP self " + System.nanoTime(), EXPRESSION)), 201)
                .path("criterion").path("id").asString();
        HttpResponse<String> self = send("POST", API + "/" + id + "/versions/1/approve", token(Role.SUPERVISOR), "{\"note\":\"mine\"}");
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(self.body()).contains("four-eyes");
    }

    @Test
    void refusedExpressionsAreProblemsNamingThePositionAndTheForbiddenField() {
        HttpResponse<String> r = send("POST", API, token(Role.ANALYST),
                draft("HTTP meal", "itinerary.origin == 'IST' &&\n passenger.meal == 'MOML'"));
        JsonNode p = ok(r, 400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(p.path("field").asString()).isEqualTo("expression");
        assertThat(p.path("forbiddenField").asString()).isEqualTo("passenger.meal");
        assertThat(p.path("line").asInt()).isEqualTo(2);
        assertThat(p.path("column").asInt()).isPositive();
        assertThat(p.path("problems").get(0).path("code").asString()).isEqualTo("forbidden-field");

        JsonNode broad = ok(send("POST", API, token(Role.ANALYST), draft("HTTP broad", "itinerary.origin == 'IST'")), 400);
        assertThat(broad.path("problems").get(0).path("code").asString()).isEqualTo("not-specific");
        JsonNode late = ok(send("POST", API, token(Role.ANALYST), draft("HTTP late", EXPRESSION).replace(review(), "2020-01-01")), 400);
        assertThat(late.path("field").asString()).isEqualTo("reviewDate");
        JsonNode unknown = ok(send("POST", API, token(Role.ANALYST), "{\"expression\":\"x\",\"colour\":1}"), 400);
        assertThat(unknown.path("field").asString()).isEqualTo("colour");

        JsonNode check = ok(send("POST", API + "/compile", token(Role.ANALYST), "{\"expression\":\"passenger.nationality == 'SYR'\"}"), 200);
        assertThat(check.path("ok").asBoolean()).isFalse();
        assertThat(check.path("problems").get(0).path("field").asString()).isEqualTo("passenger.nationality");
        assertThat(ok(send("POST", API + "/compile", token(Role.ANALYST), "{\"expression\":" + JSON.writeValueAsString(EXPRESSION) + "}"), 200)
                .path("fields")).hasSize(3);
        assertThat(ok(get(API + "/model", token(Role.ANALYST)), 200).findValuesAsString("name")).contains("booking.paid_cash", "passenger.meal");
    }

    @Test
    void aBacktestReportsItsSourceAndCountsAndIsRecorded() throws InterruptedException {
        // the start-up backfill of the criteria facts copy finishes, and every stored booking has its copy
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!factsBackfill.done() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(factsBackfill.done()).isTrue();
        assertThat(sql.count("SELECT COUNT(*) FROM pnr_criteria_facts")).isEqualTo(sql.count("SELECT COUNT(*) FROM pnr_booking"));
        String id = ok(send("POST", API, token(Role.ANALYST), draft("HTTP backtest " + System.nanoTime(), EXPRESSION)), 201)
                .path("criterion").path("id").asString();
        String from = LocalDate.now(ZoneOffset.UTC).minusDays(30).toString();
        String to = LocalDate.now(ZoneOffset.UTC).toString();
        JsonNode r = ok(send("POST", API + "/" + id + "/versions/1/backtest", token(Role.ANALYST),
                "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}"), 200);
        assertThat(r.path("source").asString()).contains("the PNR store");
        assertThat(r.path("bookings").asLong()).isEqualTo(sql.count("SELECT COUNT(*) FROM pnr_booking b"
                + " JOIN pnr_booking_version v ON v.id = b.current_version_id JOIN pnr_leg l ON l.version_id = v.id AND l.position = 1"
                + " WHERE l.departure_date >= ? AND l.departure_date <= ?", LocalDate.parse(from), LocalDate.parse(to)));
        assertThat(ok(get(API + "/" + id, token(Role.ANALYST)), 200).path("backtests")).hasSize(1);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'passenger.criterion.backtest' AND record_id = ?", id)).isEqualTo(1);

        JsonNode bad = ok(send("POST", API + "/" + id + "/versions/1/backtest", token(Role.ANALYST),
                "{\"from\":\"" + to + "\",\"to\":\"" + from + "\"}"), 400);
        assertThat(bad.path("field").asString()).isEqualTo("to");
        assertThat(send("POST", API + "/" + id + "/versions/1/backtest", token(Role.AUDITOR),
                "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void onlyPiuRolesSeeCriteriaAndMarkingsFilterThem() {
        assertThat(get(API, token(Role.PARTNER)).statusCode()).isEqualTo(403);
        assertThat(get(API, token(Role.ADMIN)).statusCode()).isEqualTo(403);
        assertThat(get(API, null).statusCode()).isEqualTo(401);
        String name = "HTTP restricted " + System.nanoTime();
        String restricted = draft(name, EXPRESSION).replace("}", ",\"marking\":{\"classification\":\"RESTREINT_UE\",\"tlp\":\"AMBER\"}}");
        String id = ok(send("POST", API, token(Role.ANALYST), restricted), 201).path("criterion").path("id").asString();
        assertThat(get(API + "/" + id, lowToken()).statusCode()).isEqualTo(404);
        assertThat(get(API + "?limit=500", lowToken()).body()).doesNotContain(name);
        assertThat(get(API + "?limit=500", token(Role.ANALYST)).body()).contains(name);
    }

    @Test
    void theEditorPagesCreateCheckApproveAndBacktest() {
        WebSession analyst = signIn(username(Role.ANALYST));
        HttpResponse<String> list = analyst.get("/passenger/criteria");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Pre-determined criteria").contains("id=\"new-criterion\"").contains("booking.paid_cash")
                .contains("href=\"/passenger/criteria\"");
        String csrf = csrf(list.body());

        HttpResponse<String> check = analyst.post("/passenger/criteria/compile", Map.of("_csrf", csrf, "expression", "passenger.gender == 'F'"));
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.body()).contains("forbidden-field").contains("passenger.gender").doesNotContain("<html");

        String name = "Web criterion " + System.nanoTime();
        HttpResponse<String> refused = analyst.post("/passenger/criteria", Map.of("_csrf", csrf, "name", name, "expression",
                "itinerary.origin == 'IST'", "justification", "why", "reviewDate", review(), "priority", "2"));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(analyst.get("/passenger/criteria").body()).contains("single broad condition").doesNotContain(name);

        HttpResponse<String> created = analyst.post("/passenger/criteria", Map.of("_csrf", csrf, "name", name, "expression", EXPRESSION,
                "justification", "Cash last-minute IST-FRA", "reviewDate", review(), "priority", "2", "classification", "UNCLASSIFIED",
                "tlp", "GREEN"));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/passenger/criteria/"));
        String id = path.substring("/passenger/criteria/".length());
        HttpResponse<String> detail = analyst.get(path);
        assertThat(detail.body()).contains(name).contains("awaits a supervisor other than " + username(Role.ANALYST))
                .doesNotContain("action=\"" + path + "/versions/1/approve\"");

        HttpResponse<String> bt = analyst.post(path + "/backtest", Map.of("_csrf", csrf, "version", "1",
                "from", LocalDate.now(ZoneOffset.UTC).minusDays(7).toString(), "to", LocalDate.now(ZoneOffset.UTC).toString()));
        assertThat(bt.statusCode()).isEqualTo(200);
        assertThat(bt.body()).contains("id=\"backtest-result\"").contains("id=\"bt-hits\"");

        WebSession supervisor = signIn(username(Role.SUPERVISOR));
        HttpResponse<String> page = supervisor.get(path);
        assertThat(page.body()).contains("action=\"" + path + "/versions/1/approve\"");
        HttpResponse<String> approve = supervisor.post(path + "/versions/1/approve", Map.of("_csrf", csrf(page.body()), "note", "Checked"));
        assertThat(approve.statusCode()).isEqualTo(302);
        assertThat(supervisor.get(path).body()).contains("Version 1 approved").contains("Put in force");
        assertThat(sql.count("SELECT COUNT(*) FROM pnr_criterion_version WHERE criterion_id = ? AND status = 'APPROVED'", id)).isEqualTo(1);
    }
}
