package org.issa.investigation.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.error.Require;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.SqlFragment;
import org.issa.graph.centrality.Betweenness;
import org.issa.graph.centrality.Closeness;
import org.issa.graph.centrality.DegreeCentrality;
import org.issa.graph.centrality.EigenvectorCentrality;
import org.issa.graph.centrality.Measure;
import org.issa.graph.centrality.PageRank;
import org.issa.graph.centrality.Ranked;
import org.issa.graph.centrality.Scores;
import org.issa.graph.community.Louvain;
import org.issa.graph.identifier.Identifier;
import org.issa.graph.identifier.SharedLink;
import org.issa.graph.keyplayer.KeyPlayers;
import org.issa.graph.neighbourhood.Neighbourhood;
import org.issa.graph.network.Network;
import org.issa.graph.path.Path;
import org.issa.graph.path.PathOptions;
import org.issa.graph.time.RankShift;
import org.issa.graph.time.TimeSlices;
import org.issa.investigation.entity.EntityStore;
import org.issa.investigation.entity.Pivots;
import org.issa.investigation.entity.StoredEntity;

/**
 * Link analysis over the entity store. Each question first fetches the subgraph the reader may see
 * ({@link SubgraphQuery}: markings in SQL), then asks the graph engine, then words the answer with
 * the entities' names. The network is the undirected, unweighted view unless a method says
 * otherwise, as in the published CAVIAR reference values. Each question is audited as a read of
 * personal data with the purpose the analyst gave.
 */
public final class LinkAnalysis {

    public static final int MAX_LINKS = 500_000;
    public static final int MAX_HOPS = 4;
    private static final long SEED = 42L;

    private final EntityStore store;
    private final SubgraphQuery query;

    public LinkAnalysis(EntityStore store) {
        this(store, MAX_LINKS);
    }

    public LinkAnalysis(EntityStore store, int maxLinks) {
        this.store = store;
        this.query = new SubgraphQuery(store.sql(), maxLinks);
    }

    /** The whole subgraph in scope (for the explorer's first view of a dataset). */
    public Findings.GraphView graph(Principal reader, GraphScope scope, String purpose) {
        audit(reader, "graph", purpose);
        Subgraph g = query.fetch(reader, scope);
        return new Findings.GraphView(List.copyOf(g.nodes().values()), g.links(), String.format(Locale.ROOT,
                "%d entities and %d links in scope.", g.nodes().size(), g.links().size()));
    }

    /** The entities within {@code hops} links of the seeds, and the links among them. */
    public Findings.GraphView expand(Principal reader, List<String> seeds, int hops, GraphScope scope, String purpose) {
        if (hops < 1 || hops > MAX_HOPS) {
            throw new InvalidInputException("hops", "hops must be between 1 and " + MAX_HOPS);
        }
        if (seeds.isEmpty() || seeds.size() > 50) {
            throw new InvalidInputException("seeds", "give 1 to 50 entities to expand from");
        }
        audit(reader, "expand", purpose);
        List<Node> starts = seeds.stream().map(id -> visible(reader, id)).toList();
        Subgraph g = query.fetch(reader, scope);
        Network net = g.network(false, false);
        List<String> inNetwork = starts.stream().map(Node::id).filter(net::contains).toList();
        Map<String, Node> nodes = new LinkedHashMap<>();
        starts.forEach(n -> nodes.put(n.id(), n));
        if (inNetwork.isEmpty()) {
            return new Findings.GraphView(List.copyOf(nodes.values()), List.of(), "No link in scope reaches "
                    + names(starts) + ".");
        }
        Neighbourhood hood = Neighbourhood.expand(net, inNetwork, hops, Set.of());
        hood.distance().keySet().forEach(id -> nodes.putIfAbsent(id, g.nodes().get(id)));
        Subgraph part = g.among(nodes.keySet(), Set.of());
        String words = String.format(Locale.ROOT, "%d %s within %d %s of %s; %d links join them.", nodes.size() - starts.size(),
                nodes.size() - starts.size() == 1 ? "entity lies" : "entities lie", hops, hops == 1 ? "link" : "links", names(starts),
                part.links().size());
        return new Findings.GraphView(List.copyOf(nodes.values()), part.links(), words);
    }

