package org.issa.app.passenger;

import java.util.Set;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.passenger.retention.RetentionPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The PIU's settings: the marking of its passenger data ({@code issa.passenger.originator}, {@code .classification},
 * {@code .tlp}) and its retention policy ({@code issa.passenger.retention.depersonalise-after}, {@code .delete-after},
 * ISO-8601 periods; six months and five years unless a Member State's policy says shorter).
 */
@Component
public class PassengerSettings {

    private final Marking marking;
    private final RetentionPolicy retention;

    public PassengerSettings(@Value("${issa.passenger.originator:FR-PIU}") String originator,
                             @Value("${issa.passenger.classification:RESTREINT_UE}") String classification,
                             @Value("${issa.passenger.tlp:AMBER}") String tlp,
                             @Value("${issa.passenger.retention.name:Directive (EU) 2016/681 Art 12}") String policyName,
                             @Value("${issa.passenger.retention.depersonalise-after:P6M}") String depersonaliseAfter,
                             @Value("${issa.passenger.retention.delete-after:P5Y}") String deleteAfter) {
        this.marking = new Marking(Classification.valueOf(classification), Tlp.valueOf(tlp), Set.of(), originator, Set.of(Handling.PERSONAL_DATA));
        this.retention = RetentionPolicy.parse(policyName, depersonaliseAfter, deleteAfter);
    }

    public Marking marking() {
        return marking;
    }

    public RetentionPolicy retention() {
        return retention;
    }
}
