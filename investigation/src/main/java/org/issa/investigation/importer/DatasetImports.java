package org.issa.investigation.importer;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.issa.core.entity.Entity;
import org.issa.core.entity.Provenance;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Marking;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.investigation.entity.EntityStore;
import org.issa.investigation.entity.FtmModel;
import org.issa.investigation.entity.FtmSchema;
import org.issa.investigation.entity.Publication;
import org.issa.investigation.entity.StoredEntity;

/**
 * Imports files into the entity store: FtM JSON lines, CSV edge lists, adjacency matrices (the
 * CAVIAR shape: a header row of node ids, then one row per node) and call records. A file is read
 * and checked in full before anything is written, then published in one transaction; link ids
 * are content hashes, so importing the same file again changes nothing.
 */
public final class DatasetImports {

    private final EntityStore store;
    private final ImportLimits limits;

    public DatasetImports(EntityStore store, ImportLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    /** What an import stored. */
    public record Report(String dataset, String format, int entities, int statements, int nodesCreated, int links) {
    }

    public Report ftm(Principal who, String dataset, String source, Marking requested, InputStream in) {
        requireImporter(who);
        if (dataset == null || !Provenance.DATASET.matcher(dataset).matches()) {
            throw new InvalidInputException("dataset", "dataset must be 1-64 lower-case letters, digits, '.', '_' or '-'");
        }
        Marking marking = who.markingOfOwnRecord(requested);
        List<Publication> pubs = FtmLines.read(in, dataset, source == null ? "upload" : source, store.clock().instant(), marking, limits);
        int links = (int) pubs.stream().filter(p -> FtmModel.require("schema", p.entity().schema()).isEdge()).count();
        EntityStore.Published done = store.publish(who.username(), pubs);
        return new Report(dataset, "ftm", done.entities(), done.statements(), 0, links);
    }

    public Report edges(Principal who, TabularOptions o, ColumnMapping mapping, InputStream in) {
        requireImporter(who);
        Marking marking = who.markingOfOwnRecord(o.marking());
        FtmSchema.Edge edge = FtmModel.require("relation", o.relation()).edge().orElseThrow();
        Links links = new Links(o, marking);
        try (BoundedLines lines = new BoundedLines(in, limits)) {
            List<String> header = header(lines);
            int[] col = mapping.indices(header, false);
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = CsvLine.split(line, lines.number());
                checkWidth(f, header, lines.number());
                Map<String, List<String>> props = new LinkedHashMap<>();
                String s = id(f.get(col[0]), mapping.source(), lines.number());
                String t = id(f.get(col[1]), mapping.target(), lines.number());
                if (col[2] >= 0 && !f.get(col[2]).isEmpty()) {
                    props.put(edge.weight().orElse("weight"), List.of(number(f.get(col[2]), mapping.weight().orElseThrow(), lines.number())));
                }
                if (col[3] >= 0 && !f.get(col[3]).isEmpty()) {
                    props.put("date", List.of(date(f.get(col[3]), lines.number())));
                }
                links.add(lines.number(), o.relation(), edge, s, t, props);
            }
        }
        return links.publish(who, "edges");
    }

