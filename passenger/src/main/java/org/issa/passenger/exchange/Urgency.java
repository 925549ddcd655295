package org.issa.passenger.exchange;

/** How soon an answer is due: URGENT for a specific and actual threat, NORMAL otherwise. */
public enum Urgency {
    URGENT, NORMAL
}
