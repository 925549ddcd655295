package org.issa.app.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.app.identity.NewAccount;
import org.issa.app.identity.UserDirectory;
import org.issa.core.audit.AuditLog;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.strategy.StrategyMonitor;
import org.issa.strategy.progress.ActionStatus;
import org.issa.strategy.progress.ProgressStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode ({@code issa demo}): one account per role with random passwords kept in
 * {@code <data>/demo-credentials.txt}, and a history of the strategy's implementation from 2011
 * to 2014 — public milestones of the period, some marked RESTREINT UE to show the markings at work —
 * and the demo watch lists ({@link DemoWatchlists}) and CERT data ({@link DemoCert}).
 */
@Component
@Order(2)
public class DemoData implements ApplicationRunner {

    /** One demo account. */
    public record DemoAccount(Role role, String username, String password, String agency, String state, Classification clearance) {
    }

    private final UserDirectory directory;
    private final StrategyMonitor monitor;
    private final Sql sql;
    private final AuditLog audit;
    private final Transactions tx;
    private final boolean demo;
    private final Path dataDir;
    private final List<DemoAccount> accounts = new ArrayList<>();
    private final DemoWatchlists watchlists;
    private final DemoCert cert;
    private final org.issa.app.cyber.advisory.DemoAdvisories advisories;

    public DemoData(UserDirectory directory, StrategyMonitor monitor, Sql sql, AuditLog audit, Transactions tx,
                    DemoWatchlists watchlists, DemoCert cert, org.issa.app.cyber.advisory.DemoAdvisories advisories,
                    @Value("${issa.demo:false}") boolean demo, @Value("${issa.data-dir:./data}") String dataDir) {
        this.watchlists = watchlists;
        this.cert = cert;
        this.advisories = advisories;
        this.directory = directory;
        this.monitor = monitor;
        this.sql = sql;
        this.audit = audit;
        this.tx = tx;
        this.demo = demo;
        this.dataDir = Path.of(dataDir);
    }

    public List<DemoAccount> accounts() {
        return List.copyOf(accounts);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!demo) {
            return;
        }
        Path file = dataDir.resolve("demo-credentials.txt");
        if (directory.count() == 0) {
            List<DemoAccount> created = List.of(
                    account(Role.ADMIN, "admin", "EU-ISSA", "BE", Classification.UNCLASSIFIED),
                    account(Role.ANALYST, "analyst", "FR-MININT", "FR", Classification.RESTREINT_UE),
                    account(Role.SUPERVISOR, "supervisor", "FR-MININT", "FR", Classification.CONFIDENTIEL_UE),
                    account(Role.DPO, "dpo", "FR-MININT", "FR", Classification.RESTREINT_UE),
                    account(Role.AUDITOR, "auditor", "EU-COM", "BE", Classification.RESTREINT_UE),
                    account(Role.PARTNER, "partner", "DE-BKA", "DE", Classification.UNCLASSIFIED));
            for (DemoAccount a : created) {
                directory.bootstrap(new NewAccount(a.username(), title(a.role()) + " (demo)", a.password(), a.agency(), a.state(),
                        Set.of(a.role()), a.clearance()));
            }
            write(file, created);
            seedHistory();
        }
        if (sql.count("SELECT COUNT(*) FROM watchlists") == 0) {
            watchlists.seed(); // also on a demo folder made before watch lists existed
        }
        if (sql.count("SELECT COUNT(*) FROM cyber_stix_collection") == 0) {
            cert.seed(); // CERT network: STIX objects, a partner feed collection, a sharing group
        }
        advisories.seed(); // cyber: advisories and referrals, once

