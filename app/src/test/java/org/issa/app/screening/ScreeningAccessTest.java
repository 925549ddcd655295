package org.issa.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.issa.core.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The role matrix of the screening endpoints and pages: readers of lists (analysts, supervisors,
 * DPO, auditors), screeners (analysts, supervisors), readers of hits (those and the DPO), deciders
 * (supervisors); administrators and partners reach none of it; anonymous callers get 401.
 */
class ScreeningAccessTest extends ScreeningHttpSupport {

    private static final Set<Role> LIST_READERS = EnumSet.of(Role.ANALYST, Role.SUPERVISOR, Role.DPO, Role.AUDITOR);
    private static final Set<Role> SCREENERS = EnumSet.of(Role.ANALYST, Role.SUPERVISOR);
    private static final Set<Role> HIT_READERS = EnumSet.of(Role.ANALYST, Role.SUPERVISOR, Role.DPO);

    record Rule(String method, String path, String body, Set<Role> allowed) {
    }

    private static String listId;
    private static String manualId;

    @BeforeEach
    void fixture() {
        synchronized (ScreeningAccessTest.class) {
            if (listId == null) {
                listId = createList(token(Role.SUPERVISOR), unique("Access test "), "SANCTIONS", null);
                importFile(token(Role.SUPERVISOR), listId, "X1|" + unique("Access Fixture") + "||\n");
                String body = "{\"name\":\"Manual access\",\"kind\":\"MANUAL\"}";
                manualId = json(send("POST", "/api/v1/watchlists", token(Role.SUPERVISOR), body)).path("id").asString();
            }
        }
    }

    private List<Rule> rules() {
        String entry = "{\"name\":\"" + unique("Matrix Person") + "\",\"justification\":\"access matrix\",\"expiresOn\":\""
                + java.time.LocalDate.now().plusDays(30) + "\"}";
        return List.of(
                new Rule("GET", "/api/v1/watchlists", null, LIST_READERS),
                new Rule("GET", "/api/v1/watchlists/" + listId, null, LIST_READERS),
                new Rule("GET", "/api/v1/watchlists/" + listId + "/versions/1", null, LIST_READERS),
                new Rule("GET", "/api/v1/watchlists/" + listId + "/entries", null, LIST_READERS),
                new Rule("POST", "/api/v1/watchlists", "{\"name\":\"matrix\",\"kind\":\"MANUAL\"}", SCREENERS),
                new Rule("POST", "/api/v1/watchlists/" + manualId + "/entries", entry, SCREENERS),
                new Rule("PUT", "/api/v1/watchlists/" + listId + "/threshold", "{\"threshold\":0.7,\"reason\":\"matrix\"}",
                        EnumSet.of(Role.SUPERVISOR)),
                new Rule("POST", "/api/v1/screening/screen", "{\"name\":\"Matrix Query\",\"purpose\":\"access matrix\"}", SCREENERS),
                new Rule("GET", "/api/v1/screening/monitored", null, SCREENERS),
                new Rule("GET", "/api/v1/screening/hits", null, HIT_READERS));
    }

    @Test
    void eachRoleReachesWhatItShould() {
        List<String> failures = new ArrayList<>();
        for (Rule rule : rules()) {
            for (Role role : Role.values()) {
                int status = send(rule.method(), rule.path(), token(role), rule.body()).statusCode();
                boolean ok = rule.allowed().contains(role) ? status >= 200 && status < 300 : status == 403;
                if (!ok) {
                    failures.add(role + " " + rule.method() + " " + rule.path() + " → " + status);
                }
            }
            assertThat(send(rule.method(), rule.path(), null, rule.body()).statusCode()).as(rule.path()).isEqualTo(401);
        }
        var batch = send("POST", "/api/v1/screening/batches?purpose=matrix", token(Role.DPO), "[{\"full_name\":\"x\"}]");
        assertThat(batch.statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/screening/batches?purpose=matrix", null, "[{\"full_name\":\"x\"}]").statusCode())
                .isEqualTo(401);
        assertThat(importFile(token(Role.DPO), listId, "X1|x||\n").statusCode()).isEqualTo(403);
        assertThat(failures).isEmpty();
    }

    @Test
    void pagesFollowTheSameRules() {
        record PageRule(String path, Set<Role> allowed) {
        }
        List<PageRule> pages = List.of(new PageRule("/screening", SCREENERS), new PageRule("/screening/lists", LIST_READERS),
                new PageRule("/screening/lists/" + listId, LIST_READERS), new PageRule("/screening/review", HIT_READERS));
        for (Role role : Role.values()) {
            WebSession s = signIn(username(role));
            for (PageRule p : pages) {
                assertThat(s.get(p.path()).statusCode()).as("%s on %s", role, p.path()).isEqualTo(p.allowed().contains(role) ? 200 : 403);
            }
        }
        WebSession anonymous = new WebSession();
        for (PageRule p : pages) {
            assertThat(anonymous.get(p.path()).statusCode()).isEqualTo(302);
        }
        assertThat(signIn(username(Role.ANALYST)).get("/").body()).contains("href=\"/screening\"");
        assertThat(signIn(username(Role.ADMIN)).get("/").body()).doesNotContain("href=\"/screening\"");
    }
}
