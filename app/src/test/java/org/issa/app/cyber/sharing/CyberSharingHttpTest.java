package org.issa.app.cyber.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.issa.app.http.HttpTestBase;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sharing page: analysts read groups and collections with their grants; supervisors create and change them, audited; bad input named. */
class CyberSharingHttpTest extends HttpTestBase {

    @Autowired
    Sql sql;

    private long audited(String action, String detailPart) {
        return sql.count("SELECT COUNT(*) FROM audit_log WHERE action = ? AND detail LIKE ?", action, "%" + detailPart + "%");
    }

    private static String collectionId(String html, String title) {
        Matcher m = Pattern.compile("id=\"collection-([0-9a-f-]{36})\" aria-labelledby=\"c-[0-9a-f-]{36}\">\\s*<h3 id=\"c-[0-9a-f-]{36}\">"
                + Pattern.quote(title) + "</h3>").matcher(html);
        assertThat(m.find()).as("collection " + title + " on the page").isTrue();
        return m.group(1);
    }

    @Test
    void analystsReadSupervisorsCreateAndChangeEveryWriteAudited() {
        assertThat(new WebSession().get("/cyber/sharing").statusCode()).isEqualTo(302);
        assertThat(signIn(username(Role.PARTNER)).get("/cyber/sharing").statusCode()).isEqualTo(403);

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String group = "Benelux CERTs " + suffix;
        WebSession supervisor = signIn(username(Role.SUPERVISOR));
        HttpResponse<String> page = supervisor.get("/cyber/sharing");
        assertThat(page.body()).contains("id=\"group-form\"", "id=\"collection-form\"");
        HttpResponse<String> created = supervisor.post("/cyber/sharing/groups", Map.of("_csrf", csrf(page.body()), "name", group,
                "description", "national CERTs", "organisations", "BE-CCB, NL-NCSC", "states", "lu"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(audited("cyber.sharing-group.create", group)).isEqualTo(1);

        String title = "Benelux feed " + suffix;
        HttpResponse<String> coll = supervisor.post("/cyber/sharing/collections", Map.of("_csrf", csrf(page.body()), "title", title,
                "alias", "benelux-" + suffix, "description", "indicators for Benelux", "grants", "ROLE:ANALYST read write\nSTATE:BE read\n"));
        assertThat(coll.statusCode()).isEqualTo(302);
        assertThat(audited("cyber.stix.collection.create", title)).isEqualTo(1);

        WebSession analyst = signIn(username(Role.ANALYST));
        HttpResponse<String> seen = analyst.get("/cyber/sharing");
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(seen.body()).contains(group, "BE-CCB, NL-NCSC", "<td>LU</td>", title, "member state BE", "<code>ROLE:ANALYST</code>",
                "read and write").doesNotContain("id=\"group-form\"", "id=\"collection-form\"", "Change grants");
        String id = collectionId(seen.body(), title);
        // analysts may not write, even by posting the form directly
        assertThat(analyst.post("/cyber/sharing/groups", Map.of("_csrf", csrf(seen.body()), "name", "mine " + suffix, "states", "FR"))
                .statusCode()).isEqualTo(403);
        assertThat(analyst.post("/cyber/sharing/collections/" + id + "/grants", Map.of("_csrf", csrf(seen.body()), "grants", "ANY read"))
                .statusCode()).isEqualTo(403);

        HttpResponse<String> changed = supervisor.post("/cyber/sharing/collections/" + id + "/grants",
                Map.of("_csrf", csrf(page.body()), "grants", "STATE:BE read\nAGENCY:NL-NCSC read write"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'cyber.stix.collection.grants' AND record_id = ?", id)).isEqualTo(1);
        assertThat(analyst.get("/cyber/sharing").body()).doesNotContain(title); // no longer granted to analysts
        assertThat(supervisor.get("/cyber/sharing").body()).contains(title, "organisation NL-NCSC");
    }

    @Test
    void badFormsAreRefusedNamingTheProblemAndNothingIsStored() {
        WebSession supervisor = signIn(username(Role.SUPERVISOR));
        String token = csrf(supervisor.get("/cyber/sharing").body());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long groups = sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'cyber.sharing-group.create'");

        HttpResponse<String> noMembers = supervisor.post("/cyber/sharing/groups", Map.of("_csrf", token, "name", "Empty " + suffix));
        assertThat(noMembers.statusCode()).isEqualTo(400);
        assertThat(noMembers.body()).contains("a sharing group needs at least one member", "value=\"Empty " + suffix + "\"");
        HttpResponse<String> badCode = supervisor.post("/cyber/sharing/groups", Map.of("_csrf", token, "name", "Bad " + suffix,
                "organisations", "FR_CERT*"));
        assertThat(badCode.statusCode()).isEqualTo(400);
        assertThat(badCode.body()).contains("AGENCY:FR_CERT*");
        supervisor.post("/cyber/sharing/groups", Map.of("_csrf", token, "name", "Twice " + suffix, "states", "FR"));
        HttpResponse<String> twice = supervisor.post("/cyber/sharing/groups", Map.of("_csrf", token, "name", "Twice " + suffix, "states", "DE"));
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("exists");
        assertThat(sql.count("SELECT COUNT(*) FROM audit_log WHERE action = 'cyber.sharing-group.create'")).isEqualTo(groups + 1);

        HttpResponse<String> badRole = supervisor.post("/cyber/sharing/collections", Map.of("_csrf", token, "title", "T " + suffix,
                "grants", "ROLE:ANALYST read\nROLE:KING read"));
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(badRole.body()).contains("line 2", "ROLE:KING");
        HttpResponse<String> badRight = supervisor.post("/cyber/sharing/collections", Map.of("_csrf", token, "title", "T " + suffix,
                "grants", "STATE:BE fly"));
        assertThat(badRight.statusCode()).isEqualTo(400);
        assertThat(badRight.body()).contains("line 1: 'fly' is neither read nor write");
        assertThat(supervisor.get("/cyber/sharing").body()).doesNotContain("T " + suffix + "</h3>");
        assertThat(supervisor.post("/cyber/sharing/collections/no-such-collection/grants", Map.of("_csrf", token, "grants", "ANY read"))
                .statusCode()).isEqualTo(400);
    }

    @Test
    void aScriptInAGroupNameIsShownAsTextNeverRun() {
        WebSession supervisor = signIn(username(Role.SUPERVISOR));
        String token = csrf(supervisor.get("/cyber/sharing").body());
        String name = "<script>alert('x')</script> " + UUID.randomUUID().toString().substring(0, 8);
        assertThat(supervisor.post("/cyber/sharing/groups", Map.of("_csrf", token, "name", name,
                "description", "<img src=x onerror=alert(1)>", "states", "FR")).statusCode()).isEqualTo(302);
        String html = signIn(username(Role.ANALYST)).get("/cyber/sharing").body();
        assertThat(html).contains("&lt;script&gt;alert('x')&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script>alert('x')</script>", "<img src=x");
    }
}
