package org.issa.cyber.stix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads a STIX 2.1 bundle ({@code {"type":"bundle","id":"bundle--…","objects":[…]}}) or a TAXII 2.1
 * envelope ({@code {"objects":[…]}}) within {@link BundleLimits}. A body that is not one of them
 * is refused as a whole with a {@link StixFormatException} naming the fault.
 */
public final class BundleReader {

    private static final Pattern BUNDLE_ID = Pattern.compile(
            "bundle--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final BundleLimits limits;

    public BundleReader(BundleLimits limits) {
        this.limits = limits;
    }

    public Bundle readBundle(byte[] json) {
        JsonNode root = StixJson.parse(json, limits);
        if (!root.isObject()) {
            throw new StixFormatException("bundle", "a STIX bundle is a JSON object, not " + kind(root));
        }
        JsonNode type = root.get("type");
        if (type == null || !type.isString() || !type.asString().equals("bundle")) {
            throw new StixFormatException("type", "a STIX bundle must have \"type\": \"bundle\"");
        }
        JsonNode id = root.get("id");
        if (id == null || !id.isString() || !BUNDLE_ID.matcher(id.asString()).matches()) {
            throw new StixFormatException("id", "a STIX bundle must have an id 'bundle--<UUID>'");
        }
        List<Issue> warnings = new ArrayList<>();
        JsonNode specVersion = root.get("spec_version");
        if (specVersion != null) {
            if (specVersion.isString() && specVersion.asString().equals("2.0")) {
                throw new StixFormatException("spec_version", "this is a STIX 2.0 bundle; only STIX 2.1 is accepted");
            }
            warnings.add(new Issue(Issue.Severity.WARNING, id.asString(), "$.spec_version", "unexpected-property",
                    "a STIX 2.1 bundle has no spec_version (ignored)"));
        }
        return new Bundle(Optional.of(id.asString()), objects(root), warnings);
    }

    /** A TAXII 2.1 envelope; {@code more} and {@code next} are the transport's business and ignored here. */
    public Bundle readEnvelope(byte[] json) {
        JsonNode root = StixJson.parse(json, limits);
        if (!root.isObject()) {
            throw new StixFormatException("objects", "a TAXII envelope is a JSON object, not " + kind(root));
        }
        return new Bundle(Optional.empty(), objects(root), List.of());
    }

    private List<JsonNode> objects(JsonNode root) {
        JsonNode objects = root.get("objects");
        if (objects == null) {
            return List.of();
        }
        if (!objects.isArray()) {
            throw new StixFormatException("objects", "'objects' must be a list of STIX objects");
        }
        if (objects.size() > limits.maxObjects()) {
            throw new StixFormatException("objects", "the bundle has " + objects.size() + " objects, more than the limit of "
                    + limits.maxObjects());
        }
        List<JsonNode> out = new ArrayList<>(objects.size());
        objects.forEach(out::add);
        return out;
    }

    private static String kind(JsonNode n) {
        return n.isArray() ? "a list" : n.isString() ? "a string" : n.isNumber() ? "a number" : "a " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
