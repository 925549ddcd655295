package org.issa.cyber.advisory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The CSAF 2.0 mandatory tests of the document category and its profile: 6.1.26 (prohibited category names of a
 * CSAF Base document), 6.1.27.1 to 6.1.27.3 (informational advisory and security incident response),
 * 6.1.27.4 and 6.1.27.5 for {@code csaf_vex} (the security advisory is covered by {@link CsafChecks}) and
 * 6.1.27.7 to 6.1.27.11 (VEX, and the vulnerabilities of an advisory).
 */
final class CsafProfileChecks {

    static final String INFORMATIONAL = "csaf_informational_advisory";
    static final String INCIDENT = "csaf_security_incident_response";
    static final String VEX = "csaf_vex";
    private static final Set<String> PROFILES = Set.of("csaf_base", INCIDENT, INFORMATIONAL, CsafDocument.SECURITY_ADVISORY, VEX);
    /** The names and values of the profiles other than CSAF Base, without dash, whitespace and underscore. */
    private static final Set<String> PROHIBITED = Set.of("securityincidentresponse", "informationaladvisory", "securityadvisory", "vex",
            "csafsecurityincidentresponse", "csafinformationaladvisory", "csafsecurityadvisory", "csafvex");
    private static final Set<String> NOTE_CATEGORIES = Set.of("description", "details", "general", "summary");

    private CsafProfileChecks() {
    }

    static List<CsafFinding> run(JsonNode csaf) {
        List<CsafFinding> findings = new ArrayList<>();
        String category = csaf.path("document").path("category").asString("");
        prohibitedCategory(category, findings);
        if (category.equals(INFORMATIONAL) || category.equals(INCIDENT)) {
            notesAndReferences(csaf, category, findings);
        }
        if (category.equals(INFORMATIONAL) && csaf.has("vulnerabilities")) {
            findings.add(new CsafFinding("6.1.27.3", "/vulnerabilities",
                    "a csaf_informational_advisory must not have vulnerabilities; use csaf_base or csaf_security_advisory (CSAF 2.0 6.1.27.3)"));
        }
        if ((category.equals(CsafDocument.SECURITY_ADVISORY) || category.equals(VEX)) && !csaf.has("vulnerabilities")) {
            findings.add(new CsafFinding("6.1.27.11", "/vulnerabilities", "a " + category + " must have vulnerabilities (CSAF 2.0 6.1.27.11)"));
        }
        if (category.equals(VEX)) {
            vex(csaf, findings);
        }
        return findings;
    }

    /** 6.1.26: a CSAF Base document's category is not a profile's name or value, and does not start with csaf_. */
    static void prohibitedCategory(String category, List<CsafFinding> findings) {
        if (PROFILES.contains(category)) {
            return;
        }
        String lower = category.toLowerCase(Locale.ROOT);
        if (PROHIBITED.contains(lower.replaceAll("[-_\\s]", ""))) {
            findings.add(new CsafFinding("6.1.26", "/document/category", "'" + category + "' is the name of a CSAF profile; "
                    + "use its exact value (e.g. csaf_security_advisory) or another category (CSAF 2.0 6.1.26)"));
        } else if (lower.startsWith("csaf_")) {
            findings.add(new CsafFinding("6.1.26", "/document/category",
                    "'" + category + "' starts with the reserved prefix csaf_ (CSAF 2.0 6.1.26)"));
        }
    }

    /** 6.1.27.1 and 6.1.27.2: a describing document note and an external reference. */
    private static void notesAndReferences(JsonNode csaf, String category, List<CsafFinding> findings) {
        JsonNode document = csaf.path("document");
        boolean described = false;
        for (JsonNode note : document.path("notes")) {
            described |= NOTE_CATEGORIES.contains(note.path("category").asString(""));
        }
        if (!described) {
            findings.add(new CsafFinding("6.1.27.1", "/document/notes", "a " + category
                    + " needs a document note of category description, details, general or summary (CSAF 2.0 6.1.27.1)"));
        }
        boolean external = false;
        for (JsonNode reference : document.path("references")) {
            external |= reference.path("category").asString("external").equals("external"); // the schema's default
        }
        if (!external) {
            findings.add(new CsafFinding("6.1.27.2", "/document/references", "a " + category
                    + " needs a reference of category external (CSAF 2.0 6.1.27.2)"));
        }
    }

