package org.issa.cyber.report;

import java.util.List;
import org.issa.cyber.outbox.OutboxMessage;
import org.issa.cyber.report.observable.Observable;
import org.issa.cyber.report.routing.RoutingRule;
import org.issa.cyber.report.rsit.RsitSuggestion;

/**
 * Everything on a report's page: the report, its observables, the other reports (readable by the
 * viewer) that share one, attachments, what the rules suggest now, where the routing rules would send
 * it, the forwardings so far and the notifications queued for the reporter.
 */
public record ReportFile(Report report, List<Observable> observables, List<Correlation> correlations, List<Attachment> attachments,
                         RsitSuggestion rulesNow, RoutingRule route, List<Forwarding> forwardings, List<OutboxMessage> outbox) {
}
