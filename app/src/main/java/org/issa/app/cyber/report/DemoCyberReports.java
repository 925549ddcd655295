package org.issa.app.cyber.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.issa.core.marking.Classification;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.cyber.report.Receipt;
import org.issa.cyber.report.ReportInput;
import org.issa.cyber.report.ReportIntake;
import org.issa.cyber.report.Triage;
import org.issa.cyber.report.incident.Incidents;
import org.issa.cyber.report.observable.ObservableExtractor.Field;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: six synthetic cybercrime reports (in English, French and German) using only reserved
 * names and numbers (example.* domains, documentation IP ranges, the French numbers set aside for
 * fiction, published test-vector wallets), two of them sharing a wallet and a phone number; one
 * forwarded (its notification waits in the outbox), two merged into an incident. Runs after
 * {@code DemoData} has made the accounts, once, when there are no reports yet.
 */
@Component
@Order(3)
public class DemoCyberReports implements ApplicationRunner {

    private final ReportIntake intake;
    private final Triage triage;
    private final Incidents incidents;
    private final Sql sql;
    private final boolean demo;

    public DemoCyberReports(ReportIntake intake, Triage triage, Incidents incidents, Sql sql, @Value("${issa.demo:false}") boolean demo) {
        this.intake = intake;
        this.triage = triage;
        this.incidents = incidents;
        this.sql = sql;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo && sql.count("SELECT COUNT(*) FROM cyber_report") == 0) {
            seed();
        }
    }

    private static ReportInput report(String lang, String type, String description, String country, String sector, String email,
                                      Map<Field, String> fields) {
        return new ReportInput(type, email.isEmpty(), "", email, "", description, "", country, sector, fields, lang, List.of());
    }

    void seed() {
        Principal analyst = new Principal("analyst", "FR-MININT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
        Map<Field, String> wallet = new EnumMap<>(Field.class);
        wallet.put(Field.WALLETS, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
        Receipt phishing = intake.submitPublic(report("fr", "CITIZEN", "J'ai reçu un SMS de hameçonnage au nom de ma banque avec le lien "
                + "hxxps://secure-banque.example[.]com/verification. J'ai saisi mes identifiants.", "FR", "individual",
                "demo.victime@example.org", Map.of()));
        Receipt scamA = intake.submitPublic(report("en", "CITIZEN", "Investment scam: a 'broker' called me from +33 6 39 98 12 34 and "
                + "asked me to pay 2,000 EUR in bitcoin. The site was https://crypto-gains.example.net/invest", "BE", "individual", "", wallet));
        Receipt scamB = intake.submitPublic(report("de", "CITIZEN", "Anlagebetrug: Anruf von 06 39 98 12 34, Zahlung an die Wallet "
                + "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 verlangt. Über 5.000 EUR verloren.", "FR", "individual", "", Map.of()));
        intake.submitPublic(report("en", "BUSINESS", "Our web shop was hit by a DDoS from 198.51.100.23 and 203.0.113.77 for two hours.",
                "DE", "retail", "", Map.of()));
        intake.submitPublic(report("fr", "BUSINESS", "Rançongiciel : nos fichiers sont chiffrés, une rançon est demandée à contact@ransom-demo.example.",
                "FR", "health", "", Map.of()));
        intake.submitPublic(report("en", "CITIZEN", "Someone keeps sending me spam from offers@spam-demo.example.org.", "IE", "individual",
                "", Map.of()));

        triage.classify(analyst, phishing.id(), "fraud", "phishing", "demo: suggestion confirmed");
        triage.forward(analyst, phishing.id(), Optional.empty());
        triage.classify(analyst, scamA.id(), "fraud", "masquerade", "demo");
        triage.classify(analyst, scamB.id(), "fraud", "masquerade", "demo");
        var incident = incidents.openFromReport(analyst, scamA.id(), "Crypto investment scam, wallet bc1qw508…");
        incidents.mergeInto(analyst, scamB.id(), incident.id());
    }
}