    /**
     * Up to {@code k} shortest paths between two entities, not passing through entities with more than
     * {@code maxDegree} links (0: no limit) nor through those in {@code avoid}.
     */
    public Findings.Paths paths(Principal reader, String from, String to, int k, int maxDegree, Set<String> avoid, GraphScope scope,
                                String purpose) {
        if (k < 1 || k > 10) {
            throw new InvalidInputException("k", "k must be between 1 and 10");
        }
        if (maxDegree < 0) {
            throw new InvalidInputException("maxDegree", "maxDegree must not be negative");
        }
        audit(reader, "paths", purpose);
        Node a = visible(reader, from);
        Node b = visible(reader, to);
        if (a.id().equals(b.id())) {
            throw new InvalidInputException("to", "the two ends are the same entity");
        }
        Set<String> avoided = new LinkedHashSet<>();
        for (String id : avoid) {
            avoided.add(visible(reader, id).id());
        }
        Subgraph g = query.fetch(reader, scope);
        Network net = g.network(false, false);
        if (!net.contains(a.id()) || !net.contains(b.id())) {
            return new Findings.Paths(List.of(), (net.contains(a.id()) ? b : a).caption() + " has no link in scope, so no path joins "
                    + a.caption() + " and " + b.caption() + ".");
        }
        PathOptions options = new PathOptions(avoided, maxDegree, Set.of());
        List<Path> found = org.issa.graph.path.Paths.kShortest(net, a.id(), b.id(), k, options);
        List<Findings.PathView> views = new ArrayList<>();
        for (Path p : found) {
            List<Node> ns = p.nodes().stream().map(id -> g.nodes().get(id)).toList();
            List<Link> ls = new ArrayList<>();
            for (int i = 0; i + 1 < ns.size(); i++) {
                String x = ns.get(i).id();
                String y = ns.get(i + 1).id();
                g.links().stream().filter(l -> l.source().equals(x) && l.target().equals(y) || l.source().equals(y) && l.target().equals(x))
                        .forEach(ls::add);
            }
            views.add(new Findings.PathView(ns, ls, p.steps(), p.length(), pathWords(ns, ls)));
        }
        String restrictions = (maxDegree > 0 ? " Entities with more than " + maxDegree + " links were not passed through." : "")
                + (avoided.isEmpty() ? "" : " Avoided: " + avoided.stream().map(g::caption).reduce((x, y) -> x + ", " + y).orElse("") + ".");
        String words = views.isEmpty() ? "No path joins " + a.caption() + " and " + b.caption() + " under these restrictions." + restrictions
                : String.format(Locale.ROOT, "%d %s between %s and %s, shortest first (the shortest takes %d %s).%s", views.size(),
                views.size() == 1 ? "path" : "paths", a.caption(), b.caption(), views.get(0).steps(),
                views.get(0).steps() == 1 ? "step" : "steps", restrictions);
        return new Findings.Paths(views, words);
    }

    private static String pathWords(List<Node> ns, List<Link> ls) {
        StringBuilder b = new StringBuilder(ns.get(0).caption());
        for (int i = 1; i < ns.size(); i++) {
            String x = ns.get(i - 1).id();
            String y = ns.get(i).id();
            String verb = ls.stream().filter(l -> l.source().equals(x) && l.target().equals(y) || l.source().equals(y) && l.target().equals(x))
                    .map(l -> l.source().equals(x) || !l.directed() ? l.verb() : "(" + l.verb() + " by)")
                    .distinct().reduce((p, q) -> p + " / " + q).orElse("is linked to");
            b.append(' ').append(verb).append(' ').append(ns.get(i).caption());
            if (i + 1 < ns.size()) {
                b.append(", who");
            }
        }
        return b.append('.').toString();
    }

    /** A centrality for every entity in scope, most central first. */
    public Findings.Centralities centrality(Principal reader, Measure measure, GraphScope scope, int top, String purpose) {
        if (top < 1 || top > 1000) {
            throw new InvalidInputException("top", "top must be between 1 and 1000");
        }
        audit(reader, "centrality", purpose);
        Subgraph g = query.fetch(reader, scope);
        Network net = g.network(false, false);
        if (net.nodeCount() == 0) {
            return new Findings.Centralities(measure.key(), normalisation(measure), 0, List.of());
        }
        Scores s = score(measure).apply(net);
        List<Findings.Centrality> out = new ArrayList<>();
        for (Ranked r : s.top(top)) {
            out.add(new Findings.Centrality(g.nodes().get(r.id()), r.rank(), r.value(), s.explain(r.id()).replace(r.id(), g.caption(r.id()))));
        }
        return new Findings.Centralities(measure.key(), normalisation(measure), net.nodeCount(), out);
    }

