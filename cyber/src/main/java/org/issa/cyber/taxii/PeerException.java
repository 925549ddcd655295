package org.issa.cyber.taxii;

/** A TAXII peer that could not be reached, refused a request, or answered with something that is not TAXII 2.1. */
public class PeerException extends RuntimeException {

    private final int status;

    public PeerException(int status, String message) {
        super(message);
        this.status = status;
    }

    public PeerException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** The HTTP status the peer answered with, or 0 when it gave none (network, time-out, bad content). */
    public int status() {
        return status;
    }
}
