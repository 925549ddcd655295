package org.issa.cyber.advisory;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the CSAF 2.0 document of a published advisory.
 *
 * <p>Profile: an advisory that names affected products is a {@code csaf_security_advisory} (product
 * tree; one vulnerability per CVE, or one without CVE, each with notes, the products as known
 * affected and "what to do" as a mitigation for them). An advisory without products has no product
 * tree and so cannot be a security advisory: it is published as {@code csaf_base}, with CVE ids (if
 * any) as vulnerabilities carrying notes only, since a remediation needs products to refer to
 * (mandatory test 6.1.29). Only TLP:CLEAR advisories are published, labelled {@code WHITE}, the
 * CSAF 2.0 name of CLEAR.
 */
public final class CsafDocument {

    public static final String SECURITY_ADVISORY = "csaf_security_advisory";
    public static final String BASE = "csaf_base";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CsafDocument() {
    }

    /** The state a document is built from: the version being published and the history before it. */
    public record Release(String trackingId, AdvisoryContent content, int version, Instant initialRelease,
                          Instant currentRelease, List<PublishedAdvisory.Revision> revisions) {
        public Release {
            revisions = List.copyOf(revisions);
        }
    }

    /** The file name of section 5.1: lower-case id, each run of other characters than + - a-z 0-9 replaced by '_'. */
    public static String filename(String trackingId) {
        return trackingId.toLowerCase(Locale.ROOT).replaceAll("[^+\\-a-z0-9]+", "_") + ".json";
    }

    /** Where the document is served: {@code white/<year of initial release>/<filename>}. */
    public static String path(String trackingId, Instant initialRelease) {
        return initialRelease.atZone(ZoneOffset.UTC).getYear() + "/" + filename(trackingId);
    }

    public static String category(AdvisoryContent c) {
        return c.products().isEmpty() ? BASE : SECURITY_ADVISORY;
    }

    public static String toJson(Release r, CsafPublisher publisher, String engineVersion) {
        return JSON.writeValueAsString(build(r, publisher, engineVersion)) + "\n";
    }

    public static ObjectNode build(Release r, CsafPublisher publisher, String engineVersion) {
        AdvisoryContent c = r.content();
        ObjectNode root = JSON.createObjectNode();
        ObjectNode doc = root.putObject("document");
        doc.put("category", category(c));
        doc.put("csaf_version", "2.0");
        ObjectNode distribution = doc.putObject("distribution");
        distribution.put("text", "Public advisory (TLP:CLEAR): may be shared without restriction.");
        ObjectNode tlp = distribution.putObject("tlp");
        tlp.put("label", "WHITE");
        tlp.put("url", "https://www.first.org/tlp/");
        doc.put("lang", c.lang());
        doc.putObject("aggregate_severity").put("text", c.severity().label());
        ArrayNode notes = doc.putArray("notes");
        note(notes, "summary", "Summary", c.summary());
        note(notes, "general", "What to do", c.whatToDo());
        note(notes, "general", "Who is affected", c.whoIsAffected());
        note(notes, "other", "Audience and sectors", "Audience: " + c.audience().label() + ". Sectors: "
                + c.sectors().stream().map(Sector::label).sorted().collect(Collectors.joining(", ")) + ".");
        ObjectNode pub = doc.putObject("publisher");
        pub.put("category", publisher.category());
        if (!publisher.contactDetails().isBlank()) {
            pub.put("contact_details", publisher.contactDetails());
        }
        if (!publisher.issuingAuthority().isBlank()) {
            pub.put("issuing_authority", publisher.issuingAuthority());
        }
        pub.put("name", publisher.name());
        pub.put("namespace", publisher.namespace());
        ArrayNode refs = doc.putArray("references");
        reference(refs, "self", "This advisory as a CSAF document", publisher.directoryUrl() + path(r.trackingId(), r.initialRelease()));
        reference(refs, "self", "This advisory on the web", publisher.pageUrl(r.trackingId()));
        for (Reference ref : c.references()) {
            reference(refs, "external", ref.summary(), ref.url());
        }
        doc.put("title", c.title());
        ObjectNode tracking = doc.putObject("tracking");
        tracking.put("current_release_date", r.currentRelease().toString());
        ObjectNode generator = tracking.putObject("generator");
        generator.put("date", r.currentRelease().toString());
        ObjectNode engine = generator.putObject("engine");
        engine.put("name", "ISSA");
        engine.put("version", engineVersion);
        tracking.put("id", r.trackingId());
        tracking.put("initial_release_date", r.initialRelease().toString());
        ArrayNode history = tracking.putArray("revision_history");
        for (PublishedAdvisory.Revision rev : r.revisions()) {
            ObjectNode item = history.addObject();
            item.put("date", rev.date().toString());
            item.put("number", Integer.toString(rev.number()));
            item.put("summary", rev.summary());
        }
        tracking.put("status", "final");
        tracking.put("version", Integer.toString(r.version()));

        List<String> productIds = productTree(root, c.products());
        if (productIds.isEmpty() && c.cves().isEmpty()) {
            return root;
        }
        ArrayNode vulns = root.putArray("vulnerabilities");
        List<String> cves = c.cves().isEmpty() && !productIds.isEmpty() ? java.util.Collections.singletonList(null) : c.cves();
        for (String cve : cves) {
            ObjectNode v = vulns.addObject();
            if (cve != null) {
                v.put("cve", cve);
            }
            ArrayNode vnotes = v.putArray("notes");
            note(vnotes, "description", "What this is about", c.summary());
            if (!productIds.isEmpty()) {
                ArrayNode affected = v.putObject("product_status").putArray("known_affected");
                productIds.forEach(affected::add);
                ObjectNode remediation = v.putArray("remediations").addObject();
                remediation.put("category", "mitigation");
                remediation.put("details", c.whatToDo());
                ArrayNode ids = remediation.putArray("product_ids");
                productIds.forEach(ids::add);
            }
            if (cve == null) {
                v.put("title", c.title());
            }
        }
        return root;
    }

