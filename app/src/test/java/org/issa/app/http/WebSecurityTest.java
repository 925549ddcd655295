package org.issa.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.issa.app.identity.NewAccount;
import org.issa.core.marking.Classification;
import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;

/** The web UI's protections: CSRF, headers, cookie flags, account lock after failed sign-ins, audited sign-ins. */
class WebSecurityTest extends HttpTestBase {

    @Test
    void pagesCarryStrictHeaders() {
        var r = new WebSession().get("/login");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        WebSession s = signIn(username(Role.ANALYST));
        assertThat(s.get("/").headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        WebSession s = signIn(username(Role.ANALYST));
        var r = s.post("/actions/O1.A1.1/updates", Map.of("body", "forged from another site"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(s.get("/actions/O1.A1.1").body()).doesNotContain("forged from another site");
    }

    @Test
    void sessionCookieIsHttpOnly() {
        WebSession s = new WebSession();
        var r = s.get("/login");
        assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("JSESSIONID").contains("HttpOnly"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        directory.bootstrap(new NewAccount("t-lockme", "Lock Me", PASSWORD, "FR-MININT", "FR", Set.of(Role.ANALYST),
                Classification.UNCLASSIFIED));
        for (int i = 0; i < 5; i++) {
            WebSession s = new WebSession();
            var r = s.post("/login", Map.of("username", "t-lockme", "password", "wrong password " + i, "_csrf", csrf(s.get("/login").body())));
            assertThat(r.headers().firstValue("Location").orElse("")).contains("error");
        }
        WebSession s = new WebSession();
        var r = s.post("/login", Map.of("username", "t-lockme", "password", PASSWORD, "_csrf", csrf(s.get("/login").body())));
        assertThat(r.headers().firstValue("Location").orElse("")).as("the right password no longer opens a locked account")
                .contains("error");
        var audit = get("/api/v1/audit?purpose=lock%20test&actor=t-lockme&action=auth.login.failure", token(Role.AUDITOR));
        assertThat(audit.body()).contains("account locked until");
    }

    @Test
    void signInAndOutWorkAndAreAudited() {
        WebSession s = signIn(username(Role.PARTNER));
        String home = s.get("/").body();
        assertThat(home).contains("Implementing the Internal Security Strategy", "O5.");
        var out = s.post("/logout", Map.of("_csrf", csrf(home)));
        assertThat(out.headers().firstValue("Location").orElse("")).contains("/login?logout");
        assertThat(s.get("/").statusCode()).isEqualTo(302);
        var audit = get("/api/v1/audit?purpose=test&actor=" + username(Role.PARTNER) + "&action=auth.login.success", token(Role.DPO));
        assertThat(audit.body()).contains("auth.login.success");
    }
}
