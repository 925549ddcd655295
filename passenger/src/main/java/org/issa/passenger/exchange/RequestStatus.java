package org.issa.passenger.exchange;

/** Where a request stands: received and awaiting an answer, answered, or refused with a reason. */
public enum RequestStatus {
    RECEIVED, ANSWERED, REFUSED;

    public boolean open() {
        return this == RECEIVED;
    }
}
