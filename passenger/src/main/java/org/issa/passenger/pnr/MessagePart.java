package org.issa.passenger.pnr;

/**
 * One part of a multi-part push (UNH element 4, {@code NN:C} more parts follow, {@code NN:F} final part).
 *
 * @param reference the part's own UNH message reference
 * @param number    the sequence number (1-based)
 * @param last      whether the part said it was the final one
 */
public record MessagePart(String reference, int number, boolean last) {
    public MessagePart {
        reference = reference == null ? "" : reference;
    }
}
