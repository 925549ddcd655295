package org.issa.cyber.advisory;

import java.util.List;
import java.util.Optional;
import org.issa.core.security.Principal;

/**
 * The port through which shared threat intelligence (STIX indicators, vulnerabilities and incidents)
 * is offered to advisory drafters, as far as the drafter may read it. Implementations must offer only
 * items marked TLP:CLEAR; the drafting desk checks the marking again whenever a draft is saved,
 * submitted or published, so a faulty implementation cannot leak anything into a public advisory.
 */
public interface AdvisorySources {

    /** TLP:CLEAR items the reader may draft from, most recently modified first, at most {@code limit}. */
    List<SourceItem> offered(Principal reader, int limit);

    /** One item by id, if the reader may see it, whatever its TLP (the caller checks it); else empty. */
    Optional<SourceItem> find(Principal reader, String id);

    /** A source that offers nothing: for nodes without shared intelligence. */
    static AdvisorySources none() {
        return new AdvisorySources() {
            @Override
            public List<SourceItem> offered(Principal reader, int limit) {
                return List.of();
            }

            @Override
            public Optional<SourceItem> find(Principal reader, String id) {
                return Optional.empty();
            }
        };
    }
}
