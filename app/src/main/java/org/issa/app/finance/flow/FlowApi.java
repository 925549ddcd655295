package org.issa.app.finance.flow;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.MarkingForm;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.paging.Page;
import org.issa.finance.alert.StoredAlert;
import org.issa.finance.alert.TypologyAlerts;
import org.issa.finance.flow.AllocationRule;
import org.issa.finance.flow.Direction;
import org.issa.finance.flow.TraceRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/finance/trace}: follow the money from an account; {@code /api/v1/finance/alerts}: the typology
 * alerts (list with cursor paging, one, decide) and {@code POST /api/v1/finance/alerts/scans} (a supervisor runs a scan).
 */
@RestController
@RequestMapping("/api/v1/finance")
public class FlowApi {

    private final MoneyFlows flows;
    private final TypologyAlerts alerts;

    public FlowApi(MoneyFlows flows, TypologyAlerts alerts) {
        this.flows = flows;
        this.alerts = alerts;
    }

    static TraceRequest request(String account, String direction, String hops, String rule, String currency, String from, String to) {
        int h;
        try {
            h = Integer.parseInt(hops.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("hops", "hops must be a whole number, not '" + hops + "'");
        }
        return new TraceRequest(account, Direction.parse(direction), h, AllocationRule.parse(rule), Optional.ofNullable(currency),
                time("from", from), time("to", to));
    }

    private static Optional<Instant> time(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(text.length() == 10 ? java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    : Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a date (2026-01-31) or an instant (2026-01-31T10:00:00Z)");
        }
    }

    @GetMapping("/trace")
    FlowViews.TraceView trace(@RequestParam(defaultValue = "") String account, @RequestParam(defaultValue = "forward") String direction,
                              @RequestParam(defaultValue = "3") String hops, @RequestParam(defaultValue = "fifo") String rule,
                              @RequestParam(required = false) String currency, @RequestParam(required = false) String from,
                              @RequestParam(required = false) String to, Authentication auth) {
        return FlowViews.TraceView.of(flows.trace(CurrentUser.of(auth), request(account, direction, hops, rule, currency, from, to)));
    }

    /** A page of alerts. */
    public record AlertPage(List<FlowViews.AlertView> items, String nextCursor) {
    }

    @GetMapping("/alerts")
    AlertPage list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer limit,
                   @RequestParam(required = false) String cursor, Authentication auth) {
        Page<StoredAlert> p = alerts.list(CurrentUser.of(auth), Optional.ofNullable(status).filter(s -> !s.isBlank()), limit,
                Optional.ofNullable(cursor).filter(s -> !s.isBlank()));
        return new AlertPage(p.items().stream().map(FlowViews.AlertView::of).toList(), p.nextCursor().orElse(null));
    }

    @GetMapping("/alerts/{id}")
    FlowViews.AlertView one(@PathVariable long id, Authentication auth) {
        return alerts.one(CurrentUser.of(auth), id).map(FlowViews.AlertView::of)
                .orElseThrow(() -> new NotFoundException("typology alert", Long.toString(id)));
    }

    /** A decision: {@code decision} dismiss (with {@code reason}) or escalate (with {@code caseReference}). */
    public record Decision(String decision, String reason, String caseReference) {
    }

    @PostMapping("/alerts/{id}/decision")
    FlowViews.AlertView decide(@PathVariable long id, @RequestBody Decision d, Authentication auth) {
        return FlowViews.AlertView.of(alerts.decide(CurrentUser.of(auth), id, d.decision(), d.reason(), d.caseReference()));
    }

    /** Runs a scan over the stored payments the supervisor may see; the alerts get the marking given. */
    @PostMapping("/alerts/scans")
    ResponseEntity<FlowViews.ScanView> scan(@RequestBody(required = false) MarkingForm marking, Authentication auth) {
        var p = CurrentUser.of(auth);
        MarkingForm m = marking == null ? new MarkingForm("RESTREINT_UE", "AMBER", "", true) : marking;
        return ResponseEntity.status(HttpStatus.CREATED).body(FlowViews.ScanView.of(flows.scan(p, m.toMarking(p.agency()))));
    }
}
