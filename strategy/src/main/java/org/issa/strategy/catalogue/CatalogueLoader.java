package org.issa.strategy.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the catalogue file and checks it: codes well-formed and unique, periods inside the strategy's. */
public final class CatalogueLoader {

    /** The catalogue of COM(2010) 673 shipped with ISSA. */
    public static final String BUILT_IN = "/org/issa/strategy/catalogue/iss-2010.json";

    private static final Pattern CODE = Pattern.compile("O[0-9]+(\\.A[0-9]+(\\.[0-9]+)?)?");
    private static final List<String> UNITS = List.of("count", "EUR", "percent", "days", "states");

    private CatalogueLoader() {
    }

    public static Catalogue builtIn() {
        try (InputStream in = CatalogueLoader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in catalogue " + BUILT_IN + " is missing from the jar");
            }
            return load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in catalogue: " + e.getMessage(), e);
        }
    }

    public static Catalogue load(InputStream in) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(in);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the catalogue is not valid JSON: " + e.getOriginalMessage(), e);
        }
        int from = root.path("periodFrom").asInt();
        int to = root.path("periodTo").asInt();
        List<Objective> objectives = new ArrayList<>();
        for (JsonNode o : root.path("objectives")) {
            String oc = code(o, "objective");
            List<Action> actions = new ArrayList<>();
            for (JsonNode a : o.path("actions")) {
                actions.add(action(a, oc, null, from, to));
            }
            objectives.add(new Objective(oc, text(o, "title"), o.path("summary").asString(""), actions));
        }
        if (objectives.isEmpty()) {
            throw new IllegalArgumentException("the catalogue has no objectives");
        }
        List<HistoricReport> history = new ArrayList<>();
        for (JsonNode h : root.path("history")) {
            List<HistoricReport.Finding> findings = new ArrayList<>();
            for (JsonNode f : h.path("findings")) {
                String objective = f.path("objective").isNull() ? "" : f.path("objective").asString("");
                findings.add(new HistoricReport.Finding(objective, text(f, "text")));
            }
            List<String> challenges = new ArrayList<>();
            h.path("challenges").forEach(c -> challenges.add(c.asString()));
            history.add(new HistoricReport(h.path("year").asInt(), h.path("reference").asString(""), text(h, "title"),
                    findings, challenges));
        }
        return new Catalogue(text(root, "id"), text(root, "title"), text(root, "reference"), text(root, "adopted"),
                from, to, root.path("source").asString(""), objectives, history);
    }

    private static Action action(JsonNode a, String objective, String parent, int from, int to) {
        String code = code(a, "action");
        if (!code.startsWith(parent == null ? objective + "." : parent + ".")) {
            throw new IllegalArgumentException("action " + code + " does not belong under " + (parent == null ? objective : parent));
        }
        int pf = a.path("periodFrom").asInt(from);
        int pt = a.path("periodTo").asInt(to);
        if (pf < from || pt > to || pf > pt) {
            throw new IllegalArgumentException("action " + code + " has period " + pf + "-" + pt
                    + " outside the strategy's " + from + "-" + to);
        }
        List<String> owners = new ArrayList<>();
        a.path("owners").forEach(n -> owners.add(n.asString()));
        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode i : a.path("indicators")) {
            String unit = text(i, "unit");
            if (!UNITS.contains(unit)) {
                throw new IllegalArgumentException("indicator " + text(i, "code") + " has unknown unit " + unit);
            }
            indicators.add(new Indicator(text(i, "code"), text(i, "name"), unit, code));
        }
        List<Action> subs = new ArrayList<>();
        for (JsonNode s : a.path("subActions")) {
            subs.add(action(s, objective, code, from, to));
        }
        return new Action(code, text(a, "title"), owners, pf, pt, objective, parent, subs, indicators);
    }

    private static String code(JsonNode n, String what) {
        String code = text(n, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(what + " code '" + code + "' is not of the form O1, O1.A1 or O1.A1.1");
        }
        return code;
    }

    private static String text(JsonNode n, String field) {
        String v = n.path(field).asString("");
        if (v.isBlank()) {
            throw new IllegalArgumentException("catalogue entry lacks '" + field + "': " + abbreviate(n.toString()));
        }
        return v;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
