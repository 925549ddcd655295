package org.issa.cyber.taxii;

import java.util.Locale;

/**
 * The media types of TAXII 2.1 and their negotiation: every TAXII resource is
 * {@code application/taxii+json;version=2.1}; STIX content inside it is
 * {@code application/stix+json;version=2.1} (named in manifests and collections).
 */
public final class TaxiiMedia {

    public static final String TAXII = "application/taxii+json;version=2.1";
    public static final String STIX = "application/stix+json;version=2.1";

    private TaxiiMedia() {
    }

    /**
     * Whether an Accept header admits the TAXII 2.1 media type: {@code *}{@code /*},
     * {@code application/*} and {@code application/taxii+json} with no version or version 2.1,
     * unless given {@code q=0}. A request without Accept admits anything (RFC 9110 §12.5.1).
     */
    public static boolean accepts(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            Parsed p = parse(range);
            if (p.q0) {
                continue;
            }
            if (p.type.equals("*/*") || p.type.equals("application/*")) {
                return true;
            }
            if (p.type.equals("application/taxii+json") && (p.version == null || p.version.equals("2.1"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a Content-Type is a TAXII 2.1 envelope: {@code application/taxii+json} with no version or 2.1. */
    public static boolean isTaxiiContent(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        Parsed p = parse(contentType);
        return p.type.equals("application/taxii+json") && (p.version == null || p.version.equals("2.1"));
    }

    private record Parsed(String type, String version, boolean q0) {
    }

    private static Parsed parse(String range) {
        String[] parts = range.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        String version = null;
        boolean q0 = false;
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            String k = kv[0].strip().toLowerCase(Locale.ROOT);
            String v = kv.length > 1 ? kv[1].strip().replace("\"", "") : "";
            if (k.equals("version")) {
                version = v;
            } else if (k.equals("q")) {
                try {
                    q0 = Double.parseDouble(v) <= 0;
                } catch (NumberFormatException e) {
                    q0 = true;
                }
            }
        }
        return new Parsed(type, version, q0);
    }
}
