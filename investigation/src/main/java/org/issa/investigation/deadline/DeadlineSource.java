package org.issa.investigation.deadline;

import java.time.Instant;
import java.util.List;

/** A register whose records carry legal time limits that the watch follows. */
public interface DeadlineSource {

    /** The record type this source answers for, as in {@link Deadline#recordType()}. */
    String recordType();

    /** Every running limit of the register, whatever its marking: the watch is system work. */
    List<Deadline> running();

    /** Writes the alert into the record's own history; called inside the watch's transaction. */
    void alerted(Deadline d, AlertLevel level, Instant at);
}
