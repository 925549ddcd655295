package org.issa.app.finance.recovery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.issa.app.identity.UserAccount;
import org.issa.app.identity.UserDirectory;
import org.issa.core.entity.Entity;
import org.issa.core.entity.Provenance;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.finance.freezing.FreezingOrder;
import org.issa.finance.freezing.FreezingRegister;
import org.issa.finance.freezing.ListSource;
import org.issa.finance.recovery.Asset;
import org.issa.finance.recovery.AssetRegister;
import org.issa.investigation.cases.CaseDesk;
import org.issa.investigation.entity.EntityStore;
import org.issa.investigation.entity.Publication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: three freezing orders (a terrorism listing with a licence, a Russia-sanctions listing over two currencies, a lifted
 * national order) and five assets at different stages. The villa is linked to the demo case "Cash couriers on the A7 motorway",
 * whose convicted leader Jan Voorbeeld has a sister and an associate in the entity store (dataset {@code demo-aro}); a sale of
 * the villa to "Marijke Voorbeeld" waits for a decision, flagged by the reacquisition check. Runs after the investigation demo,
 * once per database. People, companies, accounts and amounts are invented.
 */
@Component
@Order(4)
public class DemoAssetRecovery implements ApplicationRunner {

    private final FreezingRegister freezing;
    private final AssetRegister assets;
    private final EntityStore entities;
    private final CaseDesk cases;
    private final UserDirectory directory;
    private final Sql sql;
    private final boolean demo;

