package org.issa.app.cyber.taxii;

import java.util.List;
import java.util.Optional;
import org.issa.app.identity.UserAccount;
import org.issa.app.identity.UserDirectory;
import org.issa.core.security.Principal;
import org.issa.cyber.taxii.ScheduledSync;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the TAXII peers that are due, every minute on the application's scheduler (a minute after
 * start-up first). Each run is claimed in the database, so nodes sharing one database never sync
 * one peer twice at once; each goes through {@code PeerSync} on behalf of the supervisor who set
 * the interval, as their account is now (a disabled or deleted account makes the run fail, recorded).
 */
public final class TaxiiScheduleJob {

    private static final Logger LOG = LoggerFactory.getLogger(TaxiiScheduleJob.class);

    private final ScheduledSync scheduled;
    private final UserDirectory directory;

    public TaxiiScheduleJob(ScheduledSync scheduled, UserDirectory directory) {
        this.scheduled = scheduled;
        this.directory = directory;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    public void run() {
        List<ScheduledSync.Outcome> done = scheduled.runDue(this::actor);
        long failed = done.stream().filter(o -> !o.ok()).count();
        if (failed > 0) {
            LOG.warn("scheduled TAXII sync: {} of {} peers failed (see the peers' sync history)", failed, done.size());
        } else if (!done.isEmpty()) {
            LOG.info("scheduled TAXII sync: {} peers synced", done.size());
        }
    }

    private Optional<Principal> actor(String username) {
        return directory.find(username).filter(UserAccount::enabled).map(UserAccount::principal);
    }
}
