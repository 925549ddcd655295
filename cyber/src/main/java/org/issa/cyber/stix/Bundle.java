package org.issa.cyber.stix;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The objects of a STIX 2.1 bundle or of a TAXII envelope, before validation.
 *
 * @param id       the bundle id (empty for an envelope)
 * @param objects  the entries of {@code objects}, in order
 * @param warnings findings about the bundle itself that do not stop the import
 */
public record Bundle(Optional<String> id, List<JsonNode> objects, List<Issue> warnings) {

    public Bundle {
        objects = List.copyOf(objects);
        warnings = List.copyOf(warnings);
    }
}
