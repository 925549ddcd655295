package org.issa.finance.recovery;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.security.Principal;

/**
 * The persons of an investigation case and their network: the entities attached to the case and those within
 * {@code hops} links of them (ownership, family, associates, directorships…). Implemented by the application over
 * the investigation module's entity store. The network is read with the system's view, so that no link escapes
 * the check; what a user is shown is redacted with {@link #visibleTo}.
 */
public interface CaseNetwork {

    /** One link on the way from a case entity to a person: "{@code from} is {@code detail} ({@code relation}) of {@code to}". */
    record Step(String fromId, String fromName, String relation, String detail, String toId, String toName) {
    }

    /**
     * A person or organisation in the network.
     *
     * @param caseRole the label under which the entity is attached to the case, for the entity the path starts from
     * @param path     the links from an entity attached to the case to this one (empty for an attached entity)
     */
    record Member(String entityId, String schema, List<String> names, List<LocalDate> birthDates, List<String> identifiers,
                  String caseRole, List<Step> path) {
        public Member {
            names = List.copyOf(names);
            birthDates = List.copyOf(birthDates);
            identifiers = List.copyOf(identifiers);
            path = List.copyOf(path);
        }

        public String name() {
            return names.isEmpty() ? entityId : names.get(0);
        }

        public boolean isOrganisation() {
            return !schema.equals("Person");
        }
    }

    /** The members within {@code hops} links of the case's entities (system view), nearest first. */
    List<Member> around(String caseId, int hops);

    /** The ids among {@code entityIds} that the reader may see in the entity store. */
    Set<String> visibleTo(Principal reader, Collection<String> entityIds);

    /** The case's reference as the reader may see it (empty when the reader may not see the case). */
    Optional<String> caseReference(Principal reader, String caseId);
}
