package org.issa.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.issa.app.screening.MonitoredSubjects;
import org.issa.app.screening.ScreeningQuery;
import org.issa.app.watchlist.ListImport;
import org.issa.app.watchlist.Watchlist;
import org.issa.app.watchlist.Watchlists;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.matching.lists.ListDocument;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.Name;
import org.issa.matching.model.NameStrength;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;
import org.springframework.stereotype.Component;

/**
 * Demo watch lists: a synthetic sanctions list of 30 invented, clearly fictitious people,
 * companies and vessels; a manual list with one entry; and a kept customer whose name is close
 * to a listed one, so that the review queue has a hit to decide.
 */
@Component
public class DemoWatchlists {

    private static final String[][] PEOPLE = {
            {"Brannoch", "Ilvar", "1961-04-17", "XA"}, {"Quellwyn", "Teodora", "1972-09-03", "XB"},
            {"Marrowby", "Casimir", "1958", "XA"}, {"Ostrevant", "Lisenka", "1980-01-29", "XC"},
            {"Fenwrath", "Odalric", "1966-12-12", "XD"}, {"Glimmerick", "Saphira", "1975-07-07", "XB"},
            {"Harrowgate", "Benedek", "1969-02-20", "XE"}, {"Kestrelyn", "Amarante", "1983-11-05", "XA"},
            {"Wolvercote", "Dragomir", "1955-06-30", "XC"}, {"Ysselmonde", "Perpetua", "1978-03-14", "XD"},
            {"Tamberlane", "Ruslan", "1963-10-01", "XE"}, {"Vintercroft", "Ottilie", "1970-05-25", "XB"},
            {"Ashcombe", "Leopoldine", "1968-11-02", "XA"}, {"Drummelow", "Iskander", "1974-08-19", "XC"},
            {"Pellbrandt", "Marisol", "1985-12-24", "XD"}, {"Rookwardine", "Evander", "1960", "XE"},
            {"Sallowmere", "Jadwiga", "1977-04-09", "XA"}, {"Thistlegrave", "Anselm", "1952-01-15", "XB"},
            {"Umberfield", "Cordelia", "1981-06-06", "XC"}, {"Vexholm", "Radoslav", "1965-09-28", "XD"},
            {"Wetherspoke", "Ingrith", "1979-02-02", "XE"}, {"Zennorvale", "Tiberius", "1971-07-31", "XA"}};
    private static final String[] COMPANIES = {"Blue Heron Maritime Holdings (fictitious)", "Corvid Ridge Trading FZE (fictitious)",
            "Saltmarsh & Pike Logistics (fictitious)", "Nimbus Quarry Minerals (fictitious)", "Orrery Fintech Services (fictitious)"};
    private static final String[] VESSELS = {"MV Gull of Tarnwick (fictitious)", "MV Ninth Lantern (fictitious)",
            "MV Cobalt Marrow (fictitious)"};

    private final Watchlists lists;
    private final ListImport imports;
    private final MonitoredSubjects monitored;
    private final Clock clock;

    public DemoWatchlists(Watchlists lists, ListImport imports, MonitoredSubjects monitored, Clock clock) {
        this.lists = lists;
        this.imports = imports;
        this.monitored = monitored;
        this.clock = clock;
    }

    static List<Subject> syntheticEntries() {
        List<Subject> out = new ArrayList<>();
        int n = 0;
        for (String[] p : PEOPLE) {
            n++;
            List<Name> names = new ArrayList<>(List.of(Name.ofParts(p[1], null, p[0], NameStrength.PRIMARY)));
            if (n % 4 == 0) {
                names.add(Name.of(p[1].charAt(0) + ". " + p[0], NameStrength.WEAK));
            }
            out.add(new Subject(String.format("DEMO-P%03d", n), Schema.PERSON, names, List.of(BirthDate.parse(p[2])), List.of(p[3]),
                    n % 2 == 0 ? Gender.FEMALE : Gender.MALE, n % 3 == 0 ? List.of(new Identifier("passport", p[3] + "0" + (4711 + n), p[3]))
                    : List.of(), details("individual")));
        }
        for (String c : COMPANIES) {
            n++;
            out.add(new Subject(String.format("DEMO-C%03d", n), Schema.COMPANY, List.of(Name.of(c)), List.of(), List.of("XB"),
                    Gender.UNKNOWN, List.of(), details("entity")));
        }
        for (String v : VESSELS) {
            n++;
            out.add(new Subject(String.format("DEMO-V%03d", n), Schema.VESSEL, List.of(Name.of(v)), List.of(), List.of("XC"),
                    Gender.UNKNOWN, List.of(new Identifier("IMO", "IMO 99" + (10000 + n), null)), details("vessel")));
        }
        return out;
    }

    private static Map<String, String> details(String kind) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("programme", "ISSA DEMO (fictitious names, not a real list)");
        d.put("type", kind);
        return d;
    }

    /** Seeds the lists, a manual entry and a kept customer with a hit to review. */
    public void seed() {
        Principal analyst = new Principal("analyst", "FR-MININT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
        Principal supervisor = new Principal("supervisor", "FR-MININT", "FR", Set.of(Role.SUPERVISOR), Classification.CONFIDENTIEL_UE);
        Watchlist sanctions = lists.create(supervisor, "ISSA demo sanctions list (fictitious)", "SANCTIONS", "csv", 0.70,
                "30 invented people, companies and vessels for the demo; not a real list", null);
        imports.importDocument(supervisor, sanctions.id(), new ListDocument("csv", "demo 2026-01", syntheticEntries(),
                List.of("synthetic list generated by the demo")));
        Watchlist manual = lists.create(analyst, "Local watch list (demo)", "MANUAL", null, 0.75,
                "kept by hand by the FR-MININT analysts", new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of("STATE:FR"),
                        "FR-MININT", Set.of()));
        lists.addEntry(analyst, manual.id(), new ScreeningQuery("Gideon Farthingale", null, null, null, "1976-05-18", "XF", "male",
                        null, "Person").toSubject("new"), "demo: named in the fictitious case file 2026/07",
                LocalDate.now(clock).plusDays(180), new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of("STATE:FR"), "FR-MININT",
                        Set.of()));
        monitored.register(analyst, new ScreeningQuery("Leopoldine Ashcomb", null, null, null, "1968-11-02", "XA", null, null, "Person"),
                "demo: onboarding of customer 2026/311", null);
    }
}
