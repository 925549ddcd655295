package org.issa.app.investigation.network;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.issa.core.entity.Entity;
import org.issa.core.entity.Provenance;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.investigation.entity.EntityStore;
import org.issa.investigation.entity.Publication;
import org.issa.investigation.importer.DatasetImports;
import org.issa.investigation.importer.TabularOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode ({@code issa demo}): the CAVIAR wiretap network (Morselli 2009; 11 phases, each given a
 * nominal two-month window because the source numbers phases without dating them) as dataset
 * {@code caviar}, and a small company register ({@code demo-registry}) whose entities carry different
 * markings: a RESTREINT UE company that the partner account (UNCLASSIFIED) never sees, and a person
 * sharing a phone number with CAVIAR's participant 1, so that the shared-identifier link and a
 * duplicate proposal show. Loaded once, after the demo accounts exist.
 */
@Component
@Order(3)
public class DemoNetwork implements ApplicationRunner {

    private static final String ANALYST_AGENCY = "FR-MININT";

    private final EntityStore store;
    private final DatasetImports imports;
    private final boolean demo;

    public DemoNetwork(EntityStore store, DatasetImports imports, @Value("${issa.demo:false}") boolean demo) {
        this.store = store;
        this.imports = imports;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!demo || store.sql().count("SELECT COUNT(*) FROM inv_entity WHERE dataset = 'caviar'") > 0) {
            return;
        }
        Principal analyst = new Principal("analyst", ANALYST_AGENCY, "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
        Marking open = Marking.unclassified(ANALYST_AGENCY);
        Instant recorded = Instant.parse("1996-12-31T00:00:00Z");
        List<Publication> people = new ArrayList<>();
        Map<String, String> named = Map.of("1", "Daniel Serero", "3", "Pierre Perlini", "12", "Ernesto Morales");
        for (int i = 1; i <= 110; i++) {
            if (i == 57 || i == 60 || i == 110) {
                continue; // never intercepted in any phase
            }
            String id = Integer.toString(i);
            var props = new java.util.LinkedHashMap<String, List<String>>();
            props.put("name", List.of(named.getOrDefault(id, "Participant " + id)));
            if (id.equals("1")) {
                props.put("phone", List.of("+1 514 555 0101"));
            }
            people.add(Publication.of(new Entity(id, "Person", props, open, new Provenance("caviar", "Morselli 2009, participant list", recorded))));
        }
        store.publish("analyst", people);
        for (int phase = 1; phase <= 11; phase++) {
            LocalDate from = LocalDate.of(1994, 1, 1).plusMonths(2L * (phase - 1));
            TabularOptions o = new TabularOptions("caviar", "phase" + phase + ".csv", "Communication", "Person", true,
                    Optional.of("phase-" + phase), Optional.of(from), Optional.of(from.plusMonths(2).minusDays(1)), open);
            try (InputStream in = DemoNetwork.class.getResourceAsStream("/org/issa/investigation/caviar/phase" + phase + ".csv")) {
                imports.matrix(analyst, o, in);
            }
        }
        Marking restricted = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of("STATE:FR"), ANALYST_AGENCY, Set.of());
        Marking personal = open.withHandling(Set.of(Handling.PERSONAL_DATA));
        Provenance registry = new Provenance("demo-registry", "demo company register extract", Instant.parse("1995-06-01T00:00:00Z"));
        store.publish("analyst", List.of(
                Publication.of(new Entity("c1", "Company", Map.of("name", List.of("Rive-Sud Import Export Inc."),
                        "registrationNumber", List.of("QC 1145 2210"), "jurisdiction", List.of("ca")), open, registry)),
                Publication.of(new Entity("c2", "Company", Map.of("name", List.of("Calypso Holdings Ltd"),
                        "jurisdiction", List.of("bs")), restricted, registry)),
                new Publication(new Entity("p1", "Person", Map.of("name", List.of("Daniel Serero"), "firstName", List.of("Daniel"),
                        "lastName", List.of("Serero"), "phone", List.of("+15145550101"), "birthDate", List.of("1960")), personal, registry),
                        Map.of("birthDate", restricted.withHandling(Set.of(Handling.PERSONAL_DATA)))),
                Publication.of(new Entity("a1", "BankAccount", Map.of("iban", List.of("CA00 0001 2345 6789"),
                        "bankName", List.of("Banque de Montréal (demo)")), open, registry)),
                Publication.of(new Entity("d1", "Directorship", Map.of("director", List.of("p1"), "organization", List.of("c1"),
                        "startDate", List.of("1993")), open, registry)),
                Publication.of(new Entity("o1", "Ownership", Map.of("owner", List.of("c1"), "asset", List.of("a1")), open, registry)),
                Publication.of(new Entity("o2", "Ownership", Map.of("owner", List.of("c2"), "asset", List.of("c1"),
                        "percentage", List.of("75")), restricted, registry))));
    }
}
