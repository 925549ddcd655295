package org.issa.cyber.taxii;

import java.time.Instant;

/**
 * One pull or push, as the history shows it.
 *
 * @param received  objects fetched from the peer (pull) or considered for it (push)
 * @param stored    new versions stored here (pull) or accepted by the peer (push)
 * @param unchanged already stored (pull) ; for a push, objects the peer reported neither way
 * @param failed    refused by validation here (pull) or by the peer (push)
 * @param withheld  not sent because the release rule (TLP, distribution, releasability, clearance) or TLP 1.0 forbade it
 * @param message   what went wrong, or a summary
 */
public record SyncRecord(long seq, String peerId, Direction direction, String actor, Instant startedAt, Instant finishedAt,
                         boolean ok, int received, int stored, int unchanged, int failed, int withheld, String message) {

    public enum Direction { PULL, PUSH }
}
