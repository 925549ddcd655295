package org.issa.app.investigation.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.app.identity.UserAccount;
import org.issa.app.identity.UserDirectory;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.investigation.cases.CaseDesk;
import org.issa.investigation.cases.CaseRole;
import org.issa.investigation.cases.InvestigationCase;
import org.issa.investigation.exchange.Direction;
import org.issa.investigation.exchange.ExchangeDesk;
import org.issa.investigation.exchange.ExchangeRequest;
import org.issa.investigation.exchange.RefusalGround;
import org.issa.investigation.warrant.Warrant;
import org.issa.investigation.warrant.WarrantEventKind;
import org.issa.investigation.warrant.WarrantRegister;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: two cases (a joint team with a partner observer, and a restricted national case), exchange
 * requests and arrest warrants whose limits fall overdue, today, this week and later, so the deadline
 * board has something to show. Runs after {@code DemoData} made the demo accounts, once per database.
 * The people and events are invented.
 */
@Component
@Order(3)
public class DemoInvestigationCases implements ApplicationRunner {

    private final CaseDesk cases;
    private final ExchangeDesk exchange;
    private final WarrantRegister warrants;
    private final UserDirectory directory;
    private final Sql sql;
    private final boolean demo;

    public DemoInvestigationCases(CaseDesk cases, ExchangeDesk exchange, WarrantRegister warrants, UserDirectory directory, Sql sql,
                                  @Value("${issa.demo:false}") boolean demo) {
        this.cases = cases;
        this.exchange = exchange;
        this.warrants = warrants;
        this.directory = directory;
        this.sql = sql;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || sql.count("SELECT COUNT(*) FROM inv_case") > 0) {
            return;
        }
        Optional<Principal> analyst = user("analyst");
        Optional<Principal> supervisor = user("supervisor");
        Optional<Principal> partner = user("partner");
        if (analyst.isEmpty() || supervisor.isEmpty()) {
            return;
        }
        seed(analyst.get(), supervisor.get(), partner);
    }

    private void seed(Principal analyst, Principal supervisor, Optional<Principal> partner) {
        Instant now = exchange.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);

        InvestigationCase jit = cases.open(analyst, new CaseDesk.CaseInput("JIT Marseille–Hamburg: cocaine through container ports",
                "Joint investigation team with the German BKA on cocaine shipments hidden in banana containers.",
                new Marking(Classification.UNCLASSIFIED, Tlp.AMBER, Set.of("STATE:FR", "STATE:DE"), analyst.agency(), Set.of())));
        cases.addMember(analyst, jit.id(), supervisor, CaseRole.MEMBER);
        partner.ifPresent(p -> cases.addMember(analyst, jit.id(), p, CaseRole.OBSERVER));
        cases.addNote(analyst, jit.id(), "Three containers from Guayaquil flagged at Fos-sur-Mer; consignee is a shell company.", false);
        cases.addNote(analyst, jit.id(), "Surveillance: the consignee's manager met the Hamburg contact at the port café on Monday.", true);
        cases.attach(analyst, jit.id(), "caviar-phase-4:n1", "Hub of the phone network (CAVIAR phase 4)");
        cases.attach(analyst, jit.id(), "caviar-phase-4:n3", "Second most central (CAVIAR phase 4)");
        cases.addTask(analyst, jit.id(), "Request the consignee's bank statements (production order)", "analyst",
                Optional.of(today.plusDays(3)));
        cases.addTask(analyst, jit.id(), "Prepare the JIT operational meeting", "supervisor", Optional.of(today.minusDays(1)));

        InvestigationCase national = cases.open(analyst, new CaseDesk.CaseInput("Cash couriers on the A7 motorway",
                "National case: cash couriers collecting street proceeds.",
                new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of("STATE:FR"), analyst.agency(), Set.of(Handling.PERSONAL_DATA))));
        cases.addNote(analyst, national.id(), "Courier stopped at the Lançon toll: EUR 180,000 in vacuum bags.", false);

        ExchangeRequest urgent = exchange.register(analyst, new ExchangeDesk.RequestInput(Direction.INCOMING, "Bundeskriminalamt", "DE",
                analyst.agency(), analyst.memberState(), "BKA-SO-2026-1187", "Registered keeper of a lorry seen at the Hamburg terminal",
                "DRUG_TRAFFICKING", true, true, jit.id(), now.minus(Duration.ofMinutes(390)), null));
        exchange.start(analyst, urgent.id(), "vehicle register queried");
        exchange.register(analyst, new ExchangeDesk.RequestInput(Direction.OUTGOING, analyst.agency(), analyst.memberState(),
                "Bundeskriminalamt", "DE", "", "Criminal records of the Hamburg contact", "DRUG_TRAFFICKING", false, true, jit.id(),
                now.minus(Duration.ofDays(6)), null));
        ExchangeRequest late = exchange.register(analyst, new ExchangeDesk.RequestInput(Direction.INCOMING, "Policía Nacional", "ES",
                analyst.agency(), analyst.memberState(), "PN-UDYCO-44", "Hotel registrations in Marseille, June", "OTHER", false, false,
                null, now.minus(Duration.ofDays(15)), null));
        exchange.delay(analyst, late.id(), "hotel registers must be requested from each prefecture", false);
        ExchangeRequest done = exchange.register(analyst, new ExchangeDesk.RequestInput(Direction.INCOMING, "Politie", "NL",
                analyst.agency(), analyst.memberState(), "", "Vehicle insurance details", "OTHER", false, true, null,
                now.minus(Duration.ofDays(3)), null));
        exchange.answer(analyst, done.id(), "insurer and policy holder sent");
        ExchangeRequest refused = exchange.register(analyst, new ExchangeDesk.RequestInput(Direction.INCOMING, "Policia Judiciária", "PT",
                analyst.agency(), analyst.memberState(), "", "Identity of an informant", "OTHER", false, false, null,
                now.minus(Duration.ofDays(1)), null));
        exchange.refuse(analyst, refused.id(), RefusalGround.JEOPARDISE_INVESTIGATION, "would endanger a person's safety");

        Warrant executing = warrants.register(analyst, new WarrantRegister.WarrantInput("EXECUTING", "AG-HH-2026-311", "DE",
                "Staatsanwaltschaft Hamburg", "FR", "Cour d'appel d'Aix-en-Provence", "PROSECUTION", "Karl Demo-Beispiel",
                LocalDate.of(1981, 3, 9), "DE", "caviar-phase-4:n3", today.minusDays(70), jit.id(), List.of(
                new WarrantRegister.OffenceInput("DRUG_TRAFFICKING", "Import of 480 kg of cocaine", 180)), null));
        warrants.record(analyst, executing.id(), WarrantEventKind.ARRESTED, now.minus(Duration.ofDays(50)), "arrested at Marseille port", null);

        Warrant consented = warrants.register(analyst, new WarrantRegister.WarrantInput("EXECUTING", "PPS-MAD-2026-77", "ES",
                "Juzgado Central de Instrucción n.º 3", "FR", "Cour d'appel de Paris", "SENTENCE", "Lucía Ejemplo", LocalDate.of(1990, 11, 2),
                "ES", null, today.minusDays(30), null, List.of(new WarrantRegister.OffenceInput("MONEY_LAUNDERING",
                "Laundering the proceeds of drug trafficking", 72), new WarrantRegister.OffenceInput("OTHER", "Document forgery (minor)", 24)),
                null));
        warrants.record(analyst, consented.id(), WarrantEventKind.ARRESTED, now.minus(Duration.ofDays(10)), "", null);
        warrants.record(analyst, consented.id(), WarrantEventKind.CONSENTED, now.minus(Duration.ofDays(9)).plus(Duration.ofHours(3)),
                "consent before the chambre de l'instruction", null);

        Warrant issued = warrants.register(analyst, new WarrantRegister.WarrantInput("ISSUING", "PR-MRS-2026-0042", "FR",
                "Parquet de Marseille", "NL", "Rechtbank Amsterdam (IRC)", "PROSECUTION", "Jan Voorbeeld", LocalDate.of(1975, 6, 30), "NL",
                null, today.minusDays(40), national.id(), List.of(new WarrantRegister.OffenceInput("CRIMINAL_ORGANISATION",
                "Leading the courier network", 120)), null));
        warrants.record(analyst, issued.id(), WarrantEventKind.ARRESTED, now.minus(Duration.ofDays(30)), "arrested in Amsterdam", null);
        warrants.record(analyst, issued.id(), WarrantEventKind.SURRENDER_DECIDED, now.minus(Duration.ofDays(8)), "surrender ordered", null);

        warrants.register(analyst, new WarrantRegister.WarrantInput("ISSUING", "PR-MRS-2026-0051", "FR", "Parquet de Marseille", "BE",
                "Parquet de Bruxelles", "PROSECUTION", "Pierre Exemple", null, "FR", null, today.minusDays(5), national.id(),
                List.of(new WarrantRegister.OffenceInput("OTHER", "Receiving stolen goods", 60)), null));
    }

    private Optional<Principal> user(String username) {
        return directory.find(username).filter(UserAccount::enabled).map(UserAccount::principal);
    }
}
