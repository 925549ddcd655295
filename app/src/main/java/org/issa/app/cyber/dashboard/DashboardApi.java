package org.issa.app.cyber.dashboard;

import org.issa.app.identity.CurrentUser;
import org.issa.cyber.report.Triage;
import org.issa.cyber.statistics.ReportTrends;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/cyber/statistics/reports}: report counts per period, within the caller's markings. */
@RestController
public class DashboardApi {

    private final ReportTrends trends;
    private final Triage triage;

    public DashboardApi(ReportTrends trends, Triage triage) {
        this.trends = trends;
        this.triage = triage;
    }

    @GetMapping("/api/v1/cyber/statistics/reports")
    TrendView reports(@RequestParam(required = false) String by, @RequestParam(required = false) String bucket,
                      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(defaultValue = "false") boolean includeRejected, Authentication auth) {
        TrendRequest r = new TrendRequest(by, bucket, from, to, includeRejected);
        return TrendView.of(trends.count(CurrentUser.of(auth), r.toQuery(trends)), triage.taxonomy());
    }
}