    public DemoAssetRecovery(FreezingRegister freezing, AssetRegister assets, EntityStore entities, CaseDesk cases, UserDirectory directory,
                             Sql sql, @Value("${issa.demo:false}") boolean demo) {
        this.freezing = freezing;
        this.assets = assets;
        this.entities = entities;
        this.cases = cases;
        this.directory = directory;
        this.sql = sql;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || sql.count("SELECT COUNT(*) FROM fin_aro_asset") > 0 || sql.count("SELECT COUNT(*) FROM fin_frz_order") > 0) {
            return;
        }
        Optional<Principal> analyst = user("analyst");
        Optional<Principal> supervisor = user("supervisor");
        if (analyst.isEmpty() || supervisor.isEmpty()) {
            return;
        }
        orders(supervisor.get());
        Optional<String> caseId = sql.queryOne("SELECT id FROM inv_case WHERE title = ?", rs -> rs.getString(1), "Cash couriers on the A7 motorway");
        caseId.ifPresent(id -> network(analyst.get(), id));
        assets(analyst.get(), supervisor.get(), caseId);
    }

    private void orders(Principal sup) {
        FreezingOrder terror = freezing.create(sup, new FreezingRegister.OrderInput("TERRORISM", "Council Regulation (EC) No 2580/2001",
                "Art. 2(1)(a)", "Example Relief Foundation", "ENTITY", null, new ListSource("", "EU terrorist list (Common Position 2001/931/CFSP)",
                "EU.TL.12", ""), LocalDate.of(2025, 7, 21), null, List.of(new FreezingRegister.AccountInput("FR76 3000 6000 0112 3456 7890 189",
                "Example Relief Foundation", new BigDecimal("48250.00"), "EUR", null)), null), "listed by Council Implementing Regulation (demo)");
        freezing.grantLicence(sup, terror.id(), new FreezingRegister.LicenceInput("LEGAL_FEES", "FR7630006000011234567890189",
                new BigDecimal("2500.00"), "EUR", "Direction générale du Trésor", "DGT-LIC-2025-041", LocalDate.of(2025, 9, 3)),
                "counsel's fees for the annulment action (Art. 6 of the Regulation)");
        FreezingOrder russia = freezing.create(sup, new FreezingRegister.OrderInput("RUSSIA_UKRAINE", "Council Regulation (EU) No 269/2014",
                "Art. 2(1)", "Ivan Demo-Oligarkh", "PERSON", LocalDate.of(1962, 8, 17), new ListSource("", "EU consolidated financial sanctions list",
                "EU.7421.19", ""), LocalDate.of(2024, 2, 23), null, List.of(new FreezingRegister.AccountInput("DE89 3704 0044 0532 0130 00",
                "Ivan Demo-Oligarkh", new BigDecimal("1250000.00"), "EUR", null), new FreezingRegister.AccountInput("GB29 NWBK 6016 1331 9268 19",
                "Demo Yachting Ltd", new BigDecimal("310000.00"), "GBP", LocalDate.of(2024, 3, 4))), null), "Annex I listing (demo)");
        freezing.grantLicence(sup, russia.id(), new FreezingRegister.LicenceInput("BASIC_NEEDS", "DE89370400440532013000",
                new BigDecimal("6000.00"), "EUR", "Bundesbank, Servicezentrum Finanzsanktionen", "BBk-FS-2024-311", LocalDate.of(2024, 5, 2)),
                "rent, food and medical care of dependants (Art. 4(1)(a))");
        FreezingOrder national = freezing.create(sup, new FreezingRegister.OrderInput("NATIONAL", "Code monétaire et financier",
                "art. L. 562-2", "Jean Exemple", "PERSON", null, ListSource.NONE, LocalDate.of(2024, 11, 5), null,
                List.of(new FreezingRegister.AccountInput("FR14 2004 1010 0505 0001 3M02 606", "Jean Exemple", new BigDecimal("12700.00"),
                        "EUR", null)), null), "ministerial order, national terrorism-financing measure (demo)");
        freezing.lift(sup, national.id(), LocalDate.of(2025, 5, 5), "order not renewed after six months (demo)");
    }

    private void network(Principal analyst, String caseId) {
        Marking restricted = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of("STATE:FR"), analyst.agency(), Set.of(Handling.PERSONAL_DATA));
        Marking personal = Marking.unclassified(analyst.agency()).withHandling(Set.of(Handling.PERSONAL_DATA));
        Provenance source = new Provenance("demo-aro", "case file of the A7 courier network (invented)", Instant.parse("2025-06-12T00:00:00Z"));
        entities.publish(analyst.username(), List.of(
                Publication.of(new Entity("jan", "Person", Map.of("name", List.of("Jan Voorbeeld"), "firstName", List.of("Jan"),
                        "lastName", List.of("Voorbeeld"), "birthDate", List.of("1975-06-30"), "nationality", List.of("nl")), restricted, source)),
                Publication.of(new Entity("marieke", "Person", Map.of("name", List.of("Marieke Voorbeeld"), "birthDate", List.of("1979-02-14"),
                        "nationality", List.of("nl")), personal, source)),
                Publication.of(new Entity("pieter", "Person", Map.of("name", List.of("Pieter Bakker")), personal, source)),
                Publication.of(new Entity("vtbv", "Company", Map.of("name", List.of("Voorbeeld Transport B.V."),
                        "registrationNumber", List.of("NL-KVK-60512233")), personal, source)),
                Publication.of(new Entity("f1", "Family", Map.of("person", List.of("jan"), "relative", List.of("marieke"),
                        "relationship", List.of("sister")), restricted, source)),
                Publication.of(new Entity("a1", "Associate", Map.of("person", List.of("jan"), "associate", List.of("pieter"),
                        "relationship", List.of("business partner")), restricted, source)),
                Publication.of(new Entity("d1", "Directorship", Map.of("director", List.of("marieke"), "organization", List.of("vtbv")),
                        personal, source))));
        cases.attach(analyst, caseId, "demo-aro:jan", "convicted: leader of the courier network");
    }

    private void assets(Principal ana, Principal sup, Optional<String> caseId) {
        Asset villa = assets.register(ana, new AssetRegister.AssetInput("REAL_ESTATE", "Villa in Cassis bought with courier proceeds",
                "Cassis section AB parcel 123", "MONEY_LAUNDERING", caseId.orElse(null), caseId.isPresent()
                ? List.of(new AssetRegister.PersonInput("demo-aro:jan", "convicted owner")) : List.of(), LocalDate.of(2024, 3, 4), null));
        assets.value(ana, villa.id(), new AssetRegister.ValuationInput(LocalDate.of(2024, 3, 10), new BigDecimal("920000"), "EUR", "ESTIMATE",
                "land registry and comparable sales"));
        order(sup, villa, "FREEZING", "TJ-MRS-2024-0311", LocalDate.of(2024, 3, 20), "920000");
        assets.transition(ana, villa.id(), "FROZEN", LocalDate.of(2024, 3, 21), "freezing order registered at the land registry");
        order(sup, villa, "CONFISCATION", "CA-AIX-2025-1187", LocalDate.of(2025, 6, 12), "920000");
        assets.transition(sup, villa.id(), "CONFISCATED", LocalDate.of(2025, 6, 12), "final judgment of the cour d'appel d'Aix-en-Provence");
        assets.value(ana, villa.id(), new AssetRegister.ValuationInput(LocalDate.of(2025, 9, 1), new BigDecimal("885000"), "EUR",
                "EXPERT_APPRAISAL", "appraisal before sale"));
        assets.proposeSale(ana, villa.id(), new AssetRegister.BuyerInput("Marijke Voorbeeld", LocalDate.of(1979, 2, 14), "", "",
                new BigDecimal("870000"), "EUR"));

        Asset car = assets.register(ana, new AssetRegister.AssetInput("VEHICLE", "Porsche Cayenne used by the couriers", "WP1ZZZ9PZ8LA12345",
                "MONEY_LAUNDERING", caseId.orElse(null), List.of(), LocalDate.of(2024, 4, 2), null));
        order(sup, car, "FREEZING", "TJ-MRS-2024-0412", LocalDate.of(2024, 4, 3), "64000");
        assets.transition(ana, car.id(), "FROZEN", LocalDate.of(2024, 4, 3), "seized at the Lançon toll");
        order(sup, car, "CONFISCATION", "TJ-MRS-2025-0095", LocalDate.of(2025, 2, 10), "58000");
        assets.transition(ana, car.id(), "CONFISCATED", LocalDate.of(2025, 2, 10), "judgment");
        assets.transition(ana, car.id(), "MANAGED", LocalDate.of(2025, 2, 20), "handed to AGRASC for management");

        Asset cash = assets.register(ana, new AssetRegister.AssetInput("CASH", "EUR 180,000 in vacuum bags", "SEAL 2024-A7-0042",
                "FRAUD", null, List.of(), LocalDate.of(2024, 1, 15), null));
        order(sup, cash, "FREEZING", "TJ-NIM-2024-0007", LocalDate.of(2024, 1, 16), "180000");
        assets.transition(ana, cash.id(), "FROZEN", LocalDate.of(2024, 1, 16), "cash seized");
        order(sup, cash, "CONFISCATION", "TJ-NIM-2024-0420", LocalDate.of(2024, 9, 30), "180000");
        assets.transition(ana, cash.id(), "CONFISCATED", LocalDate.of(2024, 9, 30), "judgment");
        assets.transition(sup, cash.id(), "RETURNED_TO_VICTIMS", LocalDate.of(2024, 12, 2), "paid to the defrauded investors (Art. 19)");

        Asset wallet = assets.register(ana, new AssetRegister.AssetInput("CRYPTO_ASSET", "Bitcoin wallet of the phishing ring",
                "BTC:bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", "CYBERCRIME", null, List.of(), LocalDate.of(2025, 10, 1), null));
        order(sup, wallet, "FREEZING", "TJ-PAR-2025-1201", LocalDate.of(2025, 10, 6), "212000");
        assets.transition(ana, wallet.id(), "FROZEN", LocalDate.of(2025, 10, 6), "exchange froze the account on request");

        assets.register(ana, new AssetRegister.AssetInput("VESSEL", "Motor yacht in the port of Antibes", "IMO 9074729",
                "SANCTIONS_VIOLATION", null, List.of(), LocalDate.of(2025, 11, 3), null));
    }

    private void order(Principal sup, Asset a, String type, String ref, LocalDate on, String amount) {
        assets.order(sup, a.id(), new AssetRegister.OrderInput(type, ref, type.equals("FREEZING") ? "Juge des libertés et de la détention"
                : "Tribunal correctionnel", null, on, new BigDecimal(amount), "EUR"));
    }

    private Optional<Principal> user(String username) {
        return directory.find(username).filter(UserAccount::enabled).map(UserAccount::principal);
    }
}
