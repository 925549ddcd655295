package org.issa.cyber.stix;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON for STIX: bounded strict parsing (duplicate keys refused, numbers kept exact), compact
 * writing that keeps the producer's property order, and the RFC 8785 canonical form (JCS) used for
 * deterministic identifiers and for comparing content by meaning.
 */
public final class StixJson {

    private static final JsonMapper WRITER = JsonMapper.builder()
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private StixJson() {
    }

    /**
     * Parses JSON text within the limits. Errors name the limit or the place (line and column) of
     * the fault; nothing is returned half-read.
     */
    public static JsonNode parse(byte[] json, BundleLimits limits) {
        if (json == null || json.length == 0) {
            throw new StixFormatException("bundle", "the body is empty; expected a STIX 2.1 bundle (JSON object)");
        }
        if (json.length > limits.maxBytes()) {
            throw new StixFormatException("bundle", "the bundle has " + json.length + " bytes, more than the limit of "
                    + limits.maxBytes());
        }
        try {
            JsonNode node = reader(limits).readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new StixFormatException("bundle", "the body holds no JSON value");
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw new StixFormatException("bundle", "the bundle breaks an input limit: " + e.getOriginalMessage());
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new StixFormatException("bundle", "the bundle is not well-formed JSON" + where + ": "
                    + firstLine(e.getOriginalMessage()));
        }
    }

    private static JsonMapper reader(BundleLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxDocumentLength(limits.maxBytes())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(100)
                .maxNameLength(1000)
                .build();
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        return JsonMapper.builder(factory)
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    /** Compact JSON text in the node's own property order. */
    public static String compact(JsonNode node) {
        return WRITER.writeValueAsString(node);
    }

    /** Reads JSON this module wrote (stored objects): trusted, so only the default limits apply. */
    public static JsonNode read(String json) {
        return WRITER.readTree(json);
    }

    public static ObjectNode object() {
        return WRITER.createObjectNode();
    }

    /** The RFC 8785 (JSON Canonicalization Scheme) form of a value. */
    public static String canonical(JsonNode node) {
        StringBuilder out = new StringBuilder();
        writeCanonical(node, out);
        return out.toString();
    }

    private static void writeCanonical(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
            entries.sort(Map.Entry.comparingByKey()); // String order is UTF-16 code unit order, as JCS requires
            out.append('{');
            for (int i = 0; i < entries.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                writeString(entries.get(i).getKey(), out);
                out.append(':');
                writeCanonical(entries.get(i).getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                writeCanonical(node.get(i), out);
            }
            out.append(']');
        } else if (node.isString()) {
            writeString(node.asString(), out);
        } else if (node.isNumber()) {
            out.append(es6Number(node.decimalValue()));
        } else if (node.isBoolean()) {
            out.append(node.asBoolean() ? "true" : "false");
        } else {
            out.append("null");
        }
    }

    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * A number as ECMAScript's Number.prototype.toString writes the nearest IEEE-754 double, which
     * is what RFC 8785 prescribes (Java 19+ Double.toString yields the same shortest digits).
     */
    static String es6Number(BigDecimal exact) {
        double d = exact.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("number out of the IEEE-754 double range: " + exact);
        }
        if (d == 0) {
            return "0";
        }
        String sign = d < 0 ? "-" : "";
        BigDecimal shortest = shortest(Math.abs(d));
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        StringBuilder b = new StringBuilder(sign);
        if (k <= n && n <= 21) {
            b.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            b.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            b.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            b.append(digits.charAt(0));
            if (k > 1) {
                b.append('.').append(digits, 1, k);
            }
            int e = n - 1;
            b.append('e').append(e < 0 ? "-" : "+").append(Math.abs(e));
        }
        return b.toString();
    }

    /**
     * The shortest decimal that reads back as {@code d}. Java writes at least two significant
     * digits (4.9E-324), where one may suffice (5e-324): try the one-digit neighbours first.
     */
    private static BigDecimal shortest(double d) {
        BigDecimal jdk = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        if (jdk.precision() != 2) {
            return jdk;
        }
        BigDecimal best = null;
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal one = jdk.round(new MathContext(1, mode));
            if (one.doubleValue() == d) {
                BigDecimal exact = new BigDecimal(d);
                if (best == null || one.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) {
                    best = one;
                }
            }
        }
        return best == null ? jdk : best.stripTrailingZeros();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable input";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
