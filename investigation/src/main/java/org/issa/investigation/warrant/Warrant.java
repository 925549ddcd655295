package org.issa.investigation.warrant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.issa.core.marking.Marking;

/**
 * A European arrest warrant as the register holds it. {@code role} says which side this node is:
 * ISSUING (we issued it and follow its execution abroad) or EXECUTING (we execute it).
 */
public record Warrant(String id, String reference, String issuingReference, Role role, String issuingState, String issuingAuthority,
                      String executingState, String executingAuthority, Purpose purpose, RequestedPerson person, LocalDate issuedOn,
                      Optional<String> caseId, List<WarrantOffence> offences, WarrantStage stage, Instant createdAt, String createdBy,
                      Marking marking, boolean masked) {

    /** Which side of the warrant this node is. */
    public enum Role {
        ISSUING, EXECUTING;

        public static Role parse(String field, String text) {
            try {
                return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new org.issa.core.error.InvalidInputException(field, field + " must be ISSUING or EXECUTING");
            }
        }
    }

    /** Art. 1(1): for a criminal prosecution, or to execute a custodial sentence or detention order. */
    public enum Purpose {
        PROSECUTION, SENTENCE;

        public static Purpose parse(String field, String text) {
            try {
                return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new org.issa.core.error.InvalidInputException(field, field + " must be PROSECUTION or SENTENCE");
            }
        }
    }

    public Warrant {
        offences = List.copyOf(offences);
    }

    public Warrant withPersonMasked() {
        return masked ? this : new Warrant(id, reference, issuingReference, role, issuingState, issuingAuthority, executingState,
                executingAuthority, purpose, person.masked(), issuedOn, caseId, offences, stage, createdAt, createdBy, marking, true);
    }

    Warrant at(WarrantStage s) {
        return new Warrant(id, reference, issuingReference, role, issuingState, issuingAuthority, executingState, executingAuthority,
                purpose, person, issuedOn, caseId, offences, s, createdAt, createdBy, marking, masked);
    }
}
