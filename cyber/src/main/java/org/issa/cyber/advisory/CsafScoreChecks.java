package org.issa.cyber.advisory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The CSAF 2.0 mandatory tests on the scores of vulnerabilities: 6.1.7 (one score per CVSS version and product),
 * 6.1.8 (the CVSS object is valid against FIRST's CVSS schema), 6.1.9 (the scores are computed correctly) and
 * 6.1.10 (the properties agree with the vector). CVSS v3.0 and v3.1 are checked fully except the environmental
 * score; CVSS v2 only by 6.1.7 and 6.1.8.
 */
final class CsafScoreChecks {

    private static final Set<String> SEVERITIES = Set.of("NONE", "LOW", "MEDIUM", "HIGH", "CRITICAL");
    /** The CVSS v2.0 vector grammar of FIRST's cvss-v2.0.json schema (base, temporal and environmental metrics). */
    private static final String V2_METRIC = "(AV:[LAN]|AC:[HML]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)"
            + "|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))";
    private static final Pattern V2_VECTOR = Pattern.compile("(" + V2_METRIC + "/)*" + V2_METRIC);
    /** CVSS v3 JSON property -> its metric, and the metric's value abbreviations -> the property's values. */
    private static final Map<String, Metric> PROPERTIES = new LinkedHashMap<>();

    private record Metric(String abbreviation, Map<String, String> values) {
    }

    static {
        Map<String, String> impact = Map.of("H", "HIGH", "L", "LOW", "N", "NONE");
        Map<String, String> requirement = Map.of("H", "HIGH", "M", "MEDIUM", "L", "LOW", "X", "NOT_DEFINED");
        Map<String, String> av = Map.of("N", "NETWORK", "A", "ADJACENT_NETWORK", "L", "LOCAL", "P", "PHYSICAL");
        Map<String, String> ac = Map.of("L", "LOW", "H", "HIGH");
        Map<String, String> pr = Map.of("N", "NONE", "L", "LOW", "H", "HIGH");
        Map<String, String> ui = Map.of("N", "NONE", "R", "REQUIRED");
        Map<String, String> s = Map.of("U", "UNCHANGED", "C", "CHANGED");
        PROPERTIES.put("attackVector", new Metric("AV", av));
        PROPERTIES.put("attackComplexity", new Metric("AC", ac));
        PROPERTIES.put("privilegesRequired", new Metric("PR", pr));
        PROPERTIES.put("userInteraction", new Metric("UI", ui));
        PROPERTIES.put("scope", new Metric("S", s));
        PROPERTIES.put("confidentialityImpact", new Metric("C", impact));
        PROPERTIES.put("integrityImpact", new Metric("I", impact));
        PROPERTIES.put("availabilityImpact", new Metric("A", impact));
        PROPERTIES.put("exploitCodeMaturity", new Metric("E",
                Map.of("U", "UNPROVEN", "P", "PROOF_OF_CONCEPT", "F", "FUNCTIONAL", "H", "HIGH", "X", "NOT_DEFINED")));
        PROPERTIES.put("remediationLevel", new Metric("RL",
                Map.of("O", "OFFICIAL_FIX", "T", "TEMPORARY_FIX", "W", "WORKAROUND", "U", "UNAVAILABLE", "X", "NOT_DEFINED")));
        PROPERTIES.put("reportConfidence", new Metric("RC", Map.of("U", "UNKNOWN", "R", "REASONABLE", "C", "CONFIRMED", "X", "NOT_DEFINED")));
        PROPERTIES.put("confidentialityRequirement", new Metric("CR", requirement));
        PROPERTIES.put("integrityRequirement", new Metric("IR", requirement));
        PROPERTIES.put("availabilityRequirement", new Metric("AR", requirement));
        PROPERTIES.put("modifiedAttackVector", new Metric("MAV", notDefined(av)));
        PROPERTIES.put("modifiedAttackComplexity", new Metric("MAC", notDefined(ac)));
        PROPERTIES.put("modifiedPrivilegesRequired", new Metric("MPR", notDefined(pr)));
        PROPERTIES.put("modifiedUserInteraction", new Metric("MUI", notDefined(ui)));
        PROPERTIES.put("modifiedScope", new Metric("MS", notDefined(s)));
        PROPERTIES.put("modifiedConfidentialityImpact", new Metric("MC", notDefined(impact)));
        PROPERTIES.put("modifiedIntegrityImpact", new Metric("MI", notDefined(impact)));
        PROPERTIES.put("modifiedAvailabilityImpact", new Metric("MA", notDefined(impact)));
    }

    private CsafScoreChecks() {
    }

    private static Map<String, String> notDefined(Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.put("X", "NOT_DEFINED");
        return Map.copyOf(all);
    }

    static List<CsafFinding> run(JsonNode csaf) {
        List<CsafFinding> findings = new ArrayList<>();
        int i = 0;
        for (JsonNode v : csaf.path("vulnerabilities")) {
            multipleScores(v, "/vulnerabilities/" + i, findings);
            int j = 0;
            for (JsonNode score : v.path("scores")) {
                String at = "/vulnerabilities/" + i + "/scores/" + j;
                if (score.has("cvss_v3")) {
                    cvssV3(score.path("cvss_v3"), at + "/cvss_v3", findings);
                }
                if (score.has("cvss_v2")) {
                    cvssV2(score.path("cvss_v2"), at + "/cvss_v2", findings);
                }
                j++;
            }
            i++;
        }
        return findings;
    }

    /** 6.1.7: within one vulnerability, a product is in at most one CVSS vector of each CVSS version. */
    static void multipleScores(JsonNode vulnerability, String at, List<CsafFinding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        int j = 0;
        for (JsonNode score : vulnerability.path("scores")) {
            for (String field : List.of("cvss_v2", "cvss_v3")) {
                if (!score.has(field)) {
                    continue;
                }
                String version = score.path(field).path("version").asString(field);
                for (JsonNode product : score.path("products")) {
                    String id = product.asString("");
                    Integer first = seen.putIfAbsent(id + "\u0000" + version, j);
                    if (first != null && first != j) {
                        findings.add(new CsafFinding("6.1.7", at + "/scores/" + j, "product " + id + " already has a CVSS " + version
                                + " score in scores[" + first + "]; give each product at most one score per CVSS version (CSAF 2.0 6.1.7)"));
                    }
                }
            }
            j++;
        }
    }

    /** 6.1.8, 6.1.9 and 6.1.10 for a {@code cvss_v3} object. */
    static void cvssV3(JsonNode cvss, String at, List<CsafFinding> findings) {
        List<String> invalid = new ArrayList<>();
        for (String required : List.of("version", "vectorString", "baseScore", "baseSeverity")) {
            if (!cvss.has(required)) {
                invalid.add("the required property " + required + " is missing");
            }
        }
        String version = cvss.path("version").asString("");
        if (cvss.has("version") && !Set.of("3.0", "3.1").contains(version)) {
            invalid.add("version '" + version + "' is neither 3.0 nor 3.1");
        }
        Cvss3 vector = null;
        if (cvss.has("vectorString")) {
            try {
                vector = Cvss3.parse(cvss.path("vectorString").asString(""));
                if (cvss.has("version") && !vector.version().equals(version)) {
                    invalid.add("the vector is CVSS " + vector.version() + " but version says " + version);
                }
            } catch (IllegalArgumentException e) {
                invalid.add("the vectorString is not a valid CVSS v3 vector: " + e.getMessage());
            }
        }
        for (String score : List.of("baseScore", "temporalScore", "environmentalScore")) {
            if (cvss.has(score) && (!cvss.path(score).isNumber() || cvss.path(score).asDouble() < 0 || cvss.path(score).asDouble() > 10)) {
                invalid.add(score + " must be a number from 0 to 10");
            }
        }
        for (String severity : List.of("baseSeverity", "temporalSeverity", "environmentalSeverity")) {
            if (cvss.has(severity) && !SEVERITIES.contains(cvss.path(severity).asString(""))) {
                invalid.add(severity + " must be one of NONE, LOW, MEDIUM, HIGH, CRITICAL");
            }
        }
        PROPERTIES.forEach((property, metric) -> {
            if (cvss.has(property) && !metric.values().containsValue(cvss.path(property).asString(""))) {
                invalid.add(property + " '" + cvss.path(property).asString("") + "' is not one of " + metric.values().values().stream().sorted().toList());
            }
        });
        invalid.forEach(m -> findings.add(new CsafFinding("6.1.8", at, "invalid CVSS: " + m + " (CSAF 2.0 6.1.8)")));
        if (vector == null || !invalid.isEmpty()) {
            return; // 6.1.9 and 6.1.10 need a valid object
        }
        computation(cvss, vector, at, findings);
        consistency(cvss, vector, at, findings);
    }

    /** 6.1.9: base score and severity, temporal score and severity as the vector computes them (CVSS v3.1/v3.0 section 7). */
    private static void computation(JsonNode cvss, Cvss3 vector, String at, List<CsafFinding> findings) {
        double base = vector.baseScore();
        compare(cvss, "baseScore", base, at, findings);
        compare(cvss, "baseSeverity", Cvss3.severity(base), at, findings);
        double temporal = vector.temporalScore();
        compare(cvss, "temporalScore", temporal, at, findings);
        compare(cvss, "temporalSeverity", Cvss3.severity(temporal), at, findings);
    }

    private static void compare(JsonNode cvss, String property, Object expected, String at, List<CsafFinding> findings) {
        if (!cvss.has(property)) {
            return;
        }
        JsonNode given = cvss.path(property);
        boolean same = expected instanceof Double d ? Math.abs(given.asDouble() - d) < 1e-9 : given.asString("").equals(expected);
        if (!same) {
            findings.add(new CsafFinding("6.1.9", at + "/" + property, property + " is " + (given.isNumber() ? given.toString() : given.asString(""))
                    + " but the vector "
                    + cvss.path("vectorString").asString("") + " computes " + expected + " (CSAF 2.0 6.1.9, CVSS v"
                    + cvss.path("version").asString("") + " section 7)"));
        }
    }

    /** 6.1.10: every metric property says what the vector says; a property of a metric absent from the vector is NOT_DEFINED. */
    private static void consistency(JsonNode cvss, Cvss3 vector, String at, List<CsafFinding> findings) {
        PROPERTIES.forEach((property, metric) -> {
            if (!cvss.has(property)) {
                return;
            }
            String expected = metric.values().get(vector.value(metric.abbreviation()));
            String given = cvss.path(property).asString("");
            if (!given.equals(expected)) {
                findings.add(new CsafFinding("6.1.10", at + "/" + property, property + " is " + given + " but the vector says "
                        + metric.abbreviation() + ":" + vector.value(metric.abbreviation()) + " (" + expected
                        + "); the vectorString takes precedence (CSAF 2.0 6.1.10)"));
            }
        });
    }

    /** 6.1.8 for a {@code cvss_v2} object: the required properties and the vector grammar of FIRST's CVSS v2.0 schema. */
    static void cvssV2(JsonNode cvss, String at, List<CsafFinding> findings) {
        for (String required : List.of("version", "vectorString", "baseScore")) {
            if (!cvss.has(required)) {
                findings.add(new CsafFinding("6.1.8", at, "invalid CVSS: the required property " + required + " is missing (CSAF 2.0 6.1.8)"));
            }
        }
        if (cvss.has("version") && !cvss.path("version").asString("").equals("2.0")) {
            findings.add(new CsafFinding("6.1.8", at + "/version", "invalid CVSS: a cvss_v2 version must be 2.0 (CSAF 2.0 6.1.8)"));
        }
        if (cvss.has("vectorString") && !V2_VECTOR.matcher(cvss.path("vectorString").asString("")).matches()) {
            findings.add(new CsafFinding("6.1.8", at + "/vectorString", "invalid CVSS: '" + cvss.path("vectorString").asString("")
                    + "' is not a CVSS v2 vector (CSAF 2.0 6.1.8)"));
        }
        for (String score : List.of("baseScore", "temporalScore", "environmentalScore")) {
            if (cvss.has(score) && (!cvss.path(score).isNumber() || cvss.path(score).asDouble() < 0 || cvss.path(score).asDouble() > 10)) {
                findings.add(new CsafFinding("6.1.8", at + "/" + score, "invalid CVSS: " + score + " must be a number from 0 to 10 (CSAF 2.0 6.1.8)"));
            }
        }
    }
}
