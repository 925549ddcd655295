package org.issa.app.demo;

import java.util.Set;
import org.issa.app.identity.NewAccount;
import org.issa.app.identity.UserDirectory;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Classification;
import org.issa.core.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a server's first start (no account yet, not the demo), opens the account {@code admin} with
 * the password in {@code ISSA_ADMIN_PASSWORD}, or a random one printed once to the console.
 */
@Component
@Order(1)
public class FirstStart implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private final UserDirectory directory;
    private final boolean demo;
    private final String adminPassword;
    private final String agency;
    private final String state;

    public FirstStart(UserDirectory directory, @Value("${issa.demo:false}") boolean demo,
                      @Value("${ISSA_ADMIN_PASSWORD:}") String adminPassword,
                      @Value("${issa.node.agency:ISSA}") String agency, @Value("${issa.node.member-state:BE}") String state) {
        this.agency = agency;
        this.state = state;
        this.directory = directory;
        this.demo = demo;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo || directory.count() > 0) {
            return;
        }
        boolean generated = adminPassword.isBlank();
        String password = generated ? Passwords.generate() : adminPassword;
        try {
            directory.bootstrap(new NewAccount("admin", "Administrator", password, agency, state,
                    Set.of(Role.ADMIN), Classification.UNCLASSIFIED));
        } catch (InvalidInputException e) {
            throw new IllegalStateException((generated ? "" : "ISSA_ADMIN_PASSWORD is not acceptable: ") + e.getMessage(), e);
        }
        if (generated) {
            System.out.println("ISSA first start: created the account 'admin' with the password " + password
                    + " (shown once; change it under My tokens).");
        } else {
            LOG.info("ISSA first start: created the account 'admin' with the password from ISSA_ADMIN_PASSWORD");
        }
    }
}
