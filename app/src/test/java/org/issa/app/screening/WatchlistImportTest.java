package org.issa.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.issa.core.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Imports make versions with their differences; a file that fails (malformed, of another format,
 * too large) leaves the current version, its entries and its counts as they were; the file of the
 * current version again changes nothing and says so.
 */
class WatchlistImportTest extends ScreeningHttpSupport {

    @Test
    void versionsDifferencesAndReconstruction() {
        String analyst = token(Role.ANALYST);
        String id = createList(analyst, unique("Import test "), "SANCTIONS", null);
        String a = unique("Orvald"), b = unique("Kessimir"), c = unique("Pellbrandt"), d = unique("Quostrand");
        String v1 = "# version: 2024-01-01\nE1|" + a + "|1960-01-01|XA\nE2|" + b + "|1970|XB\nE3|" + c + "||\n";
        var r1 = importFile(analyst, id, v1);
        assertThat(r1.statusCode()).as(r1.body()).isEqualTo(201);
        assertThat(json(r1).path("version").path("version").asInt()).isEqualTo(1);
        assertThat(json(r1).path("version").path("added").asInt()).isEqualTo(3);
        assertThat(json(r1).path("version").path("sourceVersion").asString()).isEqualTo("2024-01-01");

        String v2 = "# version: 2024-02-01\nE1|" + a + "|1960-01-01|XA\nE2|" + b + "|1971|XB\nE4|" + d + "||XD\n";
        var r2 = importFile(analyst, id, v2);
        assertThat(r2.statusCode()).as(r2.body()).isEqualTo(201);
        JsonNode v = json(r2).path("version");
        assertThat(v.path("version").asInt()).isEqualTo(2);
        assertThat(v.path("added").asInt()).isEqualTo(1);
        assertThat(v.path("removed").asInt()).isEqualTo(1);
        assertThat(v.path("changed").asInt()).isEqualTo(1);
        assertThat(v.path("entryCount").asInt()).isEqualTo(3);

        JsonNode diff = json(get("/api/v1/watchlists/" + id + "/versions/2", analyst));
        assertThat(diff.path("added").get(0).path("name").asString()).isEqualTo(d);
        assertThat(diff.path("removed").get(0).path("name").asString()).isEqualTo(c);
        assertThat(diff.path("changed").get(0).path("entryId").asString()).isEqualTo("E2");

        String version1 = get("/api/v1/watchlists/" + id + "/entries?version=1", analyst).body();
        assertThat(version1).contains(a, b, c).doesNotContain(d).contains("\"1970\"");
        String current = get("/api/v1/watchlists/" + id + "/entries", analyst).body();
        assertThat(current).contains(a, b, d).doesNotContain(c).contains("\"1971\"");

        var again = importFile(analyst, id, v2);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("outcome").asString()).isEqualTo("UNCHANGED");
        assertThat(json(get("/api/v1/watchlists/" + id, analyst)).path("versions").size()).isEqualTo(2);
        String trail = get("/api/v1/audit?purpose=test&recordId=" + id, token(Role.AUDITOR)).body();
        assertThat(trail).contains("watchlist.create", "watchlist.import", "watchlist.import.unchanged");
    }

    @Test
    void aFailedImportLeavesTheCurrentVersionIntact() {
        String analyst = token(Role.ANALYST);
        String id = createList(analyst, unique("Failure test "), "WATCHLIST", null);
        String a = unique("Brannoch"), b = unique("Tessaly");
        assertThat(importFile(analyst, id, "G1|" + a + "|1955|XA\nG2|" + b + "||\n").statusCode()).isEqualTo(201);
        String before = get("/api/v1/watchlists/" + id + "/entries", analyst).body();

        var broken = importFile(analyst, id, "G1|" + a + "|1955|XA\nG3|half a line\n");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(broken.body()).contains("\"field\":\"file\"", "line 2");

        var otherFormat = importFile(analyst, id, "<?xml version=\"1.0\"?><CONSOLIDATED_LIST/>", "un");
        assertThat(otherFormat.statusCode()).isEqualTo(400);
        assertThat(otherFormat.body()).contains("\"field\":\"format\"");
        var notAList = importFile(analyst, id, "<?xml version=\"1.0\"?><CONSOLIDATED_LIST/>");
        assertThat(notAList.statusCode()).isEqualTo(400);
        assertThat(notAList.body()).contains("\"field\":\"file\"");
        var duplicate = importFile(analyst, id, "G1|" + a + "||\nG1|" + b + "||\n");
        assertThat(duplicate.body()).contains("appears twice");
        assertThat(importFile(analyst, id, "").body()).contains("\"field\":\"file\"");

        // larger than any other API body (1 MiB), within the import bound of this test context (1.5 MB)
        String padding = "# " + "x".repeat(1_200_000) + "\n";
        var large = importFile(analyst, id, padding + "G1|" + a + "|1955|XA\nG2|" + b + "||\nG4|" + unique("Ulmquist") + "||\n");
        assertThat(large.statusCode()).as(large.body()).isEqualTo(201);
        assertThat(json(large).path("version").path("version").asInt()).isEqualTo(2);
        before = get("/api/v1/watchlists/" + id + "/entries", analyst).body();
        var tooLarge = importFile(analyst, id, "# " + "x".repeat(1_600_000) + "\nG9|" + unique("Vantreck") + "||\n");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("\"status\":413");

        JsonNode list = json(get("/api/v1/watchlists/" + id, analyst));
        assertThat(list.path("list").path("currentVersion").asInt()).isEqualTo(2);
        assertThat(list.path("list").path("entryCount").asInt()).isEqualTo(3);
        assertThat(list.path("versions").size()).isEqualTo(2);
        assertThat(get("/api/v1/watchlists/" + id + "/entries", analyst).body()).isEqualTo(before);
        assertThat(get("/api/v1/audit?purpose=test&action=watchlist.import.refused&recordId=" + id, token(Role.AUDITOR)).body())
                .contains("line 2");
    }
}
