package org.issa.investigation.exchange;

import java.time.Duration;

/**
 * One time limit of Article 4 of Framework Decision 2006/960/JHA or Article 5 of Directive (EU) 2023/977, as data: the conditions a request
 * must meet and the limit that then applies from the moment the request is received.
 *
 * @param code               stable code stored with each request
 * @param urgent             null when urgency does not matter, else the urgency required
 * @param listOffence        null when the offence does not matter, else whether it must be an Art. 2(2) FD 2002/584 offence
 * @param directlyAccessible null when it does not matter, else whether the data must be held in a database directly
 *                           accessible by a law enforcement authority
 * @param limit              the time limit
 * @param basis              the provision, in words
 */
public record TimeLimitRule(String code, Boolean urgent, Boolean listOffence, Boolean directlyAccessible, Duration limit, String basis) {

    public boolean matches(boolean isUrgent, boolean isListOffence, boolean isDirectlyAccessible) {
        return (urgent == null || urgent == isUrgent) && (listOffence == null || listOffence == isListOffence)
                && (directlyAccessible == null || directlyAccessible == isDirectlyAccessible);
    }
}
