package org.issa.passenger.keep;

/**
 * How Annex I item 12 (general remarks) is read. The Directive's words keep general remarks; the Court of Justice in
 * C-817/19 read item 12 restrictively, as covering only the information on unaccompanied minors it lists (ISSA's
 * reference note marks that holding as still to verify against the judgment's text). The PIU chooses.
 */
public enum KeepPolicy {
    /** General remarks are kept after the sensitive-data filter. */
    DIRECTIVE_TEXT,
    /** Only remarks about unaccompanied minors are kept; other general remarks are deleted as not Annex I. */
    COURT_READING
}
