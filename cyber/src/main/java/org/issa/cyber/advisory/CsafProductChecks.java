package org.issa.cyber.advisory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The CSAF 2.0 mandatory tests on the product tree and the product references of vulnerabilities:
 * 6.1.3 (circular definition of product id), 6.1.4 (missing definition of product group id), 6.1.5 (multiple
 * definition of product group id), 6.1.6 (contradicting product status), 6.1.13 (PURL), 6.1.25 (hash algorithms),
 * 6.1.31 (version ranges in product versions), 6.1.32 (flags without products) and 6.1.33 (VEX justification flags).
 */
final class CsafProductChecks {

    /** The contradiction groups of 6.1.6; {@code recommended} belongs to none. */
    private static final Map<String, List<String>> STATUS_GROUPS = new LinkedHashMap<>();

    static {
        STATUS_GROUPS.put("affected", List.of("first_affected", "known_affected", "last_affected"));
        STATUS_GROUPS.put("not affected", List.of("known_not_affected"));
        STATUS_GROUPS.put("fixed", List.of("first_fixed", "fixed"));
        STATUS_GROUPS.put("under investigation", List.of("under_investigation"));
    }

    private CsafProductChecks() {
    }

    static List<CsafFinding> run(JsonNode csaf) {
        List<CsafFinding> findings = new ArrayList<>();
        circularDefinitions(csaf, findings);
        groupIds(csaf, findings);
        contradictingStatus(csaf, findings);
        purls(csaf, findings);
        hashes(csaf, findings);
        versionRanges(csaf.path("product_tree").path("branches"), "/product_tree/branches", findings);
        flags(csaf, findings);
        return findings;
    }

    /** 6.1.3: a product id defined by a relationship does not, following its references, lead back to itself. */
    static void circularDefinitions(JsonNode csaf, List<CsafFinding> findings) {
        JsonNode relationships = csaf.path("product_tree").path("relationships");
        Map<String, List<String>> refers = new HashMap<>();
        for (JsonNode r : relationships) {
            refers.computeIfAbsent(r.path("full_product_name").path("product_id").asString(""), k -> new ArrayList<>())
                    .addAll(List.of(r.path("product_reference").asString(""), r.path("relates_to_product_reference").asString("")));
        }
        int k = 0;
        for (JsonNode r : relationships) {
            String id = r.path("full_product_name").path("product_id").asString("");
            if (reaches(refers, id)) {
                findings.add(new CsafFinding("6.1.3", "/product_tree/relationships/" + k + "/full_product_name/product_id",
                        "product " + id + " is defined through a relationship that refers, directly or via other relationships, "
                                + "back to " + id + ": a circular definition (CSAF 2.0 6.1.3)"));
            }
            k++;
        }
    }

