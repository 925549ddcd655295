package org.issa.passenger.edifact;

import java.util.List;
import java.util.Optional;

/**
 * The segments of one EDIFACT interchange as tokenised, and where and why tokenising stopped early, if it did.
 *
 * @param segments    the segments read, in order
 * @param oversized   segments set aside by the tokeniser (too many elements, too long a value), with the reason
 * @param stoppedAt   the segment position at which reading stopped early, if it did
 * @param stopReason  why it stopped
 */
public record Interchange(List<Segment> segments, List<SetAside> oversized, Optional<Integer> stoppedAt, String stopReason) {

    /** A segment the tokeniser would not keep. */
    public record SetAside(int position, String tag, String reason) {}

    public Interchange {
        segments = List.copyOf(segments);
        oversized = List.copyOf(oversized);
    }
}
