package org.issa.app.finance.recovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.NotFoundException;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.finance.recovery.CaseNetwork;
import org.issa.investigation.cases.CaseDesk;

/**
 * The persons of an investigation case and their network, read from the investigation module's entity store: the
 * entities attached to the case (merged entities taken as their canonical one) and those within N links of them over
 * interpersonal and ownership relations (ownership, family, associates, directorships, memberships, representation,
 * employment, unknown links; communications and payments are not followed). The network is read with the system's view —
 * a check that saw only what the clerk may see would let a buyer through — and {@link #visibleTo} says, in SQL with the
 * reader's markings, which entities a reader may be shown.
 */
public final class EntityCaseNetwork implements CaseNetwork {

    /** The relations followed: who owns, runs, or is family or an associate of whom. */
    public static final Set<String> RELATIONS = Set.of("Ownership", "Family", "Associate", "Directorship", "Membership", "Representation",
            "Employment", "UnknownLink");
    private static final Set<String> PARTIES = Set.of("Person", "Company", "Organization", "LegalEntity", "PublicBody");
    private static final int MAX_MEMBERS = 5000;
    private static final int CHUNK = 400;

    private final Sql sql;
    private final CaseDesk cases;

    public EntityCaseNetwork(Sql sql, CaseDesk cases) {
        this.sql = sql;
        this.cases = cases;
    }

    private record Reached(String id, int hops, List<Step> path) {
    }

    @Override
    public List<Member> around(String caseId, int hops) {
        Map<String, String> roots = new LinkedHashMap<>();
        sql.query("SELECT ce.entity_id, ce.label, e.canonical_id FROM inv_case_entity ce JOIN inv_entity e ON e.id = ce.entity_id"
                + " WHERE ce.case_id = ? ORDER BY ce.added_at", rs -> roots.putIfAbsent(rs.getString(3), rs.getString(2)), caseId);
        if (roots.isEmpty()) {
            return List.of();
        }
        Map<String, Reached> reached = new LinkedHashMap<>();
        Map<String, String> rootOf = new HashMap<>();
        roots.keySet().forEach(id -> {
            reached.put(id, new Reached(id, 0, List.of()));
            rootOf.put(id, id);
        });
        Set<String> frontier = new HashSet<>(roots.keySet());
        for (int hop = 1; hop <= hops && !frontier.isEmpty() && reached.size() < MAX_MEMBERS; hop++) {
            Set<String> next = new HashSet<>();
            for (String[] e : edges(frontier)) {
                String s = e[0];
                String t = e[1];
                for (boolean forward : new boolean[] {true, false}) {
                    String from = forward ? s : t;
                    String to = forward ? t : s;
                    if (frontier.contains(from) && !reached.containsKey(to) && reached.size() < MAX_MEMBERS) {
                        Reached prev = reached.get(from);
                        List<Step> path = new ArrayList<>(prev.path());
                        String detail = forward && (e[2].equals("Family") || e[2].equals("Associate")) ? e[3] : "";
                        path.add(new Step(from, "", e[2], detail, to, ""));
                        reached.put(to, new Reached(to, hop, path));
                        rootOf.put(to, rootOf.get(from));
                        next.add(to);
                    }
                }
            }
            frontier = next;
        }
        Map<String, String> schema = new HashMap<>();
        Map<String, List<String>> names = new HashMap<>();
        Map<String, List<LocalDate>> births = new HashMap<>();
        Map<String, List<String>> ids = new HashMap<>();
        for (List<String> chunk : chunks(reached.keySet())) {
            String in = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            sql.query("SELECT e.canonical_id, c.schema_name, s.prop, s.prop_value FROM inv_entity e JOIN inv_entity c ON c.id = e.canonical_id"
                    + " JOIN inv_statement s ON s.entity_id = e.id WHERE e.canonical_id IN (" + in + ") AND s.prop IN ('name', 'alias',"
                    + " 'birthDate', 'idNumber', 'passportNumber', 'registrationNumber', 'taxNumber') ORDER BY s.id", rs -> {
                        String id = rs.getString(1);
                        schema.put(id, rs.getString(2));
                        String value = rs.getString(4);
                        switch (rs.getString(3)) {
                            case "name", "alias" -> names.computeIfAbsent(id, k -> new ArrayList<>()).add(value);
                            case "birthDate" -> date(value).ifPresent(d -> births.computeIfAbsent(id, k -> new ArrayList<>()).add(d));
                            default -> ids.computeIfAbsent(id, k -> new ArrayList<>()).add(value);
                        }
                        return null;
                    }, chunk.toArray());
            sql.query("SELECT id, schema_name, caption FROM inv_entity WHERE id IN (" + in + ")", rs -> {
                String id = rs.getString(1);
                String caption = rs.getString(3);
                schema.putIfAbsent(id, rs.getString(2));
                names.computeIfAbsent(id, k -> new ArrayList<>(List.of(caption)));
                return null;
            }, chunk.toArray());
        }
        List<Member> out = new ArrayList<>();
        for (Reached r : reached.values()) {
            if (!PARTIES.contains(schema.getOrDefault(r.id(), ""))) {
                continue;
            }
            List<Step> named = r.path().stream().map(st -> new Step(st.fromId(), first(names, st.fromId()), st.relation(), st.detail(),
                    st.toId(), first(names, st.toId()))).toList();
            List<String> n = new ArrayList<>(new java.util.LinkedHashSet<>(names.getOrDefault(r.id(), List.of(r.id()))));
            out.add(new Member(r.id(), schema.get(r.id()), n, births.getOrDefault(r.id(), List.of()), ids.getOrDefault(r.id(), List.of()),
                    roots.getOrDefault(rootOf.get(r.id()), ""), named));
        }
        return out;
    }

