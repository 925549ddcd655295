package org.issa.cyber.advisory;

import java.util.List;
import java.util.Optional;

/**
 * The port through which shared threat intelligence (STIX indicators and incidents) is offered to
 * advisory drafters. Implementations must offer only items marked TLP:CLEAR; the drafting desk
 * checks the marking again before a draft may cite an item, so a faulty implementation cannot leak
 * anything into a public advisory.
 */
public interface AdvisorySources {

    /** TLP:CLEAR items to draft from, most recently modified first, at most {@code limit}. */
    List<SourceItem> offered(int limit);

    /** One item by id, whatever its marking (the caller checks it), or empty if unknown. */
    Optional<SourceItem> find(String id);

    /** A source that offers nothing: for nodes without shared intelligence. */
    static AdvisorySources none() {
        return new AdvisorySources() {
            @Override
            public List<SourceItem> offered(int limit) {
                return List.of();
            }

            @Override
            public Optional<SourceItem> find(String id) {
                return Optional.empty();
            }
        };
    }
}
