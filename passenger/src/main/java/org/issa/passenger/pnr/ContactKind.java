package org.issa.passenger.pnr;

/** What a contact holds. */
public enum ContactKind {
    ADDRESS,
    PHONE,
    EMAIL,
    OTHER
}
