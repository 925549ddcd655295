package org.issa.app.cyber.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.issa.app.http.HttpTestBase;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.cyber.report.Receipt;
import org.issa.cyber.report.ReportInput;
import org.issa.cyber.report.ReportIntake;
import org.issa.cyber.report.observable.ObservableExtractor.Field;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The staff pages over HTTP: roles, purpose-audited reads, markings enforced in the queue, the report page and its correlations. */
class CyberTriageHttpTest extends HttpTestBase {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    ReportIntake intake;
    @Autowired
    Sql sql;

    private Receipt report(String description, String wallet) {
        Map<Field, String> f = new EnumMap<>(Field.class);
        f.put(Field.WALLETS, wallet);
        return intake.submitPublic(new ReportInput("CITIZEN", false, "", "victim@example.org", "", description, "", "FR", "individual", f,
                "en", List.of(new ReportInput.AttachmentInput("shot.png", PNG))));
    }

    private long reads(String id, String purpose) {
        return sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'personal-data.read' AND record_id = ? AND purpose = ?", id, purpose);
    }

    @Test
    void staffPagesNeedTheRightRoleAndTheQueueHidesWhatTheReaderMayNotSee() {
        Receipt r = report("Investment scam by phone, " + UUID.randomUUID(), "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");
        assertThat(new WebSession().get("/cyber/reports").statusCode()).isEqualTo(302);
        assertThat(signIn(username(Role.PARTNER)).get("/cyber/reports").statusCode()).isEqualTo(403);
        assertThat(signIn(username(Role.ADMIN)).get("/cyber/rules").statusCode()).isEqualTo(403);

        WebSession analyst = signIn(username(Role.ANALYST));
        assertThat(analyst.get("/cyber/reports").body()).contains(r.reference()).doesNotContain("victim@example.org");
        HttpResponse<String> ask = analyst.get("/cyber/reports/" + r.id());
        assertThat(ask.body()).contains("Why are you opening this report?");
        HttpResponse<String> page = analyst.get("/cyber/reports/" + r.id() + "?purpose=triage+of+incoming+reports");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("victim@example.org", "BTC_WALLET", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "fraud/masquerade");
        assertThat(reads(r.id(), "triage of incoming reports")).isEqualTo(1);

        WebSession low = signIn(LOW);
        assertThat(low.get("/cyber/reports").body()).doesNotContain(r.reference());
        assertThat(low.get("/cyber/reports/" + r.id() + "?purpose=curiosity").statusCode()).isEqualTo(404);
        assertThat(reads(r.id(), "curiosity")).isZero();
    }

    @Test
    void correlationsOnTheReportPageStayWithinTheReadersMarkings() {
        String wallet = "0x" + UUID.randomUUID().toString().replace("-", "") + "01234567";
        Receipt a = report("Paid a fake broker in ether " + UUID.randomUUID(), wallet);
        Receipt b = report("Same fake broker, other victim " + UUID.randomUUID(), wallet);
        WebSession analyst = signIn(username(Role.ANALYST));
        assertThat(analyst.get("/cyber/reports/" + a.id() + "?purpose=correlation").body()).contains("also in", b.reference());

        WebSession supervisor = signIn(username(Role.SUPERVISOR));
        HttpResponse<String> form = supervisor.get("/cyber/reports/" + b.id() + "?purpose=case+review");
        HttpResponse<String> remark = supervisor.post("/cyber/reports/" + b.id() + "/marking", Map.of("_csrf", csrf(form.body()),
                "classification", "CONFIDENTIEL_UE", "tlp", "AMBER", "releasableTo", "", "reason", "joint case", "purpose", "case review"));
        assertThat(remark.statusCode()).isEqualTo(302);
        assertThat(analyst.get("/cyber/reports/" + a.id() + "?purpose=correlation").body()).doesNotContain(b.reference());
        assertThat(supervisor.get("/cyber/reports/" + a.id() + "?purpose=correlation").body()).contains(b.reference());
        assertThat(analyst.get("/cyber/reports/" + b.id() + "?purpose=correlation").statusCode()).isEqualTo(404);
        assertThat(analyst.get("/cyber/reports").body()).contains(a.reference()).doesNotContain(b.reference());
    }

    @Test
    void attachmentsDownloadAsFilesAndTheReadIsAudited() {
        Receipt r = report("A screenshot of the fake shop " + UUID.randomUUID(), "");
        String attachment = sql.queryOne("SELECT a.id FROM cyber_report_attachment a WHERE a.report_id = ?", rs -> rs.getString(1), r.id())
                .orElseThrow();
        WebSession analyst = signIn(username(Role.ANALYST));
        HttpResponse<byte[]> file = analyst.getBytes("/cyber/reports/" + r.id() + "/attachments/" + attachment + "?purpose=evidence+check");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PNG);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'personal-data.read' AND record_id = ? AND purpose = ?",
                attachment, "evidence check")).isEqualTo(1);
        assertThat(analyst.getBytes("/cyber/reports/" + r.id() + "/attachments/" + attachment).statusCode()).isEqualTo(400);
    }

    @Test
    void onlySupervisorsChangeTheRules() {
        WebSession analyst = signIn(username(Role.ANALYST));
        HttpResponse<String> page = analyst.get("/cyber/rules");
        assertThat(page.body()).contains("Phishing", "National CSIRT").doesNotContain("rsit-rule-form");
        analyst.post("/cyber/rules/rsit", Map.of("_csrf", csrf(page.body()), "position", "5", "name", "Analyst rule", "keywords", "x",
                "rsit", "fraud/phishing", "active", "true"));
        assertThat(analyst.get("/cyber/rules").body()).doesNotContain("Analyst rule");

        WebSession supervisor = signIn(username(Role.SUPERVISOR));
        HttpResponse<String> sp = supervisor.get("/cyber/rules");
        String name = "Sextortion " + UUID.randomUUID().toString().substring(0, 8);
        supervisor.post("/cyber/rules/rsit", Map.of("_csrf", csrf(sp.body()), "position", "5", "name", name, "keywords", "webcam, sextortion",
                "observableKind", "", "rsit", "fraud/masquerade", "active", "true"));
        assertThat(supervisor.get("/cyber/rules").body()).contains(name, "webcam, sextortion");
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'cyber.rule.rsit.create' AND detail LIKE ?", name + "%")).isEqualTo(1);
        HttpResponse<String> bad = supervisor.post("/cyber/rules/routing", Map.of("_csrf", csrf(sp.body()), "rsit", "fraud/dos",
                "authorityCode", "X", "authorityName", "X", "active", "true"));
        assertThat(bad.statusCode()).isEqualTo(302);
    }
}
