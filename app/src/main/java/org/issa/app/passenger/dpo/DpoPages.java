package org.issa.app.passenger.dpo;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Csv;
import org.issa.app.web.Fmt;
import org.issa.app.web.Pages;
import org.issa.core.audit.AuditEntry;
import org.issa.core.error.InvalidInputException;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.passenger.exchange.ExchangeDesk;
import org.issa.passenger.exchange.ThirdCountryTransfer;
import org.issa.passenger.oversight.Article20Statistics;
import org.issa.passenger.oversight.LogCategory;
import org.issa.passenger.oversight.ProcessingLog;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The DPO view: the processing log with its filters and a stated purpose, transfers awaiting acknowledgement, and the Article 20 statistics. */
@Controller
public class DpoPages {

    private final ProcessingLog log;
    private final Article20Statistics statistics;
    private final ExchangeDesk exchange;

    public DpoPages(ProcessingLog log, Article20Statistics statistics, ExchangeDesk exchange) {
        this.log = log;
        this.statistics = statistics;
        this.exchange = exchange;
    }

    public record Filters(String purpose, String actor, String category, String from, String to, String purposeContains, String record,
                          String statsFrom, String statsTo) {
        public String query() {
            return "purpose=" + Fmt.url(purpose) + "&actor=" + Fmt.url(actor) + "&category=" + Fmt.url(category) + "&from=" + Fmt.url(from)
                    + "&to=" + Fmt.url(to) + "&purposeContains=" + Fmt.url(purposeContains) + "&record=" + Fmt.url(record);
        }
    }

    public record DpoPage(Filters filters, Optional<Page<AuditEntry>> results, String next, List<String> categories,
                          Article20Statistics.Statistics statistics, List<ThirdCountryTransfer> unacknowledged) {
    }

    @GetMapping("/passenger/dpo")
    ModelAndView view(@RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "") String actor,
                      @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String from,
                      @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String purposeContains,
                      @RequestParam(defaultValue = "") String record, @RequestParam(defaultValue = "") String statsFrom,
                      @RequestParam(defaultValue = "") String statsTo, @RequestParam(required = false) String cursor,
                      HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        ProcessingLog.requireOverseer(p);
        Filters f = new Filters(purpose.strip(), actor.strip(), category.strip(), from.strip(), to.strip(), purposeContains.strip(),
                record.strip(), statsFrom.strip(), statsTo.strip());
        org.issa.app.web.Page frame = Pages.page(request, "Data protection officer", "passenger");
        Optional<Page<AuditEntry>> results = Optional.empty();
        if (!f.purpose().isEmpty()) {
            try {
                results = Optional.of(log.search(p, LogFilters.query(f.actor(), f.category(), f.from(), f.to(), f.purposeContains(),
                        f.record()), f.purpose(), cursor, 100));
            } catch (InvalidInputException e) {
                frame = frame.withError(e.getMessage());
            }
        }
        Article20Statistics.Statistics stats;
        try {
            stats = statistics.compute(p, DpoApi.opt(f.statsFrom()), DpoApi.opt(f.statsTo()));
        } catch (InvalidInputException e) {
            frame = frame.withError(e.getMessage());
            stats = statistics.compute(p, Optional.empty(), Optional.empty());
        }
        String next = results.flatMap(Page::nextCursor).map(c -> "/passenger/dpo?" + f.query() + "&cursor=" + c).orElse("");
        return Pages.view("passengerDpo", frame, new DpoPage(f, results, next,
                java.util.Arrays.stream(LogCategory.values()).map(Enum::name).toList(), stats, exchange.transfers(p, true, 100)));
    }

    @GetMapping("/passenger/dpo/log.csv")
    ResponseEntity<String> logCsv(@RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "") String actor,
                                  @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String from,
                                  @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String purposeContains,
                                  @RequestParam(defaultValue = "") String record, Authentication auth) {
        List<AuditEntry> rows = log.export(CurrentUser.of(auth), LogFilters.query(actor, category, from, to, purposeContains, record), purpose);
        StringBuilder b = new StringBuilder("seq,at,actor,action,record_type,record_id,purpose,detail,hash\r\n");
        for (AuditEntry e : rows) {
            var ev = e.event();
            b.append(e.seq()).append(',').append(e.at()).append(',').append(Csv.cell(ev.actor())).append(',').append(Csv.cell(ev.action()))
                    .append(',').append(Csv.cell(ev.recordType())).append(',').append(Csv.cell(ev.recordId())).append(',')
                    .append(Csv.cell(ev.purpose())).append(',').append(Csv.cell(ev.detail())).append(',').append(e.hash()).append("\r\n");
        }
        return DpoApi.csv(b.toString(), "pnr-processing-log.csv");
    }

    @GetMapping("/passenger/dpo/statistics.csv")
    ResponseEntity<String> statisticsCsv(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                                         Authentication auth) {
        return DpoApi.csv(StatisticsCsv.of(statistics.compute(CurrentUser.of(auth), DpoApi.opt(from), DpoApi.opt(to))),
                "pnr-article-20-statistics.csv");
    }
}
