package org.issa.app.web;

import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;

/**
 * A marking as a client sends it. The originator is never taken from the client: it is the
 * writer's agency. Missing fields default to UNCLASSIFIED, TLP:GREEN, releasable to all.
 */
public record MarkingInput(@Size(max = 40) String classification, @Size(max = 20) String tlp,
                           @Size(max = 50) List<@Size(max = 80) String> releasableTo,
                           @Size(max = 3) List<@Size(max = 20) String> handling) {

    public Marking toMarking(String originator) {
        Classification c;
        Tlp t;
        try {
            c = classification == null || classification.isBlank() ? Classification.UNCLASSIFIED : Classification.parse(classification);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("marking.classification", e.getMessage());
        }
        try {
            t = tlp == null || tlp.isBlank() ? Tlp.GREEN : Tlp.parse(tlp);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("marking.tlp", e.getMessage());
        }
        EnumSet<Handling> flags = EnumSet.noneOf(Handling.class);
        for (String h : handling == null ? List.<String>of() : handling) {
            try {
                flags.add(Handling.valueOf(h.trim().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("marking.handling", "unknown handling flag '" + h
                        + "'; expected PERSONAL_DATA, MASKED or SENSITIVE");
            }
        }
        try {
            return new Marking(c, t, Set.copyOf(releasableTo == null ? List.of() : releasableTo.stream().map(String::trim)
                    .filter(s -> !s.isEmpty()).toList()), originator, flags);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("marking.releasableTo", e.getMessage());
        }
    }
}
