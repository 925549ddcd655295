package org.issa.passenger.retention;

import java.time.Instant;
import java.util.Optional;

/**
 * Something the data protection officer is told of: an approval to disclose depersonalised data, or a use of one.
 *
 * @param id             the notice
 * @param kind           {@code DISCLOSURE_APPROVED} or {@code DISCLOSURE_USED}
 * @param subjectType    what it is about ({@code pnr_booking})
 * @param subjectId      its id
 * @param summary        what happened, without personal data
 * @param actor          who did it
 * @param createdAt      when
 * @param acknowledgedBy the DPO who acknowledged it, if any
 * @param acknowledgedAt when
 */
public record DpoNotice(String id, String kind, String subjectType, String subjectId, String summary, String actor, Instant createdAt,
                        Optional<String> acknowledgedBy, Optional<Instant> acknowledgedAt) {
    public static final String APPROVED = "DISCLOSURE_APPROVED";
    public static final String USED = "DISCLOSURE_USED";
}
