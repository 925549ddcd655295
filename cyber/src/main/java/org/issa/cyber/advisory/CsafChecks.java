package org.issa.cyber.advisory;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The mandatory tests of CSAF 2.0 section 6.1, run on every document before it is published (schema
 * validity alone does not make a document valid): here 6.1.1, 6.1.2, 6.1.14, 6.1.16, 6.1.17, 6.1.18,
 * 6.1.21, 6.1.22, 6.1.23, 6.1.27.4, 6.1.27.5, 6.1.27.6, 6.1.29, 6.1.30 and 6.1.37; in
 * {@link CsafProductChecks} 6.1.3 to 6.1.6, 6.1.13, 6.1.25 and 6.1.31 to 6.1.33; in {@link CsafScoreChecks}
 * 6.1.7 to 6.1.10; in {@link CsafDocumentChecks} 6.1.11 (form only), 6.1.12, 6.1.15, 6.1.19, 6.1.20, 6.1.24 and
 * 6.1.28; in {@link CsafProfileChecks} 6.1.26, 6.1.27.1 to 6.1.27.3, 6.1.27.4 and 6.1.27.5 for VEX, and
 * 6.1.27.7 to 6.1.27.11. The version tests 6.1.16 and 6.1.21
 * are implemented for integer versioning, the scheme ISSA uses.
 */
public final class CsafChecks {

    private static final Pattern INTEGER = Pattern.compile("0|[1-9][0-9]*");
    private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");
    private static final Pattern PRE_RELEASE = Pattern.compile("(0|0\\..*|[0-9.]+-.*)");
    private static final List<String> STATUS_LISTS = List.of("first_affected", "first_fixed", "fixed", "known_affected",
            "known_not_affected", "last_affected", "recommended", "under_investigation");

    private CsafChecks() {
    }

    /** The faults found, each prefixed by its test number; empty when the document passes. */
    public static List<String> run(JsonNode csaf) {
        List<String> faults = new ArrayList<>();
        productIds(csaf, faults);
        revisionHistory(csaf, faults);
        cves(csaf, faults);
        profile(csaf, faults);
        remediations(csaf, faults);
        dates(csaf, faults);
        List<CsafFinding> findings = new ArrayList<>();
        findings.addAll(CsafProductChecks.run(csaf));
        findings.addAll(CsafScoreChecks.run(csaf));
        findings.addAll(CsafDocumentChecks.run(csaf));
        findings.addAll(CsafProfileChecks.run(csaf));
        findings.forEach(f -> faults.add(f.toString()));
        return faults;
    }

    /** 6.1.1 and 6.1.2: every product id used is defined, and defined once. */
    private static void productIds(JsonNode csaf, List<String> faults) {
        List<String> defined = new ArrayList<>();
        JsonNode tree = csaf.path("product_tree");
        branches(tree.path("branches"), defined);
        tree.path("full_product_names").forEach(p -> defined.add(p.path("product_id").asString("")));
        tree.path("relationships").forEach(r -> defined.add(r.path("full_product_name").path("product_id").asString("")));
        Set<String> seen = new HashSet<>();
        for (String id : defined) {
            if (!seen.add(id)) {
                faults.add("6.1.2: product id " + id + " is defined more than once");
            }
        }
        List<String> used = new ArrayList<>();
        tree.path("product_groups").forEach(g -> g.path("product_ids").forEach(p -> used.add(p.asString(""))));
        tree.path("relationships").forEach(r -> {
            used.add(r.path("product_reference").asString(""));
            used.add(r.path("relates_to_product_reference").asString(""));
        });
        for (JsonNode v : csaf.path("vulnerabilities")) {
            for (String list : STATUS_LISTS) {
                v.path("product_status").path(list).forEach(p -> used.add(p.asString("")));
            }
            for (String part : List.of("remediations", "threats", "flags")) {
                v.path(part).forEach(x -> x.path("product_ids").forEach(p -> used.add(p.asString(""))));
            }
            v.path("scores").forEach(s -> s.path("products").forEach(p -> used.add(p.asString(""))));
        }
        for (String id : used) {
            if (!seen.contains(id)) {
                faults.add("6.1.1: product id " + id + " is used but not defined in the product tree");
            }
        }
    }

    private static void branches(JsonNode branches, List<String> defined) {
        for (JsonNode b : branches) {
            if (b.has("product")) {
                defined.add(b.path("product").path("product_id").asString(""));
            }
            branches(b.path("branches"), defined);
        }
    }

