package org.issa.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each role reaches exactly what it should, through the API and the web pages; anonymous reaches only what is public. */
class AccessMatrixTest extends HttpTestBase {

    /** Every role but carrier accounts, which push PNR data and read nothing (see PassengerCarrierHttpTest). */
    private static final Set<Role> ALL = EnumSet.complementOf(EnumSet.of(Role.CARRIER));
    private static final Set<Role> WRITERS = EnumSet.of(Role.ANALYST, Role.SUPERVISOR);

    record Rule(String method, String path, String body, Set<Role> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Rule> apiRules() {
        return List.of(
                new Rule("GET", "/api/v1/me", null, ALL),
                new Rule("GET", "/api/v1/strategy", null, ALL),
                new Rule("GET", "/api/v1/strategy/objectives/O1", null, ALL),
                new Rule("GET", "/api/v1/strategy/actions/O1.A1.1", null, ALL),
                new Rule("GET", "/api/v1/strategy/updates?scope=O1", null, ALL),
                new Rule("GET", "/api/v1/strategy/values?scope=O1", null, ALL),
                new Rule("GET", "/api/v1/strategy/reports/2013", null, ALL),
                new Rule("GET", "/api/v1/me/tokens", null, ALL),
                new Rule("POST", "/api/v1/strategy/actions/O2.A1.1/updates", "{\"body\":\"matrix test\"}", WRITERS),
                new Rule("POST", "/api/v1/strategy/indicators/O1.A1.1-I1/values", "{\"date\":\"2014-06-30\",\"value\":3}", WRITERS),
                new Rule("PUT", "/api/v1/strategy/actions/O2.A1.1/status", "{\"status\":\"IN_PROGRESS\",\"reason\":\"matrix\"}",
                        EnumSet.of(Role.SUPERVISOR)),
                new Rule("GET", "/api/v1/audit?purpose=access%20matrix", null, EnumSet.of(Role.DPO, Role.AUDITOR)),
                new Rule("GET", "/api/v1/audit/verify", null, EnumSet.of(Role.DPO, Role.AUDITOR)),
                new Rule("GET", "/api/v1/audit/export?purpose=matrix", null, EnumSet.of(Role.DPO, Role.AUDITOR)),
                new Rule("GET", "/api/v1/admin/users", null, EnumSet.of(Role.ADMIN)),
                new Rule("GET", "/api/v1/admin/tokens", null, EnumSet.of(Role.ADMIN)),
                new Rule("GET", "/actuator/prometheus", null, EnumSet.of(Role.ADMIN, Role.AUDITOR)));
    }

    static Stream<Arguments> apiCases() {
        List<Arguments> out = new ArrayList<>();
        for (Rule rule : apiRules()) {
            for (Role role : Role.values()) {
                out.add(Arguments.of(rule, role));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("apiCases")
    void apiMatrix(Rule rule, Role role) {
        int status = send(rule.method(), rule.path(), token(role), rule.body()).statusCode();
        if (rule.allowed().contains(role)) {
            assertThat(status).as("%s may %s", role, rule).isBetween(200, 299);
        } else {
            assertThat(status).as("%s may not %s", role, rule).isEqualTo(403);
        }
    }

    @Test
    void anonymousGetsOnlyHealth() {
        for (Rule rule : apiRules()) {
            assertThat(send(rule.method(), rule.path(), null, rule.body()).statusCode()).as(rule.toString()).isEqualTo(401);
            assertThat(send(rule.method(), rule.path(), "issa_not-a-real-token", rule.body()).statusCode()).isEqualTo(401);
        }
        var health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        WebSession anonymous = new WebSession();
        for (String page : List.of("/", "/reports", "/tokens", "/admin/users", "/audit", "/actions/O1.A1.1", "/swagger-ui/index.html",
                "/v3/api-docs")) {
            var r = anonymous.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login");
        }
        assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void webPagesFollowTheSameRules() {
        record PageRule(String path, Set<Role> allowed) {
        }
        List<PageRule> pages = List.of(new PageRule("/", ALL), new PageRule("/objectives/O3", ALL),
                new PageRule("/actions/O3.A1.1", ALL), new PageRule("/reports", ALL), new PageRule("/reports/2011", ALL),
                new PageRule("/tokens", ALL), new PageRule("/v3/api-docs", ALL),
                new PageRule("/admin/users", EnumSet.of(Role.ADMIN)), new PageRule("/audit", EnumSet.of(Role.DPO, Role.AUDITOR)));
        for (Role role : Role.values()) {
            WebSession s = signIn(username(role));
            for (PageRule p : pages) {
                int status = s.get(p.path()).statusCode();
                assertThat(status).as("%s on %s", role, p.path()).isEqualTo(p.allowed().contains(role) ? 200 : 403);
            }
        }
    }

    @Test
    void writeFormsAreOfferedOnlyToThoseWhoMayWrite() {
        assertThat(signIn(username(Role.ANALYST)).get("/actions/O1.A1.1").body()).contains("Add a progress update")
                .doesNotContain("Change status");
        assertThat(signIn(username(Role.SUPERVISOR)).get("/actions/O1.A1.1").body()).contains("Change status");
        String partner = signIn(username(Role.PARTNER)).get("/actions/O1.A1.1").body();
        assertThat(partner).doesNotContain("Add a progress update").doesNotContain("Record a value");
        WebSession p = signIn(username(Role.PARTNER));
        var r = p.post("/actions/O1.A1.1/updates", java.util.Map.of("body", "sneaky", "_csrf", csrf(p.get("/tokens").body())));
        assertThat(r.statusCode()).isEqualTo(403);
    }
}
