package org.issa.cyber.advisory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The directory-based CSAF distribution (CSAF 2.0 section 7.1, requirements 11 to 14 and 18): one
 * folder per year of initial release under {@code white/}, {@code index.txt}, {@code changes.csv}
 * (newest first), directory listings, and a SHA-256 and SHA-512 file per document; and the
 * {@code provider-metadata.json} (requirement 7) of the role {@code csaf_provider}.
 */
public final class CsafDirectory {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final CsafPublisher publisher;
    private final List<PublishedAdvisory> documents;

    public CsafDirectory(CsafPublisher publisher, List<PublishedAdvisory> documents) {
        this.publisher = publisher;
        this.documents = List.copyOf(documents);
    }

    public static String path(PublishedAdvisory a) {
        return CsafDocument.path(a.trackingId(), a.initialRelease());
    }

    /** Requirement 12: every document's path, one a line. */
    public String indexTxt() {
        StringBuilder b = new StringBuilder();
        documents.stream().map(CsafDirectory::path).sorted().forEach(p -> b.append(p).append('\n'));
        return b.toString();
    }

    /** Requirement 13: path and current release date, quoted, without heading, latest first. */
    public String changesCsv() {
        StringBuilder b = new StringBuilder();
        documents.stream().sorted(Comparator.comparing(PublishedAdvisory::currentRelease).reversed()
                        .thenComparing(CsafDirectory::path))
                .forEach(a -> b.append('"').append(path(a)).append("\",\"").append(a.currentRelease()).append("\"\n"));
        return b.toString();
    }

    /** Requirement 14: the years, as folders of the TLP:WHITE directory. */
    public List<String> years() {
        return List.copyOf(new TreeSet<>(documents.stream()
                .map(a -> Integer.toString(a.initialRelease().atZone(ZoneOffset.UTC).getYear())).toList()));
    }

    /** Requirement 14: the file names in one year's folder, with their hash files. */
    public List<String> files(String year) {
        TreeSet<String> out = new TreeSet<>();
        for (PublishedAdvisory a : documents) {
            String p = path(a);
            if (p.startsWith(year + "/")) {
                String name = p.substring(year.length() + 1);
                out.add(name);
                out.add(name + ".sha256");
                out.add(name + ".sha512");
            }
        }
        return List.copyOf(out);
    }

    /** The document served at {@code <year>/<file>}, if there is one. */
    public Optional<PublishedAdvisory> document(String year, String file) {
        return documents.stream().filter(a -> path(a).equals(year + "/" + file)).findFirst();
    }

    /** Requirement 18: the hash file's content, the hex digest then two spaces and the file name. */
    public static String hashFile(PublishedAdvisory a, String algorithm) {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            String hex = HexFormat.of().formatHex(md.digest(a.csafJson().getBytes(StandardCharsets.UTF_8)));
            return hex + "  " + CsafDocument.filename(a.trackingId()) + "\n";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }

    /** Requirement 7: the provider metadata, last updated when the latest document was. */
    public String providerMetadata(Instant fallbackUpdated) {
        Instant updated = documents.stream().map(PublishedAdvisory::currentRelease).max(Comparator.naturalOrder())
                .orElse(fallbackUpdated);
        ObjectNode m = JSON.createObjectNode();
        m.put("canonical_url", publisher.providerMetadataUrl());
        m.putArray("distributions").addObject().put("directory_url", publisher.directoryUrl());
        m.put("last_updated", updated.toString());
        m.put("list_on_CSAF_aggregators", true);
        m.put("metadata_version", "2.0");
        m.put("mirror_on_CSAF_aggregators", true);
        ObjectNode pub = m.putObject("publisher");
        pub.put("category", publisher.category());
        if (!publisher.contactDetails().isBlank()) {
            pub.put("contact_details", publisher.contactDetails());
        }
        if (!publisher.issuingAuthority().isBlank()) {
            pub.put("issuing_authority", publisher.issuingAuthority());
        }
        pub.put("name", publisher.name());
        pub.put("namespace", publisher.namespace());
        m.put("role", "csaf_provider");
        return JSON.writeValueAsString(m) + "\n";
    }
}
