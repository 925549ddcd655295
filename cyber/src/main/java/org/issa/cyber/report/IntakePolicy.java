package org.issa.cyber.report;

import java.util.EnumSet;
import java.util.Set;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;

/**
 * How incoming reports are marked: by the agency that runs the intake (the originator), RESTREINT UE
 * and TLP:AMBER by default, always flagged as personal data (reports name reporters and victims).
 */
public record IntakePolicy(String intakeAgency, Classification classification, Tlp tlp) {

    public static IntakePolicy defaults(String intakeAgency) {
        return new IntakePolicy(intakeAgency, Classification.RESTREINT_UE, Tlp.AMBER);
    }

    public Marking marking() {
        return new Marking(classification, tlp, Set.of(), intakeAgency, EnumSet.of(Handling.PERSONAL_DATA));
    }
}
