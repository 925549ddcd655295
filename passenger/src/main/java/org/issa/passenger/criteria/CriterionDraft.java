package org.issa.passenger.criteria;

import java.time.LocalDate;

/**
 * What an author writes: a new criterion, or a new version of one (name and owner are taken only when creating).
 *
 * @param name          a short name ("Cash, one-way, IST-FRA, booked within 2 days")
 * @param owner         the username who answers for the criterion
 * @param expression    the CEL expression over {@link CriteriaModel}
 * @param justification why the criterion is necessary and proportionate, and the offence it targets
 * @param reviewDate    the date by which it must be reviewed (at most a year ahead)
 * @param priority      review-queue priority, 1 (highest) to 5
 */
public record CriterionDraft(String name, String owner, String expression, String justification, LocalDate reviewDate,
                             int priority) {
}
