package org.issa.passenger.pnr;

/** Checked bags (TBD), excess baggage (EBD) or prepaid baggage (XML PrepaidBag). */
public enum BaggageKind {
    CHECKED,
    EXCESS,
    PREPAID
}
