package org.issa.app.cyber.taxii;

import java.util.Optional;

/**
 * How this node's TAXII server presents itself.
 *
 * @param publicUrl        the node's external base URL for discovery (else taken from the request)
 * @param maxContentLength the largest Add Objects body accepted, in bytes (the API root's max_content_length)
 * @param defaultPage      objects per page when the client gives no limit
 */
public record TaxiiSettings(String title, Optional<String> contact, Optional<String> publicUrl, long maxContentLength,
                            int defaultPage) {
}
