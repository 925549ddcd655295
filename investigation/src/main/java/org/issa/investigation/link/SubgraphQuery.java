package org.issa.investigation.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.investigation.entity.FtmModel;

/**
 * Fetches the subgraph a reader may see. One query returns the links whose own marking, whose
 * originating entity and whose two ends the reader may read; merged entities are replaced by
 * their canonical entity when the reader may see that one. A node the reader may not see is never
 * fetched, so it cannot appear in neighbours, paths, counts, centralities or communities.
 */
final class SubgraphQuery {

    private final Sql sql;
    private final int maxLinks;

    SubgraphQuery(Sql sql, int maxLinks) {
        this.sql = sql;
        this.maxLinks = maxLinks;
    }

    private record Row(String source, String sSchema, String sCaption, String sDataset, String target, String tSchema,
                       String tCaption, String tDataset, String relation, boolean directed, double weight, LocalDate start,
                       LocalDate end) {
    }

    Subgraph fetch(Principal reader, GraphScope scope) {
        List<Object> params = new ArrayList<>();
        SqlFragment sc = MarkingFilter.readableBy(reader, "sc");
        SqlFragment tc = MarkingFilter.readableBy(reader, "tc");
        StringBuilder q = new StringBuilder("SELECT COALESCE(sc.id, s.id) AS s_id, COALESCE(sc.schema_name, s.schema_name) AS s_schema, "
                + "COALESCE(sc.caption, s.caption) AS s_caption, COALESCE(sc.dataset, s.dataset) AS s_dataset, "
                + "COALESCE(tc.id, t.id) AS t_id, COALESCE(tc.schema_name, t.schema_name) AS t_schema, "
                + "COALESCE(tc.caption, t.caption) AS t_caption, COALESCE(tc.dataset, t.dataset) AS t_dataset, "
                + "ed.relation, ed.directed, ed.weight, ed.start_date, ed.end_date "
                + "FROM inv_edge ed JOIN inv_entity o ON o.id = ed.origin_id "
                + "JOIN inv_entity s ON s.id = ed.source_id JOIN inv_entity t ON t.id = ed.target_id "
                + "LEFT JOIN inv_entity sc ON sc.id = s.canonical_id AND sc.id <> s.id AND ");
        q.append(sc.sql()).append(" LEFT JOIN inv_entity tc ON tc.id = t.canonical_id AND tc.id <> t.id AND ").append(tc.sql());
        params.addAll(sc.params());
        params.addAll(tc.params());
        SqlFragment where = MarkingFilter.readableBy(reader, "ed").and(MarkingFilter.readableBy(reader, "o"))
                .and(MarkingFilter.readableBy(reader, "s")).and(MarkingFilter.readableBy(reader, "t"));
        if (!scope.relations().isEmpty()) {
            where = where.and(in("ed.relation", scope.relations()));
        }
        if (!scope.datasets().isEmpty()) {
            where = where.and(in("ed.dataset", scope.datasets()));
        }
        if (scope.from().isPresent()) {
            where = where.and(SqlFragment.of("ed.start_date IS NOT NULL AND COALESCE(ed.end_date, ed.start_date) >= ?", scope.from().get()));
        }
        if (scope.to().isPresent()) {
            where = where.and(SqlFragment.of("ed.start_date IS NOT NULL AND ed.start_date <= ?", scope.to().get()));
        }
        q.append(" WHERE ").append(where.sql()).append(" ORDER BY ed.id FETCH FIRST ").append(maxLinks + 1).append(" ROWS ONLY");
        params.addAll(where.params());
        List<Row> rows = sql.query(q.toString(), rs -> new Row(rs.getString("s_id"), rs.getString("s_schema"), rs.getString("s_caption"),
                rs.getString("s_dataset"), rs.getString("t_id"), rs.getString("t_schema"), rs.getString("t_caption"),
                rs.getString("t_dataset"), rs.getString("relation"), rs.getBoolean("directed"), rs.getDouble("weight"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class)), params.toArray());
        if (rows.size() > maxLinks) {
            throw new InvalidInputException("datasets", "more than " + maxLinks
                    + " links in scope; narrow the analysis by dataset, relation or period");
        }
        return aggregate(rows);
    }

    private static Subgraph aggregate(List<Row> rows) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Link> links = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.source().equals(r.target())) {
                continue; // two merged entities: a link between them is now within one entity
            }
            nodes.putIfAbsent(r.source(), new Node(r.source(), r.sSchema(), r.sCaption(), r.sDataset()));
            nodes.putIfAbsent(r.target(), new Node(r.target(), r.tSchema(), r.tCaption(), r.tDataset()));
            boolean flip = !r.directed() && r.source().compareTo(r.target()) > 0;
            String a = flip ? r.target() : r.source();
            String b = flip ? r.source() : r.target();
            String key = a + "|" + b + "|" + r.relation() + "|" + r.directed();
            Optional<LocalDate> first = Optional.ofNullable(r.start());
            Optional<LocalDate> last = Optional.ofNullable(r.end() != null ? r.end() : r.start());
            links.merge(key, new Link(Integer.toHexString(key.hashCode()) + "-" + links.size(), a, b, r.relation(),
                    FtmModel.verb(r.relation()), r.directed(), 1, r.weight(), first, last), (x, y) -> new Link(x.id(), x.source(),
                    x.target(), x.relation(), x.verb(), x.directed(), x.count() + 1, x.weight() + y.weight(), min(x.from(), y.from()),
                    max(x.to(), y.to())));
        }
        return new Subgraph(nodes, new ArrayList<>(links.values()));
    }

    private static Optional<LocalDate> min(Optional<LocalDate> a, Optional<LocalDate> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
    }

    private static Optional<LocalDate> max(Optional<LocalDate> a, Optional<LocalDate> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }

    private static SqlFragment in(String column, java.util.Collection<String> values) {
        return new SqlFragment(column + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")",
                new ArrayList<>(new java.util.TreeSet<>(values)));
    }
}
