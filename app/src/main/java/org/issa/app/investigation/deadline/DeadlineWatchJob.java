package org.issa.app.investigation.deadline;

import java.util.List;
import org.issa.investigation.deadline.Alert;
import org.issa.investigation.deadline.DeadlineWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the deadline watch on the application's scheduler, a minute after start-up and then every five
 * minutes ({@code issa.investigation.deadlines.watch-every}); each alert is raised once, whatever the
 * number of runs or nodes, and audited by the watch.
 */
public final class DeadlineWatchJob {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineWatchJob.class);

    private final DeadlineWatch watch;

    public DeadlineWatchJob(DeadlineWatch watch) {
        this.watch = watch;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${issa.investigation.deadlines.watch-every:PT5M}")
    public void run() {
        List<Alert> raised = watch.run();
        if (!raised.isEmpty()) {
            LOG.info("deadline watch: {} warnings, {} overdue", raised.stream().filter(a -> a.level().name().equals("WARNING")).count(),
                    raised.stream().filter(a -> a.level().name().equals("OVERDUE")).count());
        }
    }
}