    /** Groups of entities that are linked mostly among themselves (Louvain, undirected unweighted view). */
    public Findings.Communities communities(Principal reader, GraphScope scope, String purpose) {
        audit(reader, "communities", purpose);
        Subgraph g = query.fetch(reader, scope);
        Network net = g.network(false, false);
        if (net.nodeCount() == 0) {
            return new Findings.Communities(0, 0, "Louvain", Map.of(), List.of(), "No link in scope.");
        }
        var c = Louvain.of(net, SEED);
        Map<String, Integer> membership = new LinkedHashMap<>();
        List<List<Node>> groups = new ArrayList<>();
        for (int i = 0; i < c.count(); i++) {
            List<Node> members = c.members(i).stream().map(id -> g.nodes().get(id)).toList();
            groups.add(members);
            for (Node n : members) {
                membership.put(n.id(), i);
            }
        }
        String words = String.format(Locale.ROOT, "The %d entities form %d groups that are linked mostly among themselves "
                + "(modularity %.3f; above about 0.3 the grouping is marked, near 0 it is no better than chance). "
                + "The largest group (%d entities) includes %s.", net.nodeCount(), c.count(), c.modularity(), groups.get(0).size(),
                groups.get(0).stream().limit(5).map(Node::caption).reduce((x, y) -> x + ", " + y).orElse("")
                        + (groups.get(0).size() > 5 ? ", …" : ""));
        return new Findings.Communities(c.count(), c.modularity(), c.method(), membership, groups, words);
    }

    /** The {@code k} entities whose removal, one after the other, most fragments the network. */
    public List<Findings.KeyPlayer> keyPlayers(Principal reader, int k, GraphScope scope, String purpose) {
        if (k < 1 || k > 20) {
            throw new InvalidInputException("k", "k must be between 1 and 20");
        }
        audit(reader, "key-players", purpose);
        Subgraph g = query.fetch(reader, scope);
        Network net = g.network(false, false);
        if (net.nodeCount() < 3) {
            return List.of();
        }
        return KeyPlayers.greedy(net, Math.min(k, net.nodeCount() - 2)).stream().map(p -> new Findings.KeyPlayer(g.nodes().get(p.id()),
                p.componentsAfter(), p.largestAfter(), p.fragmentationAfter(), p.articulationPoint(),
                p.explain().replace(p.id(), g.caption(p.id())))).toList();
    }

    /** How each entity's rank on a centrality changes from one period to another, largest rise first. */
    public List<Findings.Shift> compare(Principal reader, Measure measure, GraphScope scope, LocalDate fromA, LocalDate toA,
                                        LocalDate fromB, LocalDate toB, String purpose) {
        audit(reader, "time-slices", purpose);
        Subgraph a = query.fetch(reader, scope.during(Optional.of(fromA), Optional.of(toA)));
        Subgraph b = query.fetch(reader, scope.during(Optional.of(fromB), Optional.of(toB)));
        Map<String, Node> nodes = new HashMap<>(a.nodes());
        nodes.putAll(b.nodes());
        List<RankShift> shifts = TimeSlices.compare(a.network(false, false), b.network(false, false), score(measure));
        return shifts.stream().map(s -> new Findings.Shift(nodes.get(s.id()), s.rankBefore(), s.rankAfter(), s.valueBefore(),
                s.valueAfter(), s.explain().replace(s.id(), nodes.get(s.id()).caption()))).toList();
    }