    /** 6.1.27.4, 6.1.27.5 and 6.1.27.7 to 6.1.27.10 for a csaf_vex document. */
    private static void vex(JsonNode csaf, List<CsafFinding> findings) {
        if (!csaf.has("product_tree")) {
            findings.add(new CsafFinding("6.1.27.4", "/product_tree", "a csaf_vex needs a product tree (CSAF 2.0 6.1.27.4)"));
        }
        Map<String, Set<String>> groups = groups(csaf);
        int i = 0;
        for (JsonNode v : csaf.path("vulnerabilities")) {
            String at = "/vulnerabilities/" + i;
            if (!v.has("notes")) {
                findings.add(new CsafFinding("6.1.27.5", at + "/notes", "this vulnerability of a csaf_vex has no notes (CSAF 2.0 6.1.27.5)"));
            }
            JsonNode status = v.path("product_status");
            if (!(status.has("fixed") || status.has("known_affected") || status.has("known_not_affected") || status.has("under_investigation"))) {
                findings.add(new CsafFinding("6.1.27.7", at + "/product_status", "a csaf_vex vulnerability needs fixed, known_affected, "
                        + "known_not_affected or under_investigation in its product status (CSAF 2.0 6.1.27.7)"));
            }
            if (!v.has("cve") && !v.has("ids")) {
                findings.add(new CsafFinding("6.1.27.8", at, "a csaf_vex vulnerability needs a cve or ids (CSAF 2.0 6.1.27.8)"));
            }
            Set<String> impact = new HashSet<>();
            v.path("flags").forEach(f -> impact.addAll(products(f, groups)));
            v.path("threats").forEach(t -> {
                if (t.path("category").asString("").equals("impact")) {
                    impact.addAll(products(t, groups));
                }
            });
            statements(status.path("known_not_affected"), impact, at + "/product_status/known_not_affected", "6.1.27.9",
                    "has no impact statement (a flag, or a threat of category impact)", findings);
            Set<String> action = new HashSet<>();
            v.path("remediations").forEach(r -> action.addAll(products(r, groups)));
            statements(status.path("known_affected"), action, at + "/product_status/known_affected", "6.1.27.10",
                    "has no action statement (a remediation)", findings);
            i++;
        }
    }

    private static void statements(JsonNode ids, Set<String> covered, String at, String test, String fault, List<CsafFinding> findings) {
        int n = 0;
        for (JsonNode id : ids) {
            if (!covered.contains(id.asString(""))) {
                findings.add(new CsafFinding(test, at + "/" + n, "product " + id.asString("") + " " + fault + " (CSAF 2.0 " + test + ")"));
            }
            n++;
        }
    }

    /** Group id to its product ids, from /product_tree/product_groups. */
    static Map<String, Set<String>> groups(JsonNode csaf) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (JsonNode g : csaf.path("product_tree").path("product_groups")) {
            Set<String> ids = groups.computeIfAbsent(g.path("group_id").asString(""), k -> new HashSet<>());
            g.path("product_ids").forEach(p -> ids.add(p.asString("")));
        }
        return groups;
    }

    /** The products an item (flag, threat, remediation) refers to, directly and through its groups. */
    static Set<String> products(JsonNode item, Map<String, Set<String>> groups) {
        Set<String> ids = new HashSet<>();
        item.path("product_ids").forEach(p -> ids.add(p.asString("")));
        item.path("group_ids").forEach(g -> ids.addAll(groups.getOrDefault(g.asString(""), Set.of())));
        return ids;
    }
}
