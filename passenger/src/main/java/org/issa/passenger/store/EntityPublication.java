package org.issa.passenger.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.core.entity.Entity;
import org.issa.core.entity.EntityPort;
import org.issa.core.entity.Provenance;
import org.issa.core.marking.Marking;

/**
 * Hands travellers (Person), flights (Flight) and co-travel links (Associate) to the platform's entity store through
 * the core {@link EntityPort}, and withdraws them when retention masks or deletes their source. Without a port (a node
 * that runs no entity store) it does nothing.
 */
public final class EntityPublication {

    /** The dataset name under which the PIU publishes. */
    public static final String DATASET = "passenger";

    private final Optional<EntityPort> port;

    public EntityPublication(Optional<EntityPort> port) {
        this.port = port;
    }

    public static EntityPublication none() {
        return new EntityPublication(Optional.empty());
    }

    public boolean active() {
        return port.isPresent();
    }

    void published(List<StoredVersion> versions, Marking marking, String source) {
        if (port.isEmpty() || versions.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        Provenance prov = new Provenance(DATASET, source, now);
        List<Entity> out = new ArrayList<>();
        for (StoredVersion v : versions) {
            for (StoredVersion.Person p : v.persons()) {
                out.add(new Entity(personId(v.bookingId(), p.ref()), "Person", Map.of(
                        "name", List.of((p.givenNames() + " " + p.surname()).strip()),
                        "firstName", List.of(p.givenNames()), "lastName", List.of(p.surname()),
                        "birthDate", List.of(p.birthDate()), "nationality", List.of(p.nationality()),
                        "idNumber", List.of(p.document())), marking, prov));
            }
            for (String f : v.flights()) {
                out.add(new Entity(flightId(f), "Flight", Map.of("name", List.of(f)), marking, prov));
            }
            List<StoredVersion.Person> ps = v.persons();
            for (int i = 0; i < ps.size(); i++) {
                for (int j = i + 1; j < ps.size(); j++) {
                    out.add(new Entity(linkId(v.bookingId(), ps.get(i).ref(), ps.get(j).ref()), "Associate", Map.of(
                            "person", List.of(personId(v.bookingId(), ps.get(i).ref())),
                            "associate", List.of(personId(v.bookingId(), ps.get(j).ref())),
                            "relationship", List.of("travel together on PNR " + v.carrier() + " " + v.locator())), marking, prov));
                }
            }
        }
        port.get().publish(out);
    }

    /** Withdraws the persons and co-travel links of a booking (masked or deleted). */
    public void withdrawBooking(String bookingId, List<String> passengerRefs) {
        if (port.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < passengerRefs.size(); i++) {
            ids.add(personId(bookingId, passengerRefs.get(i)));
            for (int j = i + 1; j < passengerRefs.size(); j++) {
                ids.add(linkId(bookingId, passengerRefs.get(i), passengerRefs.get(j)));
            }
        }
        port.get().withdraw(DATASET, ids);
    }

    /** Withdraws flights no stored booking travels on any more. */
    public void withdrawFlights(Collection<String> flightLabels) {
        if (port.isEmpty() || flightLabels.isEmpty()) {
            return;
        }
        port.get().withdraw(DATASET, flightLabels.stream().map(EntityPublication::flightId).toList());
    }

    static String personId(String bookingId, String ref) {
        return "pnr-person:" + bookingId + ":" + safe(ref);
    }

    static String linkId(String bookingId, String a, String b) {
        return "pnr-cotravel:" + bookingId + ":" + safe(a) + ":" + safe(b);
    }

    public static String flightId(String label) {
        return "pnr-flight:" + safe(label);
    }

    private static String safe(String s) {
        String t = s.replaceAll("[^A-Za-z0-9._:-]", "-");
        return t.isEmpty() ? "x" : t;
    }
}
