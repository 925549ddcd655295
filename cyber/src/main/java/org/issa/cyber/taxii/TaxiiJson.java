package org.issa.cyber.taxii;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.issa.cyber.stix.StixJson;
import org.issa.cyber.stix.StixTimestamp;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** Writes TAXII 2.1 resources; objects go out as stored, so their text is spliced in, not re-serialised. */
public final class TaxiiJson {

    private TaxiiJson() {
    }

    /** A TAXII timestamp with microseconds, as date_added and the X-TAXII-Date-Added headers carry it. */
    public static String timestamp(Instant at) {
        var t = at.atOffset(ZoneOffset.UTC);
        return String.format("%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 1_000);
    }

    /** Parses a STIX/TAXII timestamp, or fails naming the parameter. */
    public static Instant parseTimestamp(String parameter, String text) {
        return StixTimestamp.parse(text.strip()).map(StixTimestamp::instant).orElseThrow(() -> TaxiiException.badParameter(parameter,
                parameter + " must be a timestamp like 2026-01-31T12:00:00.000Z"));
    }

    /** The envelope: {@code more}, {@code next} when there is one, and the objects' JSON as given. */
    public static String envelope(boolean more, String next, List<String> objectJson) {
        StringBuilder out = new StringBuilder(64 + objectJson.stream().mapToInt(String::length).sum() + objectJson.size());
        out.append("{\"more\":").append(more);
        if (next != null && !next.isEmpty()) {
            out.append(",\"next\":").append(quote(next));
        }
        out.append(",\"objects\":[");
        for (int i = 0; i < objectJson.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(objectJson.get(i));
        }
        return out.append("]}").toString();
    }

    public static String error(int status, String title, String description, Map<String, String> details) {
        ObjectNode n = StixJson.object();
        n.put("title", title);
        n.put("description", description == null ? "" : description);
        n.put("http_status", String.valueOf(status));
        if (!details.isEmpty()) {
            ObjectNode d = n.putObject("details");
            new java.util.TreeMap<>(details).forEach(d::put);
        }
        return StixJson.compact(n);
    }

    public static String quote(String s) {
        return StixJson.compact(StringNode.valueOf(s));
    }
}
