package org.issa.cyber.advisory;

import java.time.Instant;
import java.util.List;
import org.issa.core.marking.Tlp;

/**
 * A piece of shared threat intelligence an advisory may be drafted from: a STIX indicator or
 * incident, with the text a drafter starts from. Only items marked TLP:CLEAR may be offered.
 *
 * @param id          the STIX id, e.g. {@code indicator--…}
 * @param type        the STIX type: {@code indicator} or {@code incident}
 * @param name        its name, or the id when it has none
 * @param description its description, or empty
 * @param tlp         its TLP marking; anything but CLEAR is refused by the drafting desk
 * @param modified    its STIX {@code modified} time
 * @param references  URLs of its external references
 */
public record SourceItem(String id, String type, String name, String description, Tlp tlp, Instant modified,
                         List<String> references) {

    public SourceItem {
        references = references == null ? List.of() : List.copyOf(references);
    }
}