    @Override
    public Set<String> visibleTo(Principal reader, Collection<String> entityIds) {
        Set<String> out = new HashSet<>();
        for (List<String> chunk : chunks(entityIds)) {
            SqlFragment where = MarkingFilter.readableBy(reader, "e").and(new SqlFragment("e.id IN (" + String.join(", ",
                    Collections.nCopies(chunk.size(), "?")) + ")", new ArrayList<>(chunk)));
            out.addAll(sql.query("SELECT e.id FROM inv_entity e WHERE " + where.sql(), rs -> rs.getString(1), where.paramArray()));
        }
        return out;
    }

    @Override
    public Optional<String> caseReference(Principal reader, String caseId) {
        try {
            return Optional.of(cases.get(reader, caseId).reference());
        } catch (NotFoundException | ForbiddenException e) {
            return Optional.empty();
        }
    }

    /** Edges of the followed relations touching the frontier, as canonical ids: source, target, relation, relationship. */
    private List<String[]> edges(Set<String> frontier) {
        List<String[]> out = new ArrayList<>();
        String rel = String.join(", ", RELATIONS.stream().sorted().map(r -> "'" + r + "'").toList());
        for (List<String> chunk : chunks(frontier)) {
            String in = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            List<Object> params = new ArrayList<>(chunk);
            params.addAll(chunk);
            out.addAll(sql.query("SELECT s.canonical_id, t.canonical_id, ed.relation, (SELECT MIN(st.prop_value) FROM inv_statement st"
                    + " WHERE st.entity_id = ed.origin_id AND st.prop = 'relationship') FROM inv_edge ed JOIN inv_entity s ON s.id = ed.source_id"
                    + " JOIN inv_entity t ON t.id = ed.target_id WHERE ed.relation IN (" + rel + ") AND (s.canonical_id IN (" + in + ")"
                    + " OR t.canonical_id IN (" + in + ")) ORDER BY ed.id", rs -> new String[] {rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getString(4) == null ? "" : rs.getString(4)}, params.toArray()));
        }
        return out;
    }

    private static String first(Map<String, List<String>> names, String id) {
        List<String> n = names.get(id);
        return n == null || n.isEmpty() ? id : n.get(0);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (RuntimeException e) {
            return Optional.empty(); // a year or partial date: not used for the birth-date comparison
        }
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }
}
