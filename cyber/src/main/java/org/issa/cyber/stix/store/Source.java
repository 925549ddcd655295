package org.issa.cyber.stix.store;

/**
 * Where stored objects came from.
 *
 * @param kind LOCAL (written here), BUNDLE (an imported file) or TAXII (pulled from or pushed by a TAXII peer)
 * @param ref  the bundle id or file name, or the TAXII server and collection; at most 500 characters
 */
public record Source(Kind kind, String ref) {

    public enum Kind { LOCAL, BUNDLE, TAXII }

    public Source {
        if (kind == null) {
            throw new IllegalArgumentException("source kind is required");
        }
        ref = ref == null ? "" : ref.strip();
        if (ref.length() > 500) {
            throw new org.issa.core.error.InvalidInputException("source", "the source reference must have at most 500 characters");
        }
    }

    public static Source bundle(String ref) {
        return new Source(Kind.BUNDLE, ref);
    }

    public static Source taxii(String serverAndCollection) {
        return new Source(Kind.TAXII, serverAndCollection);
    }
}