    /** 6.1.14, 6.1.16, 6.1.17, 6.1.18, 6.1.21, 6.1.22 and 6.1.30: the version and its history agree. */
    private static void revisionHistory(JsonNode csaf, List<String> faults) {
        JsonNode tracking = csaf.path("document").path("tracking");
        String version = tracking.path("version").asString("");
        String status = tracking.path("status").asString("");
        List<String> numbers = new ArrayList<>();
        List<OffsetDateTime> dates = new ArrayList<>();
        for (JsonNode item : tracking.path("revision_history")) {
            numbers.add(item.path("number").asString(""));
            dates.add(parse(item.path("date").asString("")));
        }
        boolean integers = INTEGER.matcher(version).matches() && numbers.stream().allMatch(n -> INTEGER.matcher(n).matches());
        boolean semantic = SEMVER.matcher(version).matches() || numbers.stream().anyMatch(n -> SEMVER.matcher(n).matches());
        boolean anyInteger = INTEGER.matcher(version).matches() || numbers.stream().anyMatch(n -> INTEGER.matcher(n).matches());
        if (semantic && anyInteger) {
            faults.add("6.1.30: integer and semantic versioning are mixed");
        }
        if (PRE_RELEASE.matcher(version).matches() && !status.equals("draft")) {
            faults.add("6.1.17: version " + version + " is a pre-release, so the status must be draft, not " + status);
        }
        if (!status.equals("draft")) {
            numbers.stream().filter(n -> PRE_RELEASE.matcher(n).matches())
                    .forEach(n -> faults.add("6.1.18: a " + status + " document has pre-release " + n + " in its revision history"));
        }
        Set<String> seen = new HashSet<>();
        numbers.stream().filter(n -> !seen.add(n)).forEach(n -> faults.add("6.1.22: revision number " + n + " appears more than once"));
        if (!integers) {
            return;
        }
        List<Integer> ints = numbers.stream().map(Integer::parseInt).toList();
        List<Integer> byDate = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ints.size(); i++) {
            order.add(i);
        }
        if (dates.stream().allMatch(java.util.Objects::nonNull)) {
            order.sort((a, b) -> dates.get(a).compareTo(dates.get(b)));
            order.forEach(i -> byDate.add(ints.get(i)));
            for (int i = 1; i < byDate.size(); i++) {
                if (byDate.get(i) < byDate.get(i - 1)) {
                    faults.add("6.1.14: revision numbers do not ascend with their dates");
                    break;
                }
            }
        }
        if (!ints.isEmpty()) {
            int max = ints.stream().mapToInt(Integer::intValue).max().orElseThrow();
            if (max != Integer.parseInt(version)) {
                faults.add("6.1.16: the document version " + version + " is not the latest revision number " + max);
            }
            List<Integer> sorted = ints.stream().sorted().toList();
            int first = sorted.getFirst();
            if (first > 1) {
                faults.add("6.1.21: the revision history starts at " + first + " instead of 0 or 1");
            }
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i) - sorted.get(i - 1) > 1) {
                    faults.add("6.1.21: revision " + (sorted.get(i - 1) + 1) + " is missing from the revision history");
                }
            }
        }
    }

    /** 6.1.23: a CVE appears in one vulnerability only. */
    private static void cves(JsonNode csaf, List<String> faults) {
        Set<String> seen = new HashSet<>();
        for (JsonNode v : csaf.path("vulnerabilities")) {
            String cve = v.path("cve").asString("");
            if (!cve.isEmpty() && !seen.add(cve)) {
                faults.add("6.1.23: " + cve + " is used by more than one vulnerability");
            }
        }
    }

    /** 6.1.27.4 to 6.1.27.6: a security advisory has a product tree, and notes and product status per vulnerability. */
    private static void profile(JsonNode csaf, List<String> faults) {
        if (!CsafDocument.SECURITY_ADVISORY.equals(csaf.path("document").path("category").asString(""))) {
            return;
        }
        if (!csaf.has("product_tree")) {
            faults.add("6.1.27.4: a csaf_security_advisory needs a product tree");
        }
        int i = 0;
        for (JsonNode v : csaf.path("vulnerabilities")) {
            if (!v.has("notes")) {
                faults.add("6.1.27.5: vulnerability " + i + " has no notes");
            }
            if (!v.has("product_status")) {
                faults.add("6.1.27.6: vulnerability " + i + " has no product status");
            }
            i++;
        }
    }

    /** 6.1.29: every remediation names the products (or groups) it applies to. */
    private static void remediations(JsonNode csaf, List<String> faults) {
        int i = 0;
        for (JsonNode v : csaf.path("vulnerabilities")) {
            for (JsonNode r : v.path("remediations")) {
                if (!r.has("product_ids") && !r.has("group_ids")) {
                    faults.add("6.1.29: a remediation of vulnerability " + i + " refers to no product");
                }
            }
            i++;
        }
    }

    /** 6.1.37: the document's dates are RFC 3339 date-times with a time zone. */
    private static void dates(JsonNode csaf, List<String> faults) {
        JsonNode tracking = csaf.path("document").path("tracking");
        List<JsonNode> fields = new ArrayList<>(List.of(tracking.path("current_release_date"), tracking.path("initial_release_date"),
                tracking.path("generator").path("date")));
        tracking.path("revision_history").forEach(r -> fields.add(r.path("date")));
        for (JsonNode f : fields) {
            if (!f.isMissingNode() && parse(f.asString("")) == null) {
                faults.add("6.1.37: '" + f.asString("") + "' is not an RFC 3339 date-time");
            }
        }
    }

    private static OffsetDateTime parse(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
