package org.issa.app.finance.register;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.issa.core.marking.Classification;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.finance.account.Bic;
import org.issa.finance.register.AuthorityKind;
import org.issa.finance.register.BankRegister;
import org.issa.finance.register.RegisterSearch;
import org.issa.finance.register.SubmissionContent;
import org.issa.finance.register.SyntheticRegister;
import org.issa.finance.register.load.RegisterColumns;
import org.issa.finance.register.load.SubmissionFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: the French designated authorities, and invented submissions of two banks (a few hundred accounts from the
 * seeded generator, plus a hand-made company with its beneficial owner and proxy), the first bank's sent twice so that
 * the replacement and the history show. Loaded once, through the same store as an upload.
 */
@Component
@Order(6)
public class DemoRegister implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRegister.class);
    static final String KRAMER = """
            DE89370400440532013000,payment,EUR,,2015-03-01,,holder,company,Kramer Trading GmbH,,HRB 4711,DE
            DE89370400440532013000,payment,EUR,,2015-03-01,,beneficial_owner,person,Anton Kramer,1971-04-02,L01X00T47,DE
            DE89370400440532013000,payment,EUR,,2015-03-01,,proxy,person,Jürgen Müller,1980-01-30,,AT
            BOX-37040044-K1,safe_deposit_box,,,2019-01-01,,lessee,person,Anton Kramer,1971-04-02,L01X00T47,DE
            """;

    private final RegisterLoads register;
    private final RegisterSearch search;
    private final Sql sql;
    private final boolean demo;

    public DemoRegister(RegisterLoads register, RegisterSearch search, Sql sql, @Value("${issa.demo:false}") boolean demo) {
        this.register = register;
        this.search = search;
        this.sql = sql;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || sql.count("SELECT COUNT(*) FROM fin_reg_submission") > 0) {
            return;
        }
        Principal supervisor = new Principal("supervisor", "FR-MININT", "FR", Set.of(Role.SUPERVISOR), Classification.CONFIDENTIEL_UE);
        search.designate(supervisor, "FR-TRACFIN", "Tracfin (FIU France)", AuthorityKind.FIU, "FR");
        search.designate(supervisor, "FR-AGRASC", "AGRASC (Asset Recovery Office France)", AuthorityKind.ARO, "FR");
        search.designate(supervisor, "FR-OCRGDF", "OCRGDF (Police judiciaire, financial crime)", AuthorityKind.POLICE, "FR");
        search.designate(supervisor, "DE-FIU", "Financial Intelligence Unit Germany", AuthorityKind.FIU, "DE");
        load(supervisor, "COBADEFF", "Commerzbank (demo)", csv(681, "37040044", 150, KRAMER), "commerzbank-2026-10.csv");
        load(supervisor, "COBADEFF", "Commerzbank (demo)", csv(681, "37040044", 170, KRAMER), "commerzbank-2026-11.csv");
        load(supervisor, "DEUTDEFF", "Deutsche Bank (demo)", csv(1153, "50070010", 150, ""), "deutsche-bank-2026-11.csv");
        LOG.info("demo: bank account register loaded (2 banks, 3 submissions)");
    }

    private void load(Principal who, String bic, String name, String csv, String file) {
        register.load(who, new BankRegister.Upload(new Bic(bic), name, file, SubmissionFormat.CSV, RegisterColumns.defaults(), Optional.empty()),
                SubmissionContent.of(csv.getBytes(StandardCharsets.UTF_8)));
    }

    static String csv(long seed, String bankCode, int accounts, String extra) {
        try {
            StringWriter w = new StringWriter();
            new SyntheticRegister(seed, bankCode).writeCsv(w, accounts);
            w.write(extra);
            return w.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
