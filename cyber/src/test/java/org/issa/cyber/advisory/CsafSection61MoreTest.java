package org.issa.cyber.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CSAF 2.0 mandatory tests 6.1.19, 6.1.20, 6.1.24 to 6.1.28 and 6.1.31 to 6.1.33: each fails on the
 * specification's own failing example (numbered as in CSAF 2.0 section 6.1) and passes on a corrected one.
 */
class CsafSection61MoreTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<CsafFinding> run(String json, String test) {
        JsonNode csaf = JSON.readTree(json);
        List<CsafFinding> all = new java.util.ArrayList<>();
        all.addAll(CsafProductChecks.run(csaf));
        all.addAll(CsafDocumentChecks.run(csaf));
        all.addAll(CsafProfileChecks.run(csaf));
        return all.stream().filter(f -> f.test().equals(test)).toList();
    }

    @Test
    void revisionHistoryEntriesForPreReleaseVersions6119() {
        String example67 = """
                {"document": {"tracking": {"status": "final", "version": "1.0.0", "revision_history": [
                  {"date": "2021-04-22T10:00:00.000Z", "number": "%s", "summary": "Release Candidate for initial version."},
                  {"date": "2021-04-23T10:00:00.000Z", "number": "1.0.0", "summary": "Initial version."}]}}}""";
        assertThat(run(example67.formatted("1.0.0-rc"), "6.1.19")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("/document/tracking/revision_history/0/number"));
        assertThat(run(example67.formatted("0.9.0"), "6.1.19")).isEmpty();
    }

    @Test
    void nonDraftDocumentVersion6120() {
        String example68 = "{\"document\": {\"tracking\": {\"status\": \"%s\", \"version\": \"1.0.0-alpha\"}}}";
        assertThat(run(example68.formatted("interim"), "6.1.20")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("1.0.0-alpha", "interim"));
        assertThat(run(example68.formatted("draft"), "6.1.20")).isEmpty();
        assertThat(run("{\"document\": {\"tracking\": {\"status\": \"final\", \"version\": \"1.0.0+build.7\"}}}", "6.1.20")).isEmpty();
    }

    @Test
    void multipleDefinitionInInvolvements6124() {
        String example72 = """
                {"vulnerabilities": [{"involvements": [
                  {"date": "2021-04-23T10:00:00.000Z", "party": "vendor", "status": "completed"},
                  {"date": "%s", "party": "vendor", "status": "in_progress",
                   "summary": "The vendor has released a mitigation and is working to fully resolve the issue."}]}]}""";
        assertThat(run(example72.formatted("2021-04-23T10:00:00.000Z"), "6.1.24")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("/vulnerabilities/0/involvements/1"));
        assertThat(run(example72.formatted("2021-04-23T12:00:00+02:00"), "6.1.24")).as("the same instant").hasSize(1);
        assertThat(run(example72.formatted("2021-04-24T10:00:00.000Z"), "6.1.24")).isEmpty();
    }

    @Test
    void multipleUseOfSameHashAlgorithm6125() {
        String example73 = """
                {"product_tree": {"full_product_names": [{"name": "Product A", "product_id": "CSAFPID-9080700",
                  "product_identification_helper": {"hashes": [{"filename": "product_a.so", "file_hashes": [
                    {"algorithm": "sha256", "value": "026a37919b182ef7c63791e82c9645e2f897a3f0b73c7a6028c7febf62e93838"},
                    {"algorithm": "%s", "value": "0a853ce2337f0608489ac596a308dc5b7b19d35a52b10bf31261586ac368b175"}]}]}}]}}""";
        assertThat(run(example73.formatted("sha256"), "6.1.25")).singleElement().satisfies(f -> assertThat(f.path())
                .isEqualTo("/product_tree/full_product_names/0/product_identification_helper/hashes/0/file_hashes/1"));
        assertThat(run(example73.formatted("sha512"), "6.1.25")).isEmpty();
    }

    @Test
    void prohibitedDocumentCategoryName6126() {
        for (String prohibited : List.of("Csaf_a", "Informational Advisory", "security-incident-response", "Security      Advisory", "veX", "V_eX",
                "Security_Incident_Response")) {
            assertThat(run("{\"document\": {\"category\": \"" + prohibited + "\"}}", "6.1.26")).as(prohibited).hasSize(1);
        }
        for (String allowed : List.of("csaf_base", "csaf_vex", "csaf_security_advisory", "generic_csaf", "Example Company Security Notice")) {
            assertThat(run("{\"document\": {\"category\": \"" + allowed + "\"}}", "6.1.26")).as(allowed).isEmpty();
        }
    }

    private static final String INFORMATIONAL = """
            {"document": {"category": "csaf_informational_advisory",
              "notes": [{"category": "%s", "text": "The CSAF document is provided to You AS IS.", "title": "Terms of Use"}],
              "references": [{"category": "%s", "summary": "The canonical URL.", "url": "https://example.com/security/data/csaf/2021/a.json"}]}%s}""";

    @Test
    void documentNotesReferencesAndVulnerabilitiesOfInformationalAdvisories61271to3() {
        assertThat(run(INFORMATIONAL.formatted("legal_disclaimer", "external", ""), "6.1.27.1")).as("example 76").hasSize(1);
        assertThat(run(INFORMATIONAL.formatted("summary", "self", ""), "6.1.27.2")).as("example 77").hasSize(1);
        String example78 = INFORMATIONAL.formatted("summary", "external", ", \"vulnerabilities\": [{\"title\": \"A vulnerability item that SHALL NOT exist\"}]");
        assertThat(run(example78, "6.1.27.3")).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("/vulnerabilities"));
        String valid = INFORMATIONAL.formatted("summary", "external", "");
        for (String test : List.of("6.1.27.1", "6.1.27.2", "6.1.27.3")) {
            assertThat(run(valid, test)).isEmpty();
        }
        assertThat(run(INFORMATIONAL.formatted("legal_disclaimer", "self", "").replace("csaf_informational_advisory", "csaf_base"), "6.1.27.1"))
                .as("not for csaf_base").isEmpty();
    }

    private static final String PRODUCTS = """
            "product_tree": {"full_product_names": [{"product_id": "CSAFPID-9080700", "name": "Product A"},
              {"product_id": "CSAFPID-9080701", "name": "Product B"}, {"product_id": "CSAFPID-9080702", "name": "Product C"}],
             "product_groups": [{"group_id": "CSAFGID-0001", "product_ids": ["CSAFPID-9080700", "CSAFPID-9080701"]}]}""";

    private static String vex(String vulnerability) {
        return "{\"document\": {\"category\": \"csaf_vex\"}, " + PRODUCTS + ", \"vulnerabilities\": [" + vulnerability + "]}";
    }

    @Test
    void vexProfile61274to11() {
        assertThat(run("{\"document\": {\"category\": \"csaf_vex\"}, \"vulnerabilities\": []}", "6.1.27.4")).as("example 79").hasSize(1);
        assertThat(run(vex("{\"title\": \"A vulnerability item without a note\"}"), "6.1.27.5")).as("example 80").hasSize(1);
        assertThat(run(vex("{\"cve\": \"CVE-2021-0001\", \"product_status\": {\"first_fixed\": [\"CSAFPID-9080700\"], "
                + "\"recommended\": [\"CSAFPID-9080701\"]}}"), "6.1.27.7")).as("example 82").singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("/vulnerabilities/0/product_status"));
        assertThat(run(vex("{\"title\": \"A vulnerability item without a CVE or ID\"}"), "6.1.27.8")).as("example 83").hasSize(1);
        String example84 = """
                {"cve": "CVE-2021-0001", "notes": [{"category": "description", "text": "t"}],
                 "product_status": {"known_not_affected": ["CSAFPID-9080700", "CSAFPID-9080701", "CSAFPID-9080702"]},
                 "threats": [{"category": "impact", "details": "The vulnerable code is not present in these products.", "group_ids": ["CSAFGID-0001"]}]%s}""";
        assertThat(run(vex(example84.formatted("")), "6.1.27.9")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/vulnerabilities/0/product_status/known_not_affected/2");
            assertThat(f.message()).contains("CSAFPID-9080702");
        });
        String flagged = example84.formatted(", \"flags\": [{\"label\": \"component_not_present\", \"product_ids\": [\"CSAFPID-9080702\"]}]");
        assertThat(run(vex(flagged), "6.1.27.9")).isEmpty();
        String example85 = """
                {"cve": "CVE-2021-0001", "notes": [{"category": "description", "text": "t"}],
                 "product_status": {"known_affected": ["CSAFPID-9080700", "CSAFPID-9080701", "CSAFPID-9080702"]},
                 "remediations": [{"category": "no_fix_planned", "details": "These products are end-of-life.", "group_ids": ["CSAFGID-0001"]}%s]}""";
        assertThat(run(vex(example85.formatted("")), "6.1.27.10")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("CSAFPID-9080702"));
        String remedied = example85.formatted(", {\"category\": \"vendor_fix\", \"details\": \"Update.\", \"product_ids\": [\"CSAFPID-9080702\"]}");
        assertThat(run(vex(remedied), "6.1.27.10")).isEmpty();
        for (String test : List.of("6.1.27.4", "6.1.27.5", "6.1.27.7", "6.1.27.8", "6.1.27.11")) {
            assertThat(run(vex(remedied), test)).as(test).isEmpty();
        }
        assertThat(run("{\"document\": {\"category\": \"csaf_vex\"}, " + PRODUCTS + "}", "6.1.27.11")).as("example 86").hasSize(1);
        assertThat(run("{\"document\": {\"category\": \"csaf_security_advisory\"}, " + PRODUCTS + "}", "6.1.27.11")).hasSize(1);
    }

    @Test
    void translation6128() {
        String example87 = "{\"document\": {\"lang\": \"en-US\", \"source_lang\": \"%s\"}}";
        assertThat(run(example87.formatted("en-US"), "6.1.28")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("/document/source_lang"));
        assertThat(run(example87.formatted("en-GB"), "6.1.28")).as("a translation from en-US to en-GB passes").isEmpty();
    }

    @Test
    void versionRangeInProductVersion6131() {
        String example90 = """
                {"product_tree": {"branches": [{"category": "vendor", "name": "Example", "branches": [{"category": "product_name", "name": "A",
                  "branches": [{"category": "%s", "name": "%s", "product": {"name": "A", "product_id": "CSAFPID-9080700"}}]}]}]}}""";
        assertThat(run(example90.formatted("product_version", "prior to 4.2"), "6.1.31")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("/product_tree/branches/0/branches/0/branches/0/name"));
        assertThat(run(example90.formatted("product_version", "4.2"), "6.1.31")).isEmpty();
        assertThat(run(example90.formatted("product_version_range", "vers:generic/<4.2"), "6.1.31")).isEmpty();
    }

    @Test
    void flagWithoutProductReference6132AndMultipleVexFlags6133() {
        assertThat(run("{\"vulnerabilities\": [{\"flags\": [{\"label\": \"component_not_present\"}]}]}", "6.1.32")).as("example 91")
                .singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("/vulnerabilities/0/flags/0"));
        String example92 = "{" + PRODUCTS + """
                , "vulnerabilities": [{"flags": [
                  {"label": "component_not_present", "group_ids": ["CSAFGID-0001"]},
                  {"label": "vulnerable_code_cannot_be_controlled_by_adversary", "product_ids": ["%s"]}],
                 "product_status": {"known_not_affected": ["CSAFPID-9080700", "CSAFPID-9080701", "CSAFPID-9080702"]}}]}""";
        assertThat(run(example92.formatted("CSAFPID-9080700"), "6.1.33")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/vulnerabilities/0/flags/1");
            assertThat(f.message()).contains("CSAFPID-9080700", "flags[0]");
        });
        assertThat(run(example92.formatted("CSAFPID-9080702"), "6.1.33")).isEmpty();
        assertThat(run(example92.formatted("CSAFPID-9080702"), "6.1.32")).isEmpty();
    }
}
