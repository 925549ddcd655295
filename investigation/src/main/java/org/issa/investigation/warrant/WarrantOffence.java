package org.issa.investigation.warrant;

import java.util.Optional;

/**
 * One offence of a warrant: its Art. 2(2) category, or none (then double criminality may be checked,
 * Art. 2(4)), a description, and the maximum custodial sentence in months under the issuing state's law.
 */
public record WarrantOffence(Optional<ListOffence> category, String description, Optional<Integer> maxPenaltyMonths) {
}
