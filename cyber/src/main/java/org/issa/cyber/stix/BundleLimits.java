package org.issa.cyber.stix;

/**
 * Bounds on the input a bundle reader accepts, so that hostile content is refused before it can
 * exhaust memory or the stack.
 *
 * @param maxBytes        size of the JSON text
 * @param maxObjects      objects in one bundle or envelope
 * @param maxDepth        nesting of arrays and objects
 * @param maxStringLength characters in one string value (an artifact's base64 payload is the largest honest one)
 */
public record BundleLimits(long maxBytes, int maxObjects, int maxDepth, int maxStringLength) {

    /** 50 MB, 100,000 objects, depth 64, strings of 20 M characters. */
    public static final BundleLimits DEFAULT = new BundleLimits(50L * 1024 * 1024, 100_000, 64, 20_000_000);

    public BundleLimits {
        if (maxBytes < 1 || maxObjects < 1 || maxDepth < 4 || maxStringLength < 1) {
            throw new IllegalArgumentException("bundle limits must be positive and allow a depth of at least 4");
        }
    }
}