        accounts.addAll(read(file));
    }

    private static DemoAccount account(Role role, String username, String agency, String state, Classification clearance) {
        return new DemoAccount(role, username, Passwords.generate(), agency, state, clearance);
    }

    private static String title(Role r) {
        return r.name().charAt(0) + r.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static void write(Path file, List<DemoAccount> accounts) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder b = new StringBuilder("# ISSA demo accounts: role username password agency state clearance\n");
        for (DemoAccount a : accounts) {
            b.append(String.join(" ", a.role().name(), a.username(), a.password(), a.agency(), a.state(), a.clearance().name()))
                    .append('\n');
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system; the file stays in the data folder, which only its owner should read
        }
    }

    private static List<DemoAccount> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<DemoAccount> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.trim().split(" ");
            if (line.startsWith("#") || f.length != 6) {
                continue;
            }
            out.add(new DemoAccount(Role.valueOf(f[0]), f[1], f[2], f[3], f[4], Classification.valueOf(f[5])));
        }
        return out;
    }

    /** Milestones of 2011-2014, recorded as they would have been at the time. */
    private void seedHistory() {
        Principal analyst = new Principal("analyst", "FR-MININT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
        Principal supervisor = new Principal("supervisor", "FR-MININT", "FR", Set.of(Role.SUPERVISOR), Classification.CONFIDENTIEL_UE);
        Marking restricted = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of("STATE:FR"), "FR-MININT", Set.of());
        step("2011-02-02", supervisor, "O1.A1.1", ActionStatus.IN_PROGRESS, "The Commission proposed a directive on the use of PNR data (COM(2011) 32).", null);
        step("2011-09-09", supervisor, "O2.A1.1", ActionStatus.DONE, "The Radicalisation Awareness Network (RAN) was launched.", null);
        step("2011-11-25", analyst, "O1.A1.1", null, "Council working party: national positions on the retention period remain divided.", restricted);
        step("2012-03-28", supervisor, "O3.A1.1", ActionStatus.IN_PROGRESS, "The Commission proposed a European Cybercrime Centre at Europol.", null);
        step("2012-03-12", supervisor, "O1.A3.1", ActionStatus.IN_PROGRESS, "The Commission proposed a directive on freezing and confiscation of proceeds of crime.", null);
        step("2013-01-11", supervisor, "O3.A1.1", ActionStatus.DONE, "EC3 opened at Europol in The Hague.", null);
        step("2013-02-05", supervisor, "O1.A1.2", ActionStatus.IN_PROGRESS, "The Commission proposed the fourth anti-money-laundering directive.", null);
        step("2013-04-24", analyst, "O1.A1.1", null, "The European Parliament's LIBE committee rejected the PNR proposal; the file is stalled.", null);
        step("2013-04-25", supervisor, "O1.A1.1", ActionStatus.DELAYED, "PNR directive delayed after the LIBE vote.", null);
        step("2013-12-02", supervisor, "O4.A1.1", ActionStatus.DONE, "EUROSUR became operational (Regulation (EU) No 1052/2013).", null);
        step("2013-12-17", supervisor, "O5.A4.1", ActionStatus.DONE, "Decision 1313/2013/EU on a Union Civil Protection Mechanism established the European Emergency Response Capacity.", null);
        step("2014-04-03", supervisor, "O1.A3.1", ActionStatus.DONE, "Directive 2014/42/EU on freezing and confiscation adopted.", null);
        step("2014-06-10", analyst, "O3.A1.1", null, "EC3 threat assessment shared with national CERTs.", restricted);
        List<String> codes = monitor.catalogue().allActions().filter(a -> a.isSubAction()).map(a -> a.code()).toList();
        ActionStatus[] cycle = {ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
                ActionStatus.DONE, ActionStatus.DELAYED};
        int i = 0;
        for (String code : codes) {
            if (monitor.statusRecord(code).isEmpty()) {
                ActionStatus s = cycle[i++ % cycle.length];
                if (s != ActionStatus.PLANNED) {
                    at("2012-06-" + String.format("%02d", 1 + i % 28)).setStatus(supervisor, code, s, "status at the mid-term review (demo)");
                }
            }
        }
        for (int year = 2011; year <= 2014; year++) {
            at(year + "-12-31").recordValue(analyst, "O1.A1.1-I1", LocalDate.of(year, 12, 31), BigDecimal.valueOf(120L * (year - 2010)), null);
        }
        monitor.catalogue().allActions().flatMap(a -> a.indicators().stream()).limit(12).forEach(ind -> {
            for (int year = 2012; year <= 2014; year++) {
                BigDecimal v = switch (ind.unit()) {
                    case "percent" -> BigDecimal.valueOf(20L + 20L * (year - 2012));
                    case "states" -> BigDecimal.valueOf(10L + 6L * (year - 2012));
                    case "days" -> BigDecimal.valueOf(60L - 10L * (year - 2012));
                    case "EUR" -> BigDecimal.valueOf(2_500_000L * (year - 2011));
                    default -> BigDecimal.valueOf(40L * (year - 2011) + ind.code().length());
                };
                if (!ind.code().equals("O1.A1.1-I1")) {
                    at(year + "-12-31").recordValue(analyst, ind.code(), LocalDate.of(year, 12, 31), v, null);
                }
            }
        });
    }

    private void step(String day, Principal who, String code, ActionStatus status, String text, Marking marking) {
        StrategyMonitor then = at(day);
        if (monitor.catalogue().action(code).isEmpty()) {
            return;
        }
        if (status != null) {
            then.setStatus(who, code, status, text);
        }
        then.addUpdate(who, code, text, Optional.empty(), marking);
    }

    /** The monitor as it was on a past day: same store and audit trail, a clock stopped at that day's noon. */
    private StrategyMonitor at(String day) {
        Instant noon = LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC);
        return new StrategyMonitor(monitor.catalogue(), new ProgressStore(sql), audit, tx, Clock.fixed(noon, ZoneOffset.UTC));
    }
}
