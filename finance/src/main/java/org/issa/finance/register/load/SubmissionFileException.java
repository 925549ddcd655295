package org.issa.finance.register.load;

import org.issa.core.error.InvalidInputException;

/** A register submission that cannot be read: names the source, the line, and the problem. Nothing of it is stored. */
public class SubmissionFileException extends InvalidInputException {

    public SubmissionFileException(String source, String where, String problem) {
        super("file", source + (where.isEmpty() ? "" : ", " + where) + ": " + problem);
    }
}
