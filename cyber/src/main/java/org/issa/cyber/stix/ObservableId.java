package org.issa.cyber.stix;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deterministic identifiers of cyber-observables (STIX 2.1, section 2.9): a UUIDv5 in the STIX
 * namespace over the RFC 8785 canonical JSON of the object's ID contributing properties. Of a
 * {@code hashes} dictionary only one hash contributes, chosen in the order MD5, SHA-1, SHA-256,
 * SHA-512, else the first given (as the OASIS reference library does).
 */
public final class ObservableId {

    public static final UUID NAMESPACE = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");
    private static final List<String> HASH_PREFERENCE = List.of("MD5", "SHA-1", "SHA-256", "SHA-512");

    private ObservableId() {
    }

    /**
     * The deterministic id of an SCO of a type STIX defines, or empty when the type has no ID
     * contributing properties (process, custom types) or the object carries none of them.
     */
    public static Optional<String> of(JsonNode sco) {
        String type = StixValidator.text(sco, "type").orElse("");
        List<String> contributing = StixTypes.ID_CONTRIBUTING.get(type);
        if (contributing == null) {
            return Optional.empty();
        }
        ObjectNode name = StixJson.object();
        for (String property : contributing) {
            JsonNode value = sco.get(property);
            if (value == null || value.isNull()) {
                continue;
            }
            if (property.equals("hashes")) {
                Optional<ObjectNode> one = oneHash(value);
                if (one.isEmpty()) {
                    continue;
                }
                name.set(property, one.get());
            } else {
                name.set(property, value);
            }
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(type + "--" + uuid5(NAMESPACE, StixJson.canonical(name)));
    }

    private static Optional<ObjectNode> oneHash(JsonNode hashes) {
        if (!hashes.isObject() || hashes.isEmpty()) {
            return Optional.empty();
        }
        String chosen = HASH_PREFERENCE.stream().filter(hashes::has).findFirst()
                .orElse(hashes.propertyNames().iterator().next());
        ObjectNode one = StixJson.object();
        one.set(chosen, hashes.get(chosen));
        return Optional.of(one);
    }

    /** RFC 4122 (RFC 9562) version 5: SHA-1 over namespace and name, version and variant bits set. */
    public static UUID uuid5(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer ns = ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                    .putLong(namespace.getLeastSignificantBits());
            sha1.update(ns.array());
            sha1.update(name.getBytes(StandardCharsets.UTF_8));
            byte[] h = sha1.digest();
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
            return new UUID(b.getLong(), b.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this Java runtime", e);
        }
    }
}
