package org.issa.cyber.taxii;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.issa.cyber.stix.Issue;
import org.issa.cyber.stix.StixJson;
import org.issa.cyber.stix.store.ImportReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The TAXII 2.1 status resource (§4.3): what became of each object of an Add Objects request.
 * This server processes an envelope before it answers, so its statuses are always complete.
 *
 * @param status "complete" or "pending"
 */
public record TaxiiStatus(String id, String status, Instant requestTimestamp, List<Detail> successes, List<Detail> failures,
                          List<Detail> pendings) {

    /** One object: its id, its version and what happened. */
    public record Detail(String id, String version, String message) {
    }

    public TaxiiStatus {
        successes = List.copyOf(successes);
        failures = List.copyOf(failures);
        pendings = List.copyOf(pendings);
    }

    public int totalCount() {
        return successes.size() + failures.size() + pendings.size();
    }

    /** The status of an import: stored, already stored and duplicates succeed; refused and not stored fail. */
    public static TaxiiStatus of(String id, Instant requested, List<ImportReport.Outcome> outcomes) {
        List<Detail> ok = new ArrayList<>();
        List<Detail> failed = new ArrayList<>();
        for (ImportReport.Outcome o : outcomes) {
            String message = switch (o.status()) {
                case STORED -> "stored";
                case ALREADY_STORED -> "already stored (same id, version and content)";
                case DUPLICATE -> "duplicate in the envelope, stored once";
                case NOT_STORED -> "not stored";
                case REFUSED -> o.issues().stream().filter(i -> i.severity() == Issue.Severity.ERROR)
                        .map(i -> i.rule() + " at " + i.path() + ": " + i.message()).limit(5).collect(Collectors.joining("; "));
            };
            (o.success() ? ok : failed).add(new Detail(o.id(), o.version(), message));
        }
        return new TaxiiStatus(id, "complete", requested, ok, failed, List.of());
    }

    public String toJson() {
        ObjectNode n = StixJson.object();
        n.put("id", id);
        n.put("status", status);
        n.put("request_timestamp", TaxiiJson.timestamp(requestTimestamp));
        n.put("total_count", totalCount());
        n.put("success_count", successes.size());
        details(n.putArray("successes"), successes);
        n.put("failure_count", failures.size());
        details(n.putArray("failures"), failures);
        n.put("pending_count", pendings.size());
        details(n.putArray("pendings"), pendings);
        return StixJson.compact(n);
    }

    private static void details(ArrayNode a, List<Detail> list) {
        for (Detail d : list) {
            ObjectNode o = a.addObject();
            o.put("id", d.id());
            if (!d.version().isEmpty()) {
                o.put("version", d.version());
            }
            if (!d.message().isEmpty()) {
                o.put("message", d.message());
            }
        }
    }

    /** Reads a status resource a peer sent (bounded by the caller); absent lists are empty. */
    public static TaxiiStatus parse(JsonNode n) {
        String id = n.path("id").asString("");
        if (id.isEmpty() || !n.path("status").isString()) {
            throw new IllegalArgumentException("a TAXII status needs an id and a status");
        }
        Instant at = org.issa.cyber.stix.StixTimestamp.parse(n.path("request_timestamp").asString(""))
                .map(org.issa.cyber.stix.StixTimestamp::instant).orElse(Instant.EPOCH);
        return new TaxiiStatus(id, n.path("status").asString(), at, read(n.path("successes")), read(n.path("failures")),
                read(n.path("pendings")));
    }

    /** Counts as the peer states them (a peer may send counts without the lists). */
    public static int count(JsonNode n, String field) {
        return n.path(field).asInt(0);
    }

    private static List<Detail> read(JsonNode a) {
        List<Detail> out = new ArrayList<>();
        for (JsonNode d : a) {
            out.add(new Detail(d.path("id").asString(""), d.path("version").asString(""), d.path("message").asString("")));
        }
        return out;
    }
}
