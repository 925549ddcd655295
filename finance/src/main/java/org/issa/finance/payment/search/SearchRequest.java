package org.issa.finance.payment.search;

/**
 * A targeted search as asked: the ground (link to terrorism or serious crime), the justification, the case it serves,
 * and the subject, an account ({@code subjectKind} {@code account}) or a name ({@code name}).
 */
public record SearchRequest(String ground, String justification, String caseReference, String subjectKind, String subject) {
}
