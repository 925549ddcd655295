package org.issa.investigation.warrant;

import java.time.LocalDate;
import java.util.Optional;

/** The person a warrant seeks: personal data, shown only to readers who state a purpose. */
public record RequestedPerson(String name, Optional<LocalDate> birthDate, String nationality, Optional<String> entityId) {

    public static final String MASK = "[personal data]";

    public RequestedPerson masked() {
        return new RequestedPerson(MASK, Optional.empty(), nationality, entityId);
    }
}
