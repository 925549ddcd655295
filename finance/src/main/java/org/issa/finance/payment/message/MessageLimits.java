package org.issa.finance.payment.message;

/**
 * The bounds a payment message file must keep: its size in bytes (checked while reading, so an
 * endless stream stops at the bound), the nesting depth of its elements, the length of one
 * element's text, and the size of one captured record (a transaction with its parties).
 *
 * @param maxBytes       the most bytes read from the file
 * @param maxDepth       the deepest element nesting
 * @param maxText        the longest text of one element, in characters
 * @param maxRecordNodes the most elements in one captured record (one transaction, one entry)
 */
public record MessageLimits(long maxBytes, int maxDepth, int maxText, int maxRecordNodes) {

    /** 256 MiB, depth 64, 64 Ki characters of text, 10,000 elements per transaction. */
    public static final MessageLimits DEFAULT = new MessageLimits(256L * 1024 * 1024, 64, 64 * 1024, 10_000);

    public MessageLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxText <= 0 || maxRecordNodes <= 0) {
            throw new IllegalArgumentException("message limits must be positive");
        }
    }
}
