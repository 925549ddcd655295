package org.issa.investigation.importer;

/**
 * How much one import accepts before it is refused: bytes read, records (lines, matrix rows or
 * entities) and characters in one line. An oversized file fails after reading at most one buffer
 * beyond the limit, never in full.
 */
public record ImportLimits(long maxBytes, int maxRecords, int maxLineChars) {

    /** 64 MiB, one million records, lines of up to 1 MiB characters. */
    public static final ImportLimits DEFAULT = new ImportLimits(64L * 1024 * 1024, 1_000_000, 1 << 20);

    public ImportLimits {
        if (maxBytes <= 0 || maxRecords <= 0 || maxLineChars <= 0) {
            throw new IllegalArgumentException("import limits must be positive");
        }
    }
}
