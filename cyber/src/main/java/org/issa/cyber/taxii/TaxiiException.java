package org.issa.cyber.taxii;

import java.util.Map;

/**
 * A TAXII request that fails: the HTTP status and the TAXII error message resource (title,
 * description, http_status, details) the server answers with (TAXII 2.1 §3.6).
 *
 * @param details extra facts for the client, e.g. {@code parameter: limit}
 */
public class TaxiiException extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, String> details;

    public TaxiiException(int status, String title, String description, Map<String, String> details) {
        super(description);
        this.status = status;
        this.title = title;
        this.details = Map.copyOf(details);
    }

    public TaxiiException(int status, String title, String description) {
        this(status, title, description, Map.of());
    }

    public static TaxiiException badParameter(String parameter, String description) {
        return new TaxiiException(400, "Bad request", description, Map.of("parameter", parameter));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, String> details() {
        return details;
    }

    /** The error message resource. */
    public String toJson() {
        return TaxiiJson.error(status, title, getMessage(), details);
    }
}
