package org.issa.passenger.ingest;

/** The input is not a PNRGOV or PAXLST interchange (nor a PNRGOV XML document) at all, or is hostile: nothing was read. */
public final class NotAnInterchangeException extends Exception {
    public NotAnInterchangeException(String reason) {
        super(reason);
    }

    public NotAnInterchangeException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
