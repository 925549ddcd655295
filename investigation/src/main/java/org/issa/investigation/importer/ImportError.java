package org.issa.investigation.importer;

import org.issa.core.error.InvalidInputException;

/** A file that cannot be imported: the message names the line (or row) and what is wrong; nothing of it is stored. */
public final class ImportError extends InvalidInputException {

    public ImportError(String message) {
        super("file", message);
    }

    static ImportError at(long line, String message) {
        return new ImportError("line " + line + ": " + message);
    }
}
