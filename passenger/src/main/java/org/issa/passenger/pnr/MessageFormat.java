package org.issa.passenger.pnr;

/** The wire format a message arrived in. */
public enum MessageFormat {
    PNRGOV_EDIFACT,
    PNRGOV_XML,
    PAXLST_EDIFACT
}
