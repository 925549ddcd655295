package org.issa.cyber.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** CSAF documents as ISSA writes them: valid against the OASIS schema and the mandatory tests, and rejected when broken. */
class CsafDocumentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant FIRST = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-03-05T16:30:00Z");

    private static JsonNode document(AdvisoryContent c, int version) {
        List<PublishedAdvisory.Revision> history = version == 1
                ? List.of(new PublishedAdvisory.Revision(1, FIRST, "Initial version."))
                : List.of(new PublishedAdvisory.Revision(1, FIRST, "Initial version."),
                new PublishedAdvisory.Revision(2, SECOND, "Fixed firmware version named."));
        String json = CsafDocument.toJson(new CsafDocument.Release("FR-EISAS-2026-0007", c.validated(), version, FIRST,
                version == 1 ? FIRST : SECOND, history), Fixtures.PUBLISHER, "0.1.0");
        return JSON.readTree(json);
    }

    @Test
    void anAdvisoryWithoutProductsIsACsafBaseDocumentThatIsValid() {
        JsonNode doc = document(Fixtures.phishing(), 1);
        assertThat(CsafSchema.errors(doc)).isEmpty();
        assertThat(CsafChecks.run(doc)).isEmpty();
        JsonNode d = doc.path("document");
        assertThat(d.path("category").asString()).isEqualTo("csaf_base");
        assertThat(d.path("csaf_version").asString()).isEqualTo("2.0");
        assertThat(d.path("lang").asString()).isEqualTo("en");
        assertThat(d.path("distribution").path("tlp").path("label").asString()).isEqualTo("WHITE");
        assertThat(d.path("publisher").path("category").asString()).isEqualTo("coordinator");
        assertThat(d.path("tracking").path("status").asString()).isEqualTo("final");
        assertThat(d.path("tracking").path("version").asString()).isEqualTo("1");
        assertThat(d.path("tracking").path("initial_release_date").asString()).isEqualTo("2026-03-02T09:00:00Z");
        assertThat(d.path("notes").findValuesAsString("title")).contains("Summary", "What to do", "Who is affected");
        assertThat(d.path("references").get(0).path("url").asString())
                .isEqualTo("https://cert.example.eu/.well-known/csaf/white/2026/fr-eisas-2026-0007.json");
        assertThat(doc.has("product_tree")).isFalse();
        assertThat(doc.has("vulnerabilities")).isFalse();
    }

    @Test
    void anAdvisoryWithProductsAndCvesIsASecurityAdvisoryWithRevisionHistory() {
        JsonNode doc = document(Fixtures.routers(), 2);
        assertThat(CsafSchema.errors(doc)).isEmpty();
        assertThat(CsafChecks.run(doc)).isEmpty();
        assertThat(doc.path("document").path("category").asString()).isEqualTo("csaf_security_advisory");
        assertThat(doc.path("document").path("lang").asString()).isEqualTo("fr");
        JsonNode tracking = doc.path("document").path("tracking");
        assertThat(tracking.path("version").asString()).isEqualTo("2");
        assertThat(tracking.path("revision_history").findValuesAsString("number")).containsExactly("1", "2");
        assertThat(tracking.path("current_release_date").asString()).isEqualTo("2026-03-05T16:30:00Z");
        JsonNode vendor = doc.path("product_tree").path("branches").get(0);
        assertThat(vendor.path("category").asString()).isEqualTo("vendor");
        assertThat(vendor.path("branches")).hasSize(2);
        assertThat(doc.path("product_tree").findValuesAsString("product_id")).containsExactly("ISSA-PID-1", "ISSA-PID-2", "ISSA-PID-3");
        assertThat(doc.path("vulnerabilities")).hasSize(2);
        JsonNode v = doc.path("vulnerabilities").get(0);
        assertThat(v.path("cve").asString()).isEqualTo("CVE-2024-12345");
        assertThat(v.path("product_status").path("known_affected")).hasSize(3);
        assertThat(v.path("remediations").get(0).path("category").asString()).isEqualTo("mitigation");
        assertThat(v.path("remediations").get(0).path("details").asString()).startsWith("Installez la version 2.4.1");
    }

    @Test
    void cvesWithoutProductsStayInACsafBaseDocumentWithoutRemediations() {
        AdvisoryContent c = Fixtures.phishing();
        c = new AdvisoryContent(c.title(), c.summary(), c.whatToDo(), c.whoIsAffected(), c.audience(), c.sectors(), c.severity(),
                c.lang(), c.references(), List.of(), List.of("CVE-2025-0001"), List.of());
        JsonNode doc = document(c, 1);
        assertThat(CsafSchema.errors(doc)).isEmpty();
        assertThat(CsafChecks.run(doc)).isEmpty();
        assertThat(doc.path("vulnerabilities").get(0).path("cve").asString()).isEqualTo("CVE-2025-0001");
        assertThat(doc.path("vulnerabilities").get(0).has("remediations")).isFalse();
    }

    @Test
    void theSchemaRejectsBrokenDocuments() {
        ObjectNode doc = (ObjectNode) document(Fixtures.routers(), 1);
        ObjectNode noTitle = doc.deepCopy();
        ((ObjectNode) noTitle.path("document")).remove("title");
        assertThat(CsafSchema.errors(noTitle)).anySatisfy(e -> assertThat(e).contains("title"));
        ObjectNode badTlp = doc.deepCopy();
        ((ObjectNode) badTlp.path("document").path("distribution").path("tlp")).put("label", "CLEAR");
        assertThat(CsafSchema.errors(badTlp)).isNotEmpty();
        ObjectNode badDate = doc.deepCopy();
        ((ObjectNode) badDate.path("document").path("tracking")).put("current_release_date", "2026-13-45");
        assertThat(CsafSchema.errors(badDate)).isNotEmpty();
        ObjectNode badCve = doc.deepCopy();
        ((ObjectNode) badCve.path("vulnerabilities").get(0)).put("cve", "CVE-24-1");
        assertThat(CsafSchema.errors(badCve)).isNotEmpty();
        ObjectNode scored = doc.deepCopy();
        ObjectNode score = ((ObjectNode) scored.path("vulnerabilities").get(0)).putArray("scores").addObject();
        score.putArray("products").add("ISSA-PID-1");
        score.putObject("cvss_v3").put("version", "3.1");
        assertThat(CsafSchema.errors(scored)).as("scores need FIRST's CVSS schemas, which are not shipped").isNotEmpty();
    }

    @Test
    void theMandatoryTestsFindWhatTheSchemaCannot() {
        ObjectNode doc = (ObjectNode) document(Fixtures.routers(), 2);
        ObjectNode undefined = doc.deepCopy();
        ((ArrayNode) undefined.path("vulnerabilities").get(0).path("product_status").path("known_affected")).add("ISSA-PID-99");
        assertThat(CsafSchema.errors(undefined)).isEmpty();
        assertThat(CsafChecks.run(undefined)).anySatisfy(f -> assertThat(f).startsWith("6.1.1:").contains("ISSA-PID-99"));

        ObjectNode twice = doc.deepCopy();
        ((ObjectNode) twice.path("vulnerabilities").get(1)).put("cve", "CVE-2024-12345");
        assertThat(CsafChecks.run(twice)).anySatisfy(f -> assertThat(f).startsWith("6.1.23:"));

        ObjectNode wrongVersion = doc.deepCopy();
        ((ObjectNode) wrongVersion.path("document").path("tracking")).put("version", "3");
        assertThat(CsafChecks.run(wrongVersion)).anySatisfy(f -> assertThat(f).startsWith("6.1.16:"));

        ObjectNode gap = doc.deepCopy();
        ((ObjectNode) gap.path("document").path("tracking").path("revision_history").get(1)).put("number", "4");
        ((ObjectNode) gap.path("document").path("tracking")).put("version", "4");
        assertThat(CsafChecks.run(gap)).anySatisfy(f -> assertThat(f).startsWith("6.1.21:"));

        ObjectNode unsorted = doc.deepCopy();
        ((ObjectNode) unsorted.path("document").path("tracking").path("revision_history").get(1)).put("date", "2026-01-01T00:00:00Z");
        assertThat(CsafChecks.run(unsorted)).anySatisfy(f -> assertThat(f).startsWith("6.1.14:"));

        ObjectNode preRelease = doc.deepCopy();
        ((ObjectNode) preRelease.path("document").path("tracking").path("revision_history").get(0)).put("number", "0");
        assertThat(CsafChecks.run(preRelease)).anySatisfy(f -> assertThat(f).startsWith("6.1.18:"));

        ObjectNode noStatus = doc.deepCopy();
        ((ObjectNode) noStatus.path("vulnerabilities").get(0)).remove("product_status");
        assertThat(CsafChecks.run(noStatus)).anySatisfy(f -> assertThat(f).startsWith("6.1.27.6:"));

        ObjectNode orphanRemedy = doc.deepCopy();
        ((ObjectNode) orphanRemedy.path("vulnerabilities").get(0).path("remediations").get(0)).remove("product_ids");
        assertThat(CsafChecks.run(orphanRemedy)).anySatisfy(f -> assertThat(f).startsWith("6.1.29:"));

        ObjectNode mixed = doc.deepCopy();
        ((ObjectNode) mixed.path("document").path("tracking").path("revision_history").get(1)).put("number", "2.0.0");
        assertThat(CsafChecks.run(mixed)).anySatisfy(f -> assertThat(f).startsWith("6.1.30:"));

        ObjectNode draftVersion = doc.deepCopy();
        ((ObjectNode) draftVersion.path("document").path("tracking")).put("version", "0");
        assertThat(CsafChecks.run(draftVersion)).anySatisfy(f -> assertThat(f).startsWith("6.1.17:"));
    }

    @Test
    void filenamesFollowSection51() {
        assertThat(CsafDocument.filename("2022_#01-A")).isEqualTo("2022_01-a.json");
        assertThat(CsafDocument.filename("FR-EISAS-2026-0007")).isEqualTo("fr-eisas-2026-0007.json");
        assertThat(CsafDocument.filename("Example Company - 2019-YH3234")).isEqualTo("example_company_-_2019-yh3234.json");
        assertThat(CsafDocument.path("FR-EISAS-2026-0007", Instant.parse("2025-12-31T23:59:59Z"))).isEqualTo("2025/fr-eisas-2026-0007.json");
    }
}
