package org.issa.cyber.stix;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Writes a STIX 2.1 bundle around objects' JSON exactly as stored, so that what was imported goes
 * out with the same meaning (custom properties, extensions and number forms included).
 */
public final class BundleWriter {

    private BundleWriter() {
    }

    public static String newBundleId() {
        return "bundle--" + UUID.randomUUID();
    }

    /** A bundle of objects given as compact JSON object texts. */
    public static byte[] write(String bundleId, List<String> objectJson) {
        if (!bundleId.startsWith("bundle--")) {
            throw new IllegalArgumentException("bundle id must start with bundle--");
        }
        StringBuilder out = new StringBuilder(64 + objectJson.stream().mapToInt(String::length).sum() + objectJson.size());
        out.append("{\"type\":\"bundle\",\"id\":\"").append(bundleId).append("\",\"objects\":[");
        for (int i = 0; i < objectJson.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(objectJson.get(i));
        }
        out.append("]}");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
