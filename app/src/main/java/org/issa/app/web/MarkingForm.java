package org.issa.app.web;

import java.util.List;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;

/**
 * The marking fields of a web form ({@code markingFields.jte}), bound by name: releasability as a
 * comma- or space-separated list, and a box for personal data.
 */
public record MarkingForm(String classification, String tlp, String releasableTo, Boolean personalData) {

    public Marking toMarking(String originator) {
        List<String> rel = releasableTo == null ? List.of()
                : List.of(releasableTo.split("[,\\s]+")).stream().filter(s -> !s.isBlank()).toList();
        List<String> handling = Boolean.TRUE.equals(personalData) ? List.of(Handling.PERSONAL_DATA.name()) : List.of();
        return new MarkingInput(classification, tlp, rel, handling).toMarking(originator);
    }
}
