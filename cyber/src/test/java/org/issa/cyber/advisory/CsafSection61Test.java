package org.issa.cyber.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CSAF 2.0 mandatory tests 6.1.3 to 6.1.13 and 6.1.15: each fails on the specification's own failing example
 * (numbered as in CSAF 2.0 section 6.1) and passes on a corrected one.
 */
class CsafSection61Test {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static List<CsafFinding> only(List<CsafFinding> findings, String test) {
        return findings.stream().filter(f -> f.test().equals(test)).toList();
    }

    private static final String PRODUCT_A = """
            {"product_id": "CSAFPID-9080700", "name": "Product A"}""";

    @Test
    void circularDefinitionOfProductId613() {
        String example51 = """
                {"product_tree": {"full_product_names": [%s],
                  "relationships": [{"category": "installed_on", "full_product_name": {"name": "Product B", "product_id": "CSAFPID-9080701"},
                    "product_reference": "CSAFPID-9080700", "relates_to_product_reference": "%s"}]}}""";
        List<CsafFinding> fails = only(CsafProductChecks.run(json(example51.formatted(PRODUCT_A, "CSAFPID-9080701"))), "6.1.3");
        assertThat(fails).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/product_tree/relationships/0/full_product_name/product_id");
            assertThat(f.message()).contains("CSAFPID-9080701", "circular");
        });
        assertThat(only(CsafProductChecks.run(json(example51.formatted(PRODUCT_A, "CSAFPID-9080700"))), "6.1.3")).isEmpty();
        String indirect = """
                {"product_tree": {"full_product_names": [%s], "relationships": [
                  {"category": "installed_on", "full_product_name": {"name": "B", "product_id": "B"}, "product_reference": "CSAFPID-9080700", "relates_to_product_reference": "C"},
                  {"category": "installed_on", "full_product_name": {"name": "C", "product_id": "C"}, "product_reference": "CSAFPID-9080700", "relates_to_product_reference": "B"}]}}"""
                .formatted(PRODUCT_A);
        assertThat(only(CsafProductChecks.run(json(indirect)), "6.1.3")).hasSize(2);
    }

    @Test
    void missingDefinitionOfProductGroupId614() {
        String example52 = """
                {"product_tree": {"full_product_names": [%s]%s},
                 "vulnerabilities": [{"threats": [{"category": "exploit_status", "details": "Reliable exploits integrated in Metasploit.",
                   "group_ids": ["CSAFGID-1020301"]}]}]}""";
        assertThat(only(CsafProductChecks.run(json(example52.formatted(PRODUCT_A, ""))), "6.1.4")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("/vulnerabilities/0/threats/0/group_ids/0"));
        String group = ", \"product_groups\": [{\"group_id\": \"CSAFGID-1020301\", \"product_ids\": [\"CSAFPID-9080700\", \"CSAFPID-9080700\"]}]";
        assertThat(only(CsafProductChecks.run(json(example52.formatted(PRODUCT_A, group))), "6.1.4")).isEmpty();
    }

    @Test
    void multipleDefinitionOfProductGroupId615() {
        String example53 = """
                {"product_tree": {"full_product_names": [%s, {"product_id": "CSAFPID-9080701", "name": "Product B"},
                   {"product_id": "CSAFPID-9080702", "name": "Product C"}],
                  "product_groups": [{"group_id": "CSAFGID-1020300", "product_ids": ["CSAFPID-9080700", "CSAFPID-9080701"]},
                   {"group_id": "%s", "product_ids": ["CSAFPID-9080700", "CSAFPID-9080702"]}]}}""";
        assertThat(only(CsafProductChecks.run(json(example53.formatted(PRODUCT_A, "CSAFGID-1020300"))), "6.1.5")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("/product_tree/product_groups/1/group_id"));
        assertThat(only(CsafProductChecks.run(json(example53.formatted(PRODUCT_A, "CSAFGID-1020301"))), "6.1.5")).isEmpty();
    }

    @Test
    void contradictingProductStatus616() {
        String example54 = """
                {"product_tree": {"full_product_names": [%s]},
                 "vulnerabilities": [{"product_status": {"known_affected": ["CSAFPID-9080700"], "%s": ["CSAFPID-9080700"]}}]}""";
        assertThat(only(CsafProductChecks.run(json(example54.formatted(PRODUCT_A, "known_not_affected"))), "6.1.6")).singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("/vulnerabilities/0/product_status/known_not_affected/0");
                    assertThat(f.message()).contains("\"affected\"", "\"not affected\"");
                });
        assertThat(only(CsafProductChecks.run(json(example54.formatted(PRODUCT_A, "recommended"))), "6.1.6"))
                .as("recommended contradicts no group").isEmpty();
        assertThat(only(CsafProductChecks.run(json(example54.formatted(PRODUCT_A, "last_affected"))), "6.1.6"))
                .as("both in the affected group").isEmpty();
    }

    private static final String EXAMPLE_55 = """
            {"product_tree": {"full_product_names": [%s]},
             "vulnerabilities": [{"scores": [
               {"products": ["CSAFPID-9080700"], "cvss_v3": {"version": "3.1", "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H",
                 "baseScore": 10, "baseSeverity": "CRITICAL"}},
               {"products": ["%s"], "cvss_v3": {"version": "3.1", "vectorString": "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H",
                 "baseScore": 6.5, "baseSeverity": "MEDIUM"}}]}]}""";

    @Test
    void multipleScoresWithSameVersionPerProduct617() {
        assertThat(CsafScoreChecks.run(json(EXAMPLE_55.formatted(PRODUCT_A, "CSAFPID-9080700")))).singleElement().satisfies(f -> {
            assertThat(f.test()).isEqualTo("6.1.7");
            assertThat(f.path()).isEqualTo("/vulnerabilities/0/scores/1");
            assertThat(f.message()).contains("CSAFPID-9080700", "3.1");
        });
        String twoProducts = EXAMPLE_55.formatted(PRODUCT_A + ", {\"product_id\": \"CSAFPID-9080701\", \"name\": \"Product B\"}", "CSAFPID-9080701");
        assertThat(CsafScoreChecks.run(json(twoProducts))).as("valid, computed right, one score per product").isEmpty();
    }

    private static List<CsafFinding> cvss(String cvssV3) {
        return CsafScoreChecks.run(json("{\"vulnerabilities\": [{\"scores\": [{\"products\": [\"P\"], \"cvss_v3\": " + cvssV3 + "}]}]}"));
    }

    @Test
    void invalidCvss618() {
        List<CsafFinding> example56 = cvss("""
                {"version": "3.1", "vectorString": "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H", "baseScore": 6.5}""");
        assertThat(example56).singleElement().satisfies(f -> {
            assertThat(f.test()).isEqualTo("6.1.8");
            assertThat(f.path()).isEqualTo("/vulnerabilities/0/scores/0/cvss_v3");
            assertThat(f.message()).contains("baseSeverity is missing");
        });
        assertThat(cvss("""
                {"version": "3.1", "vectorString": "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H", "baseScore": 6.5, "baseSeverity": "MEDIUM"}""")).isEmpty();
        assertThat(cvss("""
                {"version": "3.0", "vectorString": "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H", "baseScore": 11, "baseSeverity": "SEVERE",
                 "attackVector": "NEARBY"}""")).extracting(CsafFinding::message).allSatisfy(m -> assertThat(m).contains("6.1.8"))
                .anySatisfy(m -> assertThat(m).contains("A are missing"))
                .anySatisfy(m -> assertThat(m).contains("baseScore must be a number from 0 to 10"))
                .anySatisfy(m -> assertThat(m).contains("baseSeverity must be one of"))
                .anySatisfy(m -> assertThat(m).contains("attackVector 'NEARBY'"));
        assertThat(cvss("""
                {"version": "3.0", "vectorString": "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H", "baseScore": 6.5, "baseSeverity": "MEDIUM"}"""))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("the vector is CVSS 3.1 but version says 3.0"));
        List<CsafFinding> v2 = CsafScoreChecks.run(json("""
                {"vulnerabilities": [{"scores": [{"products": ["P"], "cvss_v2": {"version": "2.0", "vectorString": "AV:N/AC:L/Au:N/C:C/I:C/A:Z"}}]}]}"""));
        assertThat(v2).extracting(CsafFinding::message).anySatisfy(m -> assertThat(m).contains("baseScore is missing"))
                .anySatisfy(m -> assertThat(m).contains("is not a CVSS v2 vector"));
        assertThat(CsafScoreChecks.run(json("""
                {"vulnerabilities": [{"scores": [{"products": ["P"], "cvss_v2": {"version": "2.0", "vectorString": "AV:N/AC:L/Au:N/C:C/I:C/A:C/E:POC/RL:OF",
                 "baseScore": 10.0}}]}]}"""))).isEmpty();
    }

    @Test
    void invalidCvssComputation619() {
        List<CsafFinding> example57 = cvss("""
                {"version": "3.1", "vectorString": "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H", "baseScore": 10.0, "baseSeverity": "LOW"}""");
        assertThat(example57).extracting(CsafFinding::test).containsOnly("6.1.9");
        assertThat(example57).extracting(CsafFinding::path).containsExactly("/vulnerabilities/0/scores/0/cvss_v3/baseScore",
                "/vulnerabilities/0/scores/0/cvss_v3/baseSeverity");
        assertThat(example57.getFirst().message()).contains("computes 6.5");
        assertThat(cvss("""
                {"version": "3.1", "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C", "baseScore": 9.8,
                 "baseSeverity": "CRITICAL", "temporalScore": 9.8, "temporalSeverity": "CRITICAL"}"""))
                .extracting(CsafFinding::message).containsExactly(
                        "temporalScore is 9.8 but the vector CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C computes 8.8"
                                + " (CSAF 2.0 6.1.9, CVSS v3.1 section 7)",
                        "temporalSeverity is CRITICAL but the vector CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C computes HIGH"
                                + " (CSAF 2.0 6.1.9, CVSS v3.1 section 7)");
        assertThat(cvss("""
                {"version": "3.1", "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C", "baseScore": 9.8,
                 "baseSeverity": "CRITICAL", "temporalScore": 8.8, "temporalSeverity": "HIGH"}""")).isEmpty();
    }

    @Test
    void inconsistentCvss6110() {
        String example58 = """
                {"version": "3.1", "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "baseScore": 9.8, "baseSeverity": "CRITICAL",
                 "attackVector": "%s", "attackComplexity": "LOW", "privilegesRequired": "NONE", "userInteraction": "NONE", "scope": "%s",
                 "confidentialityImpact": "HIGH", "integrityImpact": "HIGH", "availabilityImpact": "%s", "exploitCodeMaturity": "%s"}""";
        assertThat(cvss(example58.formatted("LOCAL", "CHANGED", "LOW", "NOT_DEFINED"))).extracting(CsafFinding::path).containsExactly(
                "/vulnerabilities/0/scores/0/cvss_v3/attackVector", "/vulnerabilities/0/scores/0/cvss_v3/scope",
                "/vulnerabilities/0/scores/0/cvss_v3/availabilityImpact");
        assertThat(cvss(example58.formatted("NETWORK", "UNCHANGED", "HIGH", "NOT_DEFINED"))).isEmpty();
        assertThat(cvss(example58.formatted("NETWORK", "UNCHANGED", "HIGH", "FUNCTIONAL"))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("exploitCodeMaturity is FUNCTIONAL but the vector says E:X (NOT_DEFINED)"));
    }

    @Test
    void cwe6111() {
        String cwe = "{\"vulnerabilities\": [{\"cwe\": {\"id\": \"%s\", \"name\": \"%s\"}}]}";
        assertThat(CsafDocumentChecks.run(json(cwe.formatted("CWE-079", "Cross-site Scripting")))).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("/vulnerabilities/0/cwe/id"));
        assertThat(CsafDocumentChecks.run(json(cwe.formatted("CWE-79", " ")))).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("/vulnerabilities/0/cwe/name"));
        assertThat(CsafDocumentChecks.run(json(cwe.formatted("CWE-79",
                "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')")))).isEmpty();
    }

    @Test
    void language6112() {
        assertThat(CsafDocumentChecks.language("EZ", "/document/lang")).as("example 60: EZ is the Eurozone, not a language")
                .hasValueSatisfying(f -> assertThat(f.message()).contains("ISO 639-1"));
        assertThat(CsafDocumentChecks.language("en_GB", "/document/lang")).hasValueSatisfying(f -> assertThat(f.message()).contains("well-formed"));
        assertThat(CsafDocumentChecks.language("de-", "/document/lang")).isPresent();
        for (String ok : List.of("en", "fr", "de-AT", "sr-Latn-RS", "zh-Hant-TW", "es-419", "gsw", "i-klingon", "x-issa", "de-CH-1996")) {
            assertThat(CsafDocumentChecks.language(ok, "/document/lang")).as(ok).isEmpty();
        }
        assertThat(CsafDocumentChecks.run(json("{\"document\": {\"lang\": \"en\", \"source_lang\": \"EZ\"}}"))).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("/document/source_lang"));
    }

    @Test
    void purl6113() {
        String example61 = """
                {"product_tree": {"full_product_names": [{"name": "Product A", "product_id": "CSAFPID-9080700",
                  "product_identification_helper": {"purl": "%s"}}],
                 "branches": [{"category": "vendor", "name": "V", "branches": [{"category": "product_name", "name": "P",
                   "product": {"name": "P", "product_id": "P", "product_identification_helper": {"purl": "pkg:npm/%%40angular/animation@12.3.1"}}}]}]}}""";
        assertThat(only(CsafProductChecks.run(json(example61.formatted("pkg:maven/@1.3.4"))), "6.1.13")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/product_tree/full_product_names/0/product_identification_helper/purl");
            assertThat(f.message()).contains("name is missing");
        });
        assertThat(only(CsafProductChecks.run(json(example61.formatted("pkg:maven/org.example/product-a@1.3.4"))), "6.1.13")).isEmpty();
        String branch = example61.formatted("pkg:maven/org.example/a@1").replace("%40angular", "%4");
        assertThat(only(CsafProductChecks.run(json(branch)), "6.1.13")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("/product_tree/branches/0/branches/0/product/product_identification_helper/purl"));
    }

    @Test
    void translator6115() {
        String example63 = """
                {"document": {"lang": "en", %s "publisher": {"category": "translator", "name": "CSAF TC Translator", "namespace": "https://csaf.io/translator"}}}""";
        assertThat(CsafDocumentChecks.run(json(example63.formatted("")))).singleElement().satisfies(f -> {
            assertThat(f.test()).isEqualTo("6.1.15");
            assertThat(f.path()).isEqualTo("/document/source_lang");
        });
        assertThat(CsafDocumentChecks.run(json(example63.formatted("\"source_lang\": \"de\",")))).isEmpty();
    }

    @Test
    void thePublicationChecksReportTheNewTestsWithTheirNumberAndPath() {
        assertThat(CsafChecks.run(json(EXAMPLE_55.formatted(PRODUCT_A, "CSAFPID-9080700"))))
                .anySatisfy(f -> assertThat(f).startsWith("6.1.7: /vulnerabilities/0/scores/1: product CSAFPID-9080700"));
    }
}
