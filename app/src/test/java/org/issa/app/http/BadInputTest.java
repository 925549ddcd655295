package org.issa.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Malformed JSON, unknown fields, over-long values and wrong types get 400 problem+json naming the field, and change nothing. */
class BadInputTest extends HttpTestBase {

    @Autowired
    Sql sql;

    private void expect400(String method, String path, String json, String field) {
        var r = send(method, path, token(Role.SUPERVISOR), json);
        assertThat(r.statusCode()).as(json + " → " + r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).as(json).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void badBodiesAreRefusedWithTheFieldNamedAndNothingStored() {
        long updates = sql.count("SELECT COUNT(*) FROM strategy_progress_update");
        long values = sql.count("SELECT COUNT(*) FROM strategy_indicator_value");
        long statuses = sql.count("SELECT COUNT(*) FROM strategy_status_change");
        String u = "/api/v1/strategy/actions/O1.A2.1/updates";
        expect400("POST", u, "{\"body\": ", "body");
        expect400("POST", u, "not json at all", "body");
        expect400("POST", u, "{\"body\":\"ok\",\"colour\":\"red\"}", "colour");
        expect400("POST", u, "{\"body\":[\"a list\"]}", "body");
        expect400("POST", u, "{\"body\":\"" + "x".repeat(8001) + "\"}", "body");
        expect400("POST", u, "{}", "body");
        expect400("POST", u, "{\"body\":\"   \"}", "body");
        expect400("POST", u, "{\"body\":\"ok\",\"statusAfter\":\"FINISHED\"}", "statusAfter");
        expect400("POST", u, "{\"body\":\"ok\",\"marking\":{\"classification\":\"TOP SECRET\"}}", "marking.classification");
        expect400("POST", u, "{\"body\":\"ok\",\"marking\":{\"tlp\":\"PURPLE\"}}", "marking.tlp");
        expect400("POST", u, "{\"body\":\"ok\",\"marking\":{\"releasableTo\":[\"STATE:%\"]}}", "marking.releasableTo");
        expect400("POST", u, "{\"body\":\"ok\",\"marking\":{\"releasableTo\":\"STATE:FR\"}}", "marking.releasableTo");
        String v = "/api/v1/strategy/indicators/O1.A1.1-I1/values";
        expect400("POST", v, "{\"date\":\"yesterday\",\"value\":1}", "date");
        expect400("POST", v, "{\"date\":\"2013-01-01\",\"value\":\"many\"}", "value");
        expect400("POST", v, "{\"date\":\"2013-01-01\"}", "value");
        expect400("POST", v, "{\"date\":\"2013-01-01\",\"value\":-5}", "value");
        expect400("POST", v, "{\"date\":\"2999-01-01\",\"value\":5}", "date");
        expect400("PUT", "/api/v1/strategy/actions/O1.A2.1/status", "{\"status\":\"DONE\"}", "reason");
        expect400("GET", "/api/v1/strategy/updates?limit=0", null, "limit");
        expect400("GET", "/api/v1/strategy/updates?cursor=%21%21%21", null, "cursor");
        expect400("GET", "/api/v1/strategy/reports/abc", null, "year");
        expect400("GET", "/api/v1/strategy/updates?q=" + "x".repeat(201), null, "q");
        expect400("GET", "/api/v1/strategy/reports/1990", null, "year");

        var big = send("POST", u, token(Role.SUPERVISOR), "{\"body\":\"" + "x".repeat(1_100_000) + "\"}");
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(send("POST", "/api/v1/strategy/actions/O9.A9.9/updates", token(Role.SUPERVISOR), "{\"body\":\"x\"}").statusCode())
                .isEqualTo(404);
        assertThat(send("POST", "/api/v1/strategy/indicators/NOPE/values", token(Role.SUPERVISOR),
                "{\"date\":\"2013-01-01\",\"value\":1}").statusCode()).isEqualTo(400);

        assertThat(sql.count("SELECT COUNT(*) FROM strategy_progress_update")).isEqualTo(updates);
        assertThat(sql.count("SELECT COUNT(*) FROM strategy_indicator_value")).isEqualTo(values);
        assertThat(sql.count("SELECT COUNT(*) FROM strategy_status_change")).isEqualTo(statuses);
    }

    @Test
    void badAccountInputIsRefusedTooAndAuditSearchNeedsAPurpose() {
        String users = "/api/v1/admin/users";
        var admin = token(Role.ADMIN);
        for (List<String> c : List.of(
                List.of("{\"username\":\"x y\",\"displayName\":\"X\",\"password\":\"long enough pass\",\"agency\":\"FR-X\",\"memberState\":\"FR\",\"roles\":[\"ANALYST\"]}", "username"),
                List.of("{\"username\":\"xy\",\"displayName\":\"X\",\"password\":\"short\",\"agency\":\"FR-X\",\"memberState\":\"FR\",\"roles\":[\"ANALYST\"]}", "password"),
                List.of("{\"username\":\"xy\",\"displayName\":\"X\",\"password\":\"long enough pass\",\"agency\":\"FR-X\",\"memberState\":\"FR\",\"roles\":[\"KING\"]}", "roles"),
                List.of("{\"username\":\"xy\",\"displayName\":\"X\",\"password\":\"long enough pass\",\"agency\":\"FR-X\",\"memberState\":\"FRA\",\"roles\":[\"ANALYST\"]}", "memberState"),
                List.of("{\"username\":\"xy\",\"displayName\":\"X\",\"password\":\"long enough pass\",\"agency\":\"FR-X\",\"memberState\":\"FR\",\"roles\":[\"ANALYST\"],\"clearance\":\"COSMIC\"}", "clearance"))) {
            var r = send("POST", users, admin, c.get(0));
            assertThat(r.statusCode()).as(c.get(0) + " " + r.body()).isEqualTo(400);
            assertThat(r.body()).contains("\"field\":\"" + c.get(1) + "\"");
        }
        assertThat(get("/api/v1/admin/users/xy", admin).statusCode()).isEqualTo(404);
        var noPurpose = get("/api/v1/audit", token(Role.DPO));
        assertThat(noPurpose.statusCode()).isEqualTo(400);
        assertThat(noPurpose.body()).contains("\"field\":\"purpose\"");
    }
}