    private static boolean reaches(Map<String, List<String>> refers, String start) {
        Deque<String> todo = new ArrayDeque<>(refers.getOrDefault(start, List.of()));
        Set<String> visited = new HashSet<>();
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (next.equals(start)) {
                return true;
            }
            if (visited.add(next)) {
                todo.addAll(refers.getOrDefault(next, List.of()));
            }
        }
        return false;
    }

    /** 6.1.4 and 6.1.5: every group id referred to is defined in the product tree, and each is defined once. */
    static void groupIds(JsonNode csaf, List<CsafFinding> findings) {
        Set<String> defined = new HashSet<>();
        int g = 0;
        for (JsonNode group : csaf.path("product_tree").path("product_groups")) {
            String id = group.path("group_id").asString("");
            if (!defined.add(id)) {
                findings.add(new CsafFinding("6.1.5", "/product_tree/product_groups/" + g + "/group_id",
                        "product group " + id + " is defined more than once; give each group its own id (CSAF 2.0 6.1.5)"));
            }
            g++;
        }
        int i = 0;
        for (JsonNode v : csaf.path("vulnerabilities")) {
            for (String part : List.of("remediations", "threats", "flags")) {
                int j = 0;
                for (JsonNode item : v.path(part)) {
                    int n = 0;
                    for (JsonNode ref : item.path("group_ids")) {
                        if (!defined.contains(ref.asString(""))) {
                            findings.add(new CsafFinding("6.1.4", "/vulnerabilities/" + i + "/" + part + "/" + j + "/group_ids/" + n,
                                    "product group " + ref.asString("") + " is referred to but not defined in /product_tree/product_groups (CSAF 2.0 6.1.4)"));
                        }
                        n++;
                    }
                    j++;
                }
            }
            i++;
        }
    }

    /** 6.1.6: within one vulnerability, no product is in two contradicting status groups (affected, not affected, fixed, under investigation). */
    static void contradictingStatus(JsonNode csaf, List<CsafFinding> findings) {
        int i = 0;
        for (JsonNode v : csaf.path("vulnerabilities")) {
            Map<String, String> groupOf = new HashMap<>();
            Set<String> reported = new HashSet<>();
            for (Map.Entry<String, List<String>> group : STATUS_GROUPS.entrySet()) {
                for (String list : group.getValue()) {
                    int n = 0;
                    for (JsonNode p : v.path("product_status").path(list)) {
                        String id = p.asString("");
                        String other = groupOf.putIfAbsent(id, group.getKey());
                        if (other != null && !other.equals(group.getKey()) && reported.add(id + "\u0000" + group.getKey())) {
                            findings.add(new CsafFinding("6.1.6", "/vulnerabilities/" + i + "/product_status/" + list + "/" + n,
                                    "product " + id + " is both \"" + other + "\" and \"" + group.getKey()
                                            + "\" for this vulnerability; the status groups must not overlap (CSAF 2.0 6.1.6)"));
                        }
                        n++;
                    }
                }
            }
            i++;
        }
    }

    /** 6.1.13: every purl of a product identification helper is a valid package URL. */
    static void purls(JsonNode csaf, List<CsafFinding> findings) {
        JsonNode tree = csaf.path("product_tree");
        branchPurls(tree.path("branches"), "/product_tree/branches", findings);
        int k = 0;
        for (JsonNode p : tree.path("full_product_names")) {
            purl(p, "/product_tree/full_product_names/" + k++, findings);
        }
        k = 0;
        for (JsonNode r : tree.path("relationships")) {
            purl(r.path("full_product_name"), "/product_tree/relationships/" + k++ + "/full_product_name", findings);
        }
    }

    private static void branchPurls(JsonNode branches, String at, List<CsafFinding> findings) {
        int k = 0;
        for (JsonNode b : branches) {
            purl(b.path("product"), at + "/" + k + "/product", findings);
            branchPurls(b.path("branches"), at + "/" + k + "/branches", findings);
            k++;
        }
    }

    /** The product objects of the tree (branch products, full product names, relationship products) by their JSON Pointer. */
    private static Map<String, JsonNode> products(JsonNode csaf) {
        Map<String, JsonNode> products = new LinkedHashMap<>();
        JsonNode tree = csaf.path("product_tree");
        branchProducts(tree.path("branches"), "/product_tree/branches", products);
        int k = 0;
        for (JsonNode p : tree.path("full_product_names")) {
            products.put("/product_tree/full_product_names/" + k++, p);
        }
        k = 0;
        for (JsonNode r : tree.path("relationships")) {
            products.put("/product_tree/relationships/" + k++ + "/full_product_name", r.path("full_product_name"));
        }
        return products;
    }

    private static void branchProducts(JsonNode branches, String at, Map<String, JsonNode> products) {
        int k = 0;
        for (JsonNode b : branches) {
            if (b.has("product")) {
                products.put(at + "/" + k + "/product", b.path("product"));
            }
            branchProducts(b.path("branches"), at + "/" + k + "/branches", products);
            k++;
        }
    }

    /** 6.1.25: within one item of hashes, each hash algorithm is used once. */
    static void hashes(JsonNode csaf, List<CsafFinding> findings) {
        products(csaf).forEach((at, product) -> {
            int h = 0;
            for (JsonNode hash : product.path("product_identification_helper").path("hashes")) {
                Set<String> algorithms = new HashSet<>();
                int n = 0;
                for (JsonNode fileHash : hash.path("file_hashes")) {
                    String algorithm = fileHash.path("algorithm").asString("");
                    if (!algorithms.add(algorithm.toLowerCase(java.util.Locale.ROOT))) {
                        findings.add(new CsafFinding("6.1.25", at + "/product_identification_helper/hashes/" + h + "/file_hashes/" + n,
                                "the hash algorithm " + algorithm + " is used twice for the same file (CSAF 2.0 6.1.25)"));
                    }
                    n++;
                }
                h++;
            }
        });
    }

    /** The strings whose presence in a lower-cased product_version name marks a version range (CSAF 2.0 6.1.31). */
    private static final List<String> RANGE_WORDS = List.of("<", "<=", ">", ">=", "after", "all", "before", "earlier", "later", "prior", "versions");

    /** 6.1.31: a branch of category product_version names one version, not a range. */
    static void versionRanges(JsonNode branches, String at, List<CsafFinding> findings) {
        int k = 0;
        for (JsonNode b : branches) {
            String name = b.path("name").asString("");
            if (b.path("category").asString("").equals("product_version")) {
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                for (String word : RANGE_WORDS) {
                    if (lower.contains(word)) {
                        findings.add(new CsafFinding("6.1.31", at + "/" + k + "/name", "'" + name + "' (containing '" + word
                                + "') reads as a version range, but a product_version branch names a single version; "
                                + "use the category product_version_range (CSAF 2.0 6.1.31)"));
                        break;
                    }
                }
            }
            versionRanges(b.path("branches"), at + "/" + k + "/branches", findings);
            k++;
        }
    }

    /** The VEX justification codes of CSAF 2.0 section 3.2.3.5, the labels of flags. */
    private static final Set<String> JUSTIFICATIONS = Set.of("component_not_present", "inline_mitigations_already_exist",
            "vulnerable_code_cannot_be_controlled_by_adversary", "vulnerable_code_not_in_execute_path", "vulnerable_code_not_present");

    /** 6.1.32 and 6.1.33: every flag names products, and a product has at most one flag with a VEX justification code. */
    static void flags(JsonNode csaf, List<CsafFinding> findings) {
        Map<String, Set<String>> groups = CsafProfileChecks.groups(csaf);
        int i = 0;
        for (JsonNode v : csaf.path("vulnerabilities")) {
            Map<String, Integer> flagged = new HashMap<>();
            int j = 0;
            for (JsonNode flag : v.path("flags")) {
                String at = "/vulnerabilities/" + i + "/flags/" + j;
                if (!flag.has("product_ids") && !flag.has("group_ids")) {
                    findings.add(new CsafFinding("6.1.32", at, "the flag " + flag.path("label").asString("")
                            + " names no product_ids or group_ids (CSAF 2.0 6.1.32)"));
                }
                if (JUSTIFICATIONS.contains(flag.path("label").asString(""))) {
                    for (String id : CsafProfileChecks.products(flag, groups).stream().sorted().toList()) {
                        Integer first = flagged.putIfAbsent(id, j);
                        if (first != null && first != j) {
                            findings.add(new CsafFinding("6.1.33", at, "product " + id + " already has a VEX justification in flags[" + first
                                    + "] (directly or through a product group); give one justification per product (CSAF 2.0 6.1.33)"));
                        }
                    }
                }
                j++;
            }
            i++;
        }
    }

    private static void purl(JsonNode product, String at, List<CsafFinding> findings) {
        JsonNode purl = product.path("product_identification_helper").path("purl");
        if (purl.isMissingNode()) {
            return;
        }
        PackageUrl.fault(purl.asString("")).ifPresent(fault -> findings.add(new CsafFinding("6.1.13",
                at + "/product_identification_helper/purl", "'" + purl.asString("") + "' is not a valid package URL: " + fault
                + " (CSAF 2.0 6.1.13)")));
    }
}
