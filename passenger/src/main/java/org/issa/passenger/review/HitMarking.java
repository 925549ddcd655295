package org.issa.passenger.review;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;

/**
 * The marking of a hit, which holds both the passenger's data and the list entry it matched: the
 * higher classification and TLP of the two, releasable only where both are (an empty list means
 * everyone), originated by the PIU that holds the passenger data, always personal data.
 */
public final class HitMarking {

    private HitMarking() {
    }

    public static Marking of(Marking passenger, Marking entry) {
        Classification c = passenger.classification().dominates(entry.classification()) ? passenger.classification() : entry.classification();
        Tlp tlp = passenger.tlp().ordinal() >= entry.tlp().ordinal() ? passenger.tlp() : entry.tlp();
        Set<String> rel;
        if (passenger.releasableTo().isEmpty()) {
            rel = entry.releasableTo();
        } else if (entry.releasableTo().isEmpty()) {
            rel = passenger.releasableTo();
        } else {
            rel = new TreeSet<>(passenger.releasableTo());
            rel.retainAll(entry.releasableTo());
            if (rel.isEmpty()) {
                rel = Set.of("AGENCY:" + passenger.originator()); // releasable nowhere but the PIU itself
            }
        }
        EnumSet<Handling> flags = EnumSet.of(Handling.PERSONAL_DATA);
        flags.addAll(passenger.handling());
        flags.addAll(entry.handling());
        return new Marking(c, tlp, rel, passenger.originator(), flags);
    }

    /** The marking of a hit raised on the passenger's data alone (a criterion): the passenger's, always personal data. */
    public static Marking ofPassenger(Marking passenger) {
        EnumSet<Handling> flags = EnumSet.of(Handling.PERSONAL_DATA);
        flags.addAll(passenger.handling());
        return passenger.withHandling(flags);
    }
}
