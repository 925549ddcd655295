package org.issa.app.cyber.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Page;
import org.issa.app.web.Pages;
import org.issa.core.error.InvalidInputException;
import org.issa.core.security.Principal;
import org.issa.cyber.report.Triage;
import org.issa.cyber.statistics.ReportTrends;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /cyber/dashboard}: reports over time as a chart (ECharts, drawn by {@code /js/cyber-dashboard.js}
 * from the figures in the page) and as a table with the same figures, for screen readers and print;
 * {@code /cyber/dashboard.csv} for a spreadsheet.
 */
@Controller
public class DashboardPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReportTrends trends;
    private final Triage triage;

    public DashboardPages(ReportTrends trends, Triage triage) {
        this.trends = trends;
        this.triage = triage;
    }

    /** The page: what was asked (to fill the form again), the figures, and the same figures as JSON for the chart. */
    public record DashboardView(TrendRequest asked, Optional<TrendView> trend, String json) {
    }

    @GetMapping("/cyber/dashboard")
    ModelAndView page(@RequestParam(required = false) String by, @RequestParam(required = false) String bucket,
                      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(defaultValue = "false") boolean includeRejected, HttpServletRequest request, Authentication auth) {
        TrendRequest asked = new TrendRequest(by, bucket, from, to, includeRejected);
        Page frame = Pages.page(request, "Cyber dashboard", "cyber-dashboard");
        try {
            TrendView t = trend(CurrentUser.of(auth), asked);
            return Pages.view("cyberDashboard", frame, new DashboardView(asked, Optional.of(t), JSON.writeValueAsString(t)));
        } catch (InvalidInputException e) {
            ModelAndView mv = Pages.view("cyberDashboard", frame.withError(e.getMessage()), new DashboardView(asked, Optional.empty(), "{}"));
            mv.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
            return mv;
        }
    }

    @GetMapping("/cyber/dashboard.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String by, @RequestParam(required = false) String bucket,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(defaultValue = "false") boolean includeRejected, Authentication auth) {
        TrendView t = trend(CurrentUser.of(auth), new TrendRequest(by, bucket, from, to, includeRejected));
        java.io.StringWriter out = new java.io.StringWriter();
        java.util.List<String> header = new java.util.ArrayList<>(java.util.List.of(t.by(), "label"));
        t.periods().forEach(p -> header.add(p.label()));
        header.add("total");
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (TrendView.SeriesView s : t.series()) {
                java.util.List<Object> row = new java.util.ArrayList<>(java.util.List.of(csvText(s.key()), csvText(s.label())));
                row.addAll(s.counts());
                row.add(s.total());
                csv.printRecord(row);
            }
            java.util.List<Object> all = new java.util.ArrayList<>(java.util.List.of("ALL", "All reports"));
            all.addAll(t.totals());
            all.add(t.total());
            csv.printRecord(all);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"cyber-reports-" + t.by() + "-" + t.bucket() + ".csv\"")
                .body(out.toString());
    }

    private TrendView trend(Principal p, TrendRequest asked) {
        return TrendView.of(trends.count(p, asked.toQuery(trends)), triage.taxonomy());
    }

    /** A leading =, +, - or @ is neutralised so that a spreadsheet does not take the cell for a formula. */
    static String csvText(String v) {
        return !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }
}
