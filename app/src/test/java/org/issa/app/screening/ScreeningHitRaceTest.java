package org.issa.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.issa.app.watchlist.Watchlist;
import org.issa.app.watchlist.WatchlistStore;
import org.issa.core.marking.Marking;
import org.issa.core.screening.ScreenableRecord;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two screenings of the same record at the same moment (a list import's background re-screening and the registration of a
 * kept subject, say) raise its hit once: the loser's insert fails on the hit's unique key and its second attempt finds the
 * hit known. Before that key existed, both saw the hit as new and both raised it.
 */
class ScreeningHitRaceTest extends ScreeningHttpSupport {

    @Autowired
    RecordScreener screener;
    @Autowired
    WatchlistStore lists;
    @Autowired
    Sql sql;

    @Test
    void twoScreeningsOfOneRecordAtOnceRaiseItsHitOnce() throws Exception {
        String supervisor = token(Role.SUPERVISOR);
        String name = unique("Octavian Brexmoor");
        String id = createList(supervisor, unique("Race test "), "SANCTIONS", null);
        assertThat(importFile(supervisor, id, "R1|" + name + "|1969-11-02|XR\n").statusCode()).isEqualTo(201);
        await("version 1 re-screened", () -> rescreened(id, 1));
        Watchlist list = lists.systemList(id).orElseThrow();

        int rounds = 25;
        int raised = 0;
        List<String> records = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < rounds; round++) {
                ScreenableRecord r = new ScreenableRecord(MonitoredSubjects.RECORD_TYPE, "race-" + unique("r"), "Person",
                        List.of(name), List.of("1969-11-02"), List.of(), "", List.of(), Marking.unclassified("FR-MININT"), username(Role.ANALYST));
                records.add(r.recordId());
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Integer>> both = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    both.add(pool.submit(() -> {
                        start.await();
                        return screener.screen(r, List.of(list), "system");
                    }));
                }
                for (Future<Integer> f : both) {
                    raised += f.get();
                }
            }
        }
        assertThat(raised).as("hits reported raised").isEqualTo(rounds);
        for (String record : records) {
            assertThat(sql.count("SELECT COUNT(*) FROM screening_hits WHERE record_id = ?", record)).as(record).isEqualTo(1);
        }
    }
}
