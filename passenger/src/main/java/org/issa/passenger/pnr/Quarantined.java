package org.issa.passenger.pnr;

/**
 * A segment (or XML element) that could not be read and was set aside, while the rest of the message was kept.
 *
 * @param messageReference the UNH reference (or XML message id) of the message it came from, empty at interchange level
 * @param position         its 1-based position among the interchange's segments (or the XML line), 0 when not known
 * @param segment          the segment as received, cut to at most 200 characters
 * @param reason           why it was set aside, in words an operator can act on
 */
public record Quarantined(String messageReference, int position, String segment, String reason) {
    public static final int MAX_SEGMENT_CHARS = 200;

    public Quarantined {
        messageReference = messageReference == null ? "" : messageReference;
        segment = segment == null ? "" : segment.length() > MAX_SEGMENT_CHARS ? segment.substring(0, MAX_SEGMENT_CHARS) + "…" : segment;
        reason = reason == null || reason.isBlank() ? "unreadable" : reason;
    }
}