    public Report calls(Principal who, TabularOptions o, ColumnMapping mapping, InputStream in) {
        requireImporter(who);
        Marking marking = who.markingOfOwnRecord(o.marking());
        FtmSchema.Edge edge = FtmModel.require("relation", "Call").edge().orElseThrow();
        Links links = new Links(o, marking);
        try (BoundedLines lines = new BoundedLines(in, limits)) {
            List<String> header = header(lines);
            int[] col = mapping.indices(header, true);
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = CsvLine.split(line, lines.number());
                checkWidth(f, header, lines.number());
                String caller = id(f.get(col[0]), mapping.source(), lines.number());
                String callee = id(f.get(col[1]), mapping.target(), lines.number());
                Map<String, List<String>> props = new LinkedHashMap<>();
                if (col[3] >= 0) {
                    props.put("date", List.of(date(f.get(col[3]), lines.number())));
                }
                if (col[4] >= 0 && !f.get(col[4]).isEmpty()) {
                    props.put("duration", List.of(number(f.get(col[4]), mapping.duration().orElseThrow(), lines.number())));
                }
                props.put("callerNumber", List.of(caller));
                props.put("receiverNumber", List.of(callee));
                links.add(lines.number(), "Call", edge, caller, callee, props);
            }
        }
        return links.publish(who, "calls");
    }

    public Report matrix(Principal who, TabularOptions o, InputStream in) {
        requireImporter(who);
        Marking marking = who.markingOfOwnRecord(o.marking());
        FtmSchema.Edge edge = FtmModel.require("relation", o.relation()).edge().orElseThrow();
        Links links = new Links(o, marking);
        try (BoundedLines lines = new BoundedLines(in, limits)) {
            List<String> header = header(lines);
            if (header.size() < 2) {
                throw ImportError.at(1, "the header needs a corner cell and at least one node id");
            }
            List<String> ids = new ArrayList<>();
            Set<String> unique = new HashSet<>();
            for (int i = 1; i < header.size(); i++) {
                String id = id(header.get(i), "header column " + (i + 1), 1);
                if (!unique.add(id)) {
                    throw ImportError.at(1, "node id '" + id + "' appears twice in the header");
                }
                ids.add(id);
            }
            int row = 0;
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (line.isBlank()) {
                    continue;
                }
                long n = lines.number();
                List<String> f = CsvLine.split(line, n);
                if (row >= ids.size()) {
                    throw ImportError.at(n, "more rows than the " + ids.size() + " node ids of the header");
                }
                if (f.size() != header.size()) {
                    throw ImportError.at(n, "ragged matrix: the row has " + f.size() + " cells, the header " + header.size());
                }
                String rowId = f.get(0);
                if (!rowId.equals(ids.get(row))) {
                    throw ImportError.at(n, "row " + (row + 1) + " is node '" + rowId + "' but column " + (row + 1) + " is '"
                            + ids.get(row) + "'; rows must follow the header's order");
                }
                for (int c = 0; c < ids.size(); c++) {
                    String cell = f.get(c + 1);
                    BigDecimal v;
                    try {
                        v = new BigDecimal(cell.isEmpty() ? "0" : cell);
                    } catch (NumberFormatException e) {
                        throw ImportError.at(n, "cell for column '" + ids.get(c) + "' is not a number: '" + cut(cell) + "'");
                    }
                    if (v.signum() < 0) {
                        throw ImportError.at(n, "cell for column '" + ids.get(c) + "' is negative");
                    }
                    if (v.signum() == 0) {
                        continue;
                    }
                    Map<String, List<String>> props = new LinkedHashMap<>();
                    props.put(edge.weight().orElse("weight"), List.of(v.stripTrailingZeros().toPlainString()));
                    links.add(n, o.relation(), edge, rowId, ids.get(c), props);
                }
                row++;
            }
            if (row < ids.size()) {
                throw new ImportError("the matrix has " + row + " rows for " + ids.size() + " node ids in the header");
            }
        }
        return links.publish(who, "matrix");
    }

    /** The links of a file and the nodes they name, checked as they are added, published at the end. */
    private final class Links {
        private final TabularOptions o;
        private final Marking marking;
        private final Instant at;
        private final Set<String> nodes = new LinkedHashSet<>();
        private final List<Publication> out = new ArrayList<>();
        private final Map<String, Integer> occurrences = new HashMap<>();

        Links(TabularOptions o, Marking marking) {
            this.o = o;
            this.marking = marking;
            this.at = store.clock().instant();
        }

        void add(long line, String relation, FtmSchema.Edge edge, String s, String t, Map<String, List<String>> props) {
            if (s.equals(t)) {
                throw ImportError.at(line, "self-loop: '" + s + "' is linked to itself");
            }
            if (out.size() >= limits.maxRecords()) {
                throw new ImportError("the file has more than " + limits.maxRecords() + " links (the configured maximum)");
            }
            nodes.add(s);
            nodes.add(t);
            props.put(edge.source(), List.of(s));
            props.put(edge.target(), List.of(t));
            o.from().ifPresent(d -> props.putIfAbsent("startDate", List.of(d.toString())));
            o.to().ifPresent(d -> props.putIfAbsent("endDate", List.of(d.toString())));
            o.period().ifPresent(p -> props.put("summary", List.of(p)));
            String content = relation + "|" + s + "|" + t + "|" + o.period().orElse("") + "|" + props;
            String hash = shortHash(content);
            int k = occurrences.merge(hash, 1, Integer::sum);
            String id = relation.toLowerCase(java.util.Locale.ROOT) + "-" + o.period().map(p -> p + "-").orElse("") + hash
                    + (k > 1 ? "-" + k : "");
            out.add(Publication.of(entity(id, relation, props, line)));
        }

        private Entity entity(String id, String schema, Map<String, List<String>> props, long line) {
            try {
                return new Entity(id, schema, props, marking, new Provenance(o.dataset(), o.source(), at));
            } catch (IllegalArgumentException e) {
                throw ImportError.at(line, e.getMessage());
            }
        }

        Report publish(Principal who, String format) {
            List<Publication> all = new ArrayList<>();
            int created = 0;
            for (String node : nodes) {
                boolean exists = store.find(who, StoredEntity.key(o.dataset(), node)).isPresent();
                if (!exists && !o.createNodes()) {
                    throw new ImportError("unknown id '" + cut(node) + "': dataset " + o.dataset()
                            + " holds no such entity you may see (import its nodes first, or let the import create them)");
                }
                if (!exists) {
                    Map<String, List<String>> props = new LinkedHashMap<>();
                    props.put(FtmModel.require("nodeSchema", o.nodeSchema()).is("Phone") ? "number" : "name", List.of(node));
                    all.add(Publication.of(entity(node, o.nodeSchema(), props, 0)));
                    created++;
                }
            }
            if (out.isEmpty()) {
                throw new ImportError("the file holds no link");
            }
            all.addAll(out);
            EntityStore.Published done = store.publish(who.username(), all);
            return new Report(o.dataset(), format, done.entities(), done.statements(), created, out.size());
        }
    }

    private static List<String> header(BoundedLines lines) {
        String first = lines.next();
        if (first == null || first.isBlank()) {
            throw new ImportError("the file is empty (a header row is required)");
        }
        return CsvLine.split(first, 1);
    }

    private static void checkWidth(List<String> f, List<String> header, long n) {
        if (f.size() != header.size()) {
            throw ImportError.at(n, "the row has " + f.size() + " fields, the header " + header.size());
        }
    }

    private static String id(String value, String column, long n) {
        if (value.isEmpty()) {
            throw ImportError.at(n, "'" + column + "' is empty");
        }
        if (!value.matches("[A-Za-z0-9+][A-Za-z0-9._:+-]{0,199}")) {
            throw ImportError.at(n, "'" + column + "' value '" + cut(value) + "' is not a usable id (letters, digits, '.', '_', ':', '+', '-')");
        }
        return value.startsWith("+") ? value.substring(1) : value;
    }

    private static String number(String value, String column, long n) {
        try {
            BigDecimal v = new BigDecimal(value);
            if (v.signum() < 0) {
                throw ImportError.at(n, "'" + column + "' is negative");
            }
            return v.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            throw ImportError.at(n, "'" + column + "' is not a number: '" + cut(value) + "'");
        }
    }

    private static String date(String value, long n) {
        if (!value.matches("\\d{4}(-\\d{2}(-\\d{2}([T ][0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?)?)?")) {
            throw ImportError.at(n, "time '" + cut(value) + "' is not an ISO 8601 date or date-time");
        }
        return value.replace(' ', 'T');
    }

    private static void requireImporter(Principal who) {
        if (!who.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new ForbiddenException("only analysts and supervisors import into the entity store");
        }
    }

    private static String shortHash(String content) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 10);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
