package org.issa.app.passenger.dpo;

import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.PageView;
import org.issa.core.audit.AuditEntry;
import org.issa.core.paging.Cursor;
import org.issa.passenger.oversight.Article20Statistics;
import org.issa.passenger.oversight.ProcessingLog;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The DPO's processing log and the Article 20 statistics over HTTP (DPO and auditors only). */
@RestController
@RequestMapping("/api/v1/passenger/oversight")
public class DpoApi {

    private final ProcessingLog log;
    private final Article20Statistics statistics;

    public DpoApi(ProcessingLog log, Article20Statistics statistics) {
        this.log = log;
        this.statistics = statistics;
    }

    @GetMapping("/log")
    PageView<AuditEntry> log(@RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "") String actor,
                             @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String from,
                             @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String purposeContains,
                             @RequestParam(defaultValue = "") String record, @RequestParam(required = false) String cursor,
                             @RequestParam(required = false) Integer limit, Authentication auth) {
        return PageView.of(log.search(CurrentUser.of(auth), LogFilters.query(actor, category, from, to, purposeContains, record), purpose,
                cursor, Cursor.size(limit, 100)), e -> e);
    }

    @GetMapping("/statistics")
    Article20Statistics.Statistics statistics(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                                              Authentication auth) {
        return statistics.compute(CurrentUser.of(auth), opt(from), opt(to));
    }

    @GetMapping("/statistics.csv")
    ResponseEntity<String> statisticsCsv(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                                         Authentication auth) {
        return csv(StatisticsCsv.of(statistics.compute(CurrentUser.of(auth), opt(from), opt(to))), "pnr-article-20-statistics.csv");
    }

    static ResponseEntity<String> csv(String body, String filename) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").body(body);
    }

    static Optional<String> opt(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
