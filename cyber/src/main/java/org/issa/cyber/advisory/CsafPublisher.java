package org.issa.cyber.advisory;

import java.util.Set;
import org.issa.core.error.Require;

/**
 * Who issues the advisories, as written into every CSAF document and the provider metadata, and the
 * public address they are served from ({@code baseUrl}, e.g. {@code https://cert.example.eu}).
 *
 * @param category one of the CSAF publisher categories; a national CERT or authority is a {@code coordinator}
 */
public record CsafPublisher(String name, String namespace, String category, String contactDetails, String issuingAuthority,
                            String baseUrl, String trackingPrefix) {

    private static final Set<String> CATEGORIES = Set.of("coordinator", "discoverer", "other", "translator", "user", "vendor");

    public CsafPublisher {
        Require.text("name", name, 200);
        AdvisoryContent.webUrl("namespace", namespace);
        AdvisoryContent.webUrl("baseUrl", baseUrl);
        if (!CATEGORIES.contains(category)) {
            throw new IllegalArgumentException("publisher category must be one of " + CATEGORIES);
        }
        if (!trackingPrefix.matches("[A-Z][A-Z0-9-]{1,30}")) {
            throw new IllegalArgumentException("tracking prefix must be capitals, digits and '-', e.g. FR-EISAS");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The folder of TLP:WHITE (TLP:CLEAR) documents: the directory-based distribution. */
    public String directoryUrl() {
        return baseUrl + "/.well-known/csaf/white/";
    }

    public String providerMetadataUrl() {
        return baseUrl + "/.well-known/csaf/provider-metadata.json";
    }

    public String pageUrl(String trackingId) {
        return baseUrl + "/public/advisories/" + trackingId;
    }
}
