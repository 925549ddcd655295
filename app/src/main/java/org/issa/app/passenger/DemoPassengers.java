package org.issa.app.passenger;

import org.issa.core.sql.Sql;
import org.issa.passenger.ingest.NotAnInterchangeException;
import org.issa.passenger.store.Channel;
import org.issa.passenger.store.Delivery;
import org.issa.passenger.store.PnrIngest;
import org.issa.passenger.synthetic.TrafficGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: synthetic PNRGOV and PAXLST traffic (the ingest module's seeded generator; invented people) ingested once
 * through the same pipeline as a carrier's push, so that the flight board, search and PNR detail have data.
 */
@Component
@Order(5)
public class DemoPassengers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPassengers.class);
    static final int FILES = 120;

    private final PnrIngest ingest;
    private final Sql sql;
    private final boolean demo;

    public DemoPassengers(PnrIngest ingest, Sql sql, @Value("${issa.demo:false}") boolean demo) {
        this.ingest = ingest;
        this.sql = sql;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || sql.count("SELECT COUNT(*) FROM pnr_message") > 0) {
            return;
        }
        TrafficGenerator traffic = new TrafficGenerator(681);
        int pnrs = 0;
        for (int i = 0; i < FILES; i++) {
            TrafficGenerator.GeneratedFile f = i % 10 == 9 ? traffic.nextPaxlst() : traffic.nextPnrgov();
            try {
                pnrs += ingest.ingest(new Delivery(Channel.UPLOAD, "demo", "", f.bytes())).pnrs();
            } catch (NotAnInterchangeException e) {
                LOG.warn("demo passenger file {} refused: {}", f.name(), e.getMessage());
            }
        }
        LOG.info("demo: {} synthetic PNRs ingested from {} files", pnrs, FILES);
    }
}
