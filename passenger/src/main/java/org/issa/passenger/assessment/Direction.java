package org.issa.passenger.assessment;

/** Whether the flight arrives in or departs from the Member State: the time that counts for review is the arrival or the departure. */
public enum Direction {
    ARRIVING, DEPARTING
}
