package org.issa.core.error;

/**
 * No such record, or none the reader may see: the two are deliberately indistinguishable, so
 * that a marked record's existence is not revealed (HTTP 404).
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, String id) {
        super(what + " " + id + " not found");
    }
}
