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

    /**
     * The same settings for a command that starts no Spring, from the environment variables Spring would also read:
     * {@code ISSA_PASSENGER_ORIGINATOR}, {@code ISSA_PASSENGER_CLASSIFICATION}, {@code ISSA_PASSENGER_TLP},
     * {@code ISSA_PASSENGER_RETENTION_DEPERSONALISE_AFTER}, {@code ISSA_PASSENGER_RETENTION_DELETE_AFTER}.
     */
    public static PassengerSettings fromEnvironment(java.util.Map<String, String> env) {
        return new PassengerSettings(env.getOrDefault("ISSA_PASSENGER_ORIGINATOR", "FR-PIU"),
                env.getOrDefault("ISSA_PASSENGER_CLASSIFICATION", "RESTREINT_UE"), env.getOrDefault("ISSA_PASSENGER_TLP", "AMBER"),
                env.getOrDefault("ISSA_PASSENGER_RETENTION_NAME", "Directive (EU) 2016/681 Art 12"),
                env.getOrDefault("ISSA_PASSENGER_RETENTION_DEPERSONALISE_AFTER", "P6M"),
                env.getOrDefault("ISSA_PASSENGER_RETENTION_DELETE_AFTER", "P5Y"));
    }

    public Marking marking() {
        return marking;
    }

    public RetentionPolicy retention() {
        return retention;
    }
}