    /**
     * Entities that hold the same identifier (phone, e-mail, IBAN, account, identity or registration
     * number, address) across datasets, from the statements the reader may see.
     */
    public Findings.SharedIdentifiers shared(Principal reader, Set<String> datasets, String purpose) {
        audit(reader, "shared-identifiers", purpose);
        SqlFragment where = MarkingFilter.readableBy(reader, "s").and(MarkingFilter.readableBy(reader, "e"))
                .and(SqlFragment.of("s.pivot IS NOT NULL AND s.pivot IN (SELECT s2.pivot FROM inv_statement s2 WHERE s2.pivot IS NOT NULL "
                        + "GROUP BY s2.pivot HAVING COUNT(DISTINCT s2.entity_id) > 1)"));
        if (!datasets.isEmpty()) {
            where = where.and(new SqlFragment("e.dataset IN (" + String.join(", ", java.util.Collections.nCopies(datasets.size(), "?")) + ")",
                    new ArrayList<>(datasets)));
        }
        SqlFragment canon = MarkingFilter.readableBy(reader, "c");
        List<Object> params = new ArrayList<>(canon.params());
        params.addAll(where.params());
        Map<String, Node> nodes = new HashMap<>();
        Map<String, List<Identifier>> ids = new LinkedHashMap<>();
        Map<String, Set<String>> recorded = new HashMap<>();
        store.sql().query("SELECT COALESCE(c.id, e.id), COALESCE(c.schema_name, e.schema_name), COALESCE(c.caption, e.caption), "
                        + "COALESCE(c.dataset, e.dataset), s.pivot, s.prop_value FROM inv_statement s JOIN inv_entity e ON e.id = s.entity_id "
                        + "LEFT JOIN inv_entity c ON c.id = e.canonical_id AND c.id <> e.id AND " + canon.sql() + " WHERE " + where.sql()
                        + " ORDER BY s.id FETCH FIRST 200001 ROWS ONLY",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)},
                params.toArray()).forEach(r -> {
                    nodes.putIfAbsent(r[0], new Node(r[0], r[1], r[2], r[3]));
                    String kind = r[4].substring(0, r[4].indexOf(':'));
                    ids.computeIfAbsent(r[0], x -> new ArrayList<>()).add(new Identifier(kind, r[4].substring(kind.length() + 1)));
                    recorded.computeIfAbsent(r[4], x -> new java.util.TreeSet<>()).add(r[5]);
                });
        var result = org.issa.graph.identifier.SharedIdentifiers.find(ids);
        List<Findings.SharedIdentifier> links = new ArrayList<>();
        for (SharedLink l : result.links()) {
            Node x = nodes.get(l.first());
            Node y = nodes.get(l.second());
            String across = x.dataset().equals(y.dataset()) ? "in dataset " + x.dataset() : "across datasets " + x.dataset() + " and " + y.dataset();
            String asRecorded = String.join(" / ", recorded.getOrDefault(l.type() + ":" + l.value(), Set.of(l.value())));
            links.add(new Findings.SharedIdentifier(x, y, l.type(), asRecorded, x.caption() + " and " + y.caption() + " share the "
                    + Pivots.describe(l.type()) + " " + asRecorded + " (" + across + ")."));
        }
        String words = links.isEmpty() ? "No two entities in scope share an identifier."
                : links.size() + " links by shared identifiers" + (result.hubs().isEmpty() ? "."
                : "; " + result.hubs().size() + " values held by too many entities to be telling were left out.");
        return new Findings.SharedIdentifiers(links, result.hubs(), words);
    }

    /** The canonical node of an entity the reader may see, or 404 (the same answer whether it is hidden or absent). */
    private Node visible(Principal reader, String id) {
        StoredEntity e = store.find(reader, id).orElseThrow(() -> new NotFoundException("entity", id));
        if (e.isMerged()) {
            Optional<StoredEntity> c = store.find(reader, e.canonicalId());
            if (c.isPresent()) {
                e = c.get();
            }
        }
        return new Node(e.id(), e.schema(), e.caption(), e.dataset());
    }

    private void audit(Principal reader, String question, String purpose) {
        String why = Require.text("purpose", purpose, 1000);
        store.audit().recordRead(reader.username(), "inv_graph", question, why);
    }

    private static String names(List<Node> nodes) {
        return nodes.stream().map(Node::caption).reduce((x, y) -> x + ", " + y).orElse("");
    }

    static Function<Network, Scores> score(Measure m) {
        return switch (m) {
            case DEGREE -> DegreeCentrality::of;
            case BETWEENNESS -> Betweenness::exact;
            case CLOSENESS -> Closeness::of;
            case EIGENVECTOR -> EigenvectorCentrality::of;
            case PAGERANK -> PageRank::of;
        };
    }

    static String normalisation(Measure m) {
        return switch (m) {
            case DEGREE -> "NetworkX degree_centrality: links divided by n-1";
            case BETWEENNESS -> "NetworkX betweenness_centrality, normalized=True: pair counts divided by (n-1)(n-2)/2 (undirected)";
            case CLOSENESS -> "NetworkX closeness_centrality (Wasserman-Faust scaling by the share of nodes reached)";
            case EIGENVECTOR -> "NetworkX eigenvector_centrality: unit Euclidean norm, 100 iterations, tolerance 1e-6";
            case PAGERANK -> "NetworkX pagerank: damping 0.85, tolerance 1e-6, values sum to 1";
        };
    }

    /** The measure named in a request, or a 400 naming the field. */
    public static Measure measure(String field, String name) {
        for (Measure m : Measure.values()) {
            if (m.key().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return m;
            }
        }
        throw new InvalidInputException(field, "unknown centrality '" + name + "'; expected degree, betweenness, closeness, eigenvector or pagerank");
    }
}
