package org.issa.cyber.stix;

/**
 * One finding of validation.
 *
 * @param severity ERROR refuses the object; WARNING keeps it and tells the user
 * @param objectId the object's id as given (or {@code objects[i]} when it has none)
 * @param path     a JSON path inside the object, e.g. {@code $.external_references[0].source_name}
 * @param rule     a short stable rule name, e.g. {@code required-property}
 * @param message  what is wrong, in words a user can act on
 */
public record Issue(Severity severity, String objectId, String path, String rule, String message) {

    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " " + objectId + " " + path + " [" + rule + "] " + message;
    }
}
