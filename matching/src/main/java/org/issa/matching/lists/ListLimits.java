package org.issa.matching.lists;

/**
 * How much a reader accepts before it gives up: the bytes it reads from the stream and the entries
 * it returns. Both protect the server from a file that is too large by mistake or by design.
 *
 * @param maxBytes   the most bytes read from the input; one more fails the read
 * @param maxEntries the most entries in the returned document; one more fails the read
 */
public record ListLimits(long maxBytes, int maxEntries) {

    /** 256 MiB and two million entries: several times the largest published lists. */
    public static final ListLimits DEFAULT = new ListLimits(256L * 1024 * 1024, 2_000_000);

    public ListLimits {
        if (maxBytes <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("list limits must be positive (got " + maxBytes + " bytes, "
                    + maxEntries + " entries)");
        }
    }

    /** Fails when {@code count} entries exceed {@link #maxEntries()}. */
    void checkEntries(int count) {
        if (count > maxEntries) {
            throw new ListFormatException("list has more than " + maxEntries + " entries (the configured maximum)");
        }
    }
}
