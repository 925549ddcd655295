package org.issa.passenger.keep;

/** Why an element was deleted on receipt. */
public enum RemovalReason {
    /** Article 13(4): it reveals a special category of data. */
    SENSITIVE,
    /** Article 6(1) and Annex I: it is not one of the 19 Annex I items. */
    NOT_ANNEX_I
}
