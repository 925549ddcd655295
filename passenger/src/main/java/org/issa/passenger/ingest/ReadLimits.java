package org.issa.passenger.ingest;

/**
 * Bounds on what one file may make the readers do. A file over {@code maxBytes} is refused; past {@code maxSegments}
 * reading stops and the rest is reported, not dropped silently; a longer element quarantines its segment.
 *
 * @param maxBytes           largest file accepted
 * @param maxSegments        segments (or XML elements) read from one file
 * @param maxElementChars    longest element (or XML text/attribute) value
 * @param maxElementsPerSegment elements (and components) in one segment
 * @param maxXmlDepth        deepest XML element nesting
 */
public record ReadLimits(int maxBytes, int maxSegments, int maxElementChars, int maxElementsPerSegment, int maxXmlDepth) {

    /** 32 MiB, one million segments, 4,096 characters per element, 99 elements per segment, XML depth 32. */
    public static final ReadLimits DEFAULT = new ReadLimits(32 << 20, 1_000_000, 4_096, 99, 32);

    public ReadLimits {
        if (maxBytes < 1 || maxSegments < 1 || maxElementChars < 1 || maxElementsPerSegment < 1 || maxXmlDepth < 1) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }
}
