package org.issa.cyber.stix;

import org.issa.core.error.InvalidInputException;

/** Input that is not a readable STIX bundle or envelope at all (bad JSON, over a limit, wrong shape). */
public class StixFormatException extends InvalidInputException {
    public StixFormatException(String field, String message) {
        super(field, message);
    }
}