    /**
     * Adds the product tree (vendor › product name › version) and returns the product ids in order,
     * or nothing when there are no products.
     */
    private static List<String> productTree(ObjectNode root, List<Product> products) {
        List<String> ids = new ArrayList<>();
        if (products.isEmpty()) {
            return ids;
        }
        Map<String, Map<String, List<Product>>> byVendor = new LinkedHashMap<>();
        for (Product p : products) {
            byVendor.computeIfAbsent(p.vendor(), v -> new LinkedHashMap<>()).computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p);
        }
        ArrayNode vendors = root.putObject("product_tree").putArray("branches");
        for (var vendor : byVendor.entrySet()) {
            ObjectNode vb = vendors.addObject();
            vb.put("category", "vendor");
            vb.put("name", vendor.getKey());
            ArrayNode names = vb.putArray("branches");
            for (var name : vendor.getValue().entrySet()) {
                ObjectNode nb = names.addObject();
                nb.put("category", "product_name");
                nb.put("name", name.getKey());
                List<Product> versions = name.getValue();
                if (versions.size() == 1 && versions.getFirst().version().isEmpty()) {
                    product(nb, versions.getFirst(), ids);
                    continue;
                }
                ArrayNode vs = nb.putArray("branches");
                for (Product p : versions) {
                    ObjectNode b = vs.addObject();
                    b.put("category", "product_version");
                    b.put("name", p.version().isEmpty() ? "all versions" : p.version());
                    product(b, p, ids);
                }
            }
        }
        return ids;
    }

    private static void product(ObjectNode branch, Product p, List<String> ids) {
        String id = "ISSA-PID-" + (ids.size() + 1);
        ObjectNode product = branch.putObject("product");
        product.put("name", p.fullName());
        product.put("product_id", id);
        ids.add(id);
    }

    private static void note(ArrayNode notes, String category, String title, String text) {
        ObjectNode n = notes.addObject();
        n.put("category", category);
        n.put("text", text);
        n.put("title", title);
    }

    private static void reference(ArrayNode refs, String category, String summary, String url) {
        ObjectNode r = refs.addObject();
        r.put("category", category);
        r.put("summary", summary);
        r.put("url", url);
    }
}
