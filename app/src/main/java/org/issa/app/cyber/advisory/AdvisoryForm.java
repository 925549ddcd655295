package org.issa.app.cyber.advisory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.issa.core.error.InvalidInputException;
import org.issa.cyber.advisory.AdvisoryContent;
import org.issa.cyber.advisory.Audience;
import org.issa.cyber.advisory.Product;
import org.issa.cyber.advisory.Reference;
import org.issa.cyber.advisory.Sector;
import org.issa.cyber.advisory.Severity;
import org.springframework.util.MultiValueMap;

/**
 * The advisory editor's fields as the browser sends them: lists as lines ("URL summary" per
 * reference, "vendor | product | version" per product, CVE ids separated by spaces or commas).
 */
public record AdvisoryForm(String title, String summary, String whatToDo, String whoIsAffected, String audience, Set<String> sectors,
                           String severity, String lang, String references, String products, String cves, List<String> sources,
                           String changeSummary) {

    public static AdvisoryForm empty() {
        return new AdvisoryForm("", "", "", "", "CITIZENS", Set.of(), "MEDIUM", "en", "", "", "", List.of(), "");
    }

    public static AdvisoryForm of(MultiValueMap<String, String> f) {
        return new AdvisoryForm(v(f, "title"), v(f, "summary"), v(f, "whatToDo"), v(f, "whoIsAffected"), v(f, "audience"),
                Set.copyOf(Optional.ofNullable(f.get("sectors")).orElse(List.of())), v(f, "severity"), v(f, "lang"), v(f, "references"),
                v(f, "products"), v(f, "cves"), Optional.ofNullable(f.get("sources")).orElse(List.of()).stream()
                .filter(s -> !s.isBlank()).toList(), v(f, "changeSummary"));
    }

    public static AdvisoryForm of(AdvisoryContent c) {
        return new AdvisoryForm(c.title(), c.summary(), c.whatToDo(), c.whoIsAffected(), c.audience().name(),
                c.sectors().stream().map(Enum::name).collect(Collectors.toSet()), c.severity().name(), c.lang(),
                c.references().stream().map(r -> r.url() + " " + r.summary()).collect(Collectors.joining("\n")),
                c.products().stream().map(p -> p.vendor() + " | " + p.name() + (p.version().isEmpty() ? "" : " | " + p.version()))
                        .collect(Collectors.joining("\n")), String.join(" ", c.cves()), c.sources(), "");
    }

    private static String v(MultiValueMap<String, String> f, String name) {
        String s = f.getFirst(name);
        return s == null ? "" : s;
    }

    public boolean has(Sector s) {
        return sectors.contains(s.name());
    }

    /** The content the fields describe; bad lines are named by field and line number. */
    public AdvisoryContent content() {
        Audience a = Audience.parse("audience", audience);
        Severity sev = Severity.parse("severity", severity);
        Set<Sector> secs = EnumSet.noneOf(Sector.class);
        sectors.forEach(s -> secs.add(Sector.parse("sectors", s)));
        List<Reference> refs = new ArrayList<>();
        int line = 0;
        for (String l : references.split("\\R")) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            String[] parts = l.strip().split("\\s+", 2);
            if (parts.length < 2) {
                throw new InvalidInputException("references", "references line " + line + ": give the URL, a space, then what it is");
            }
            refs.add(new Reference(parts[0], parts[1]));
        }
        List<Product> prods = new ArrayList<>();
        line = 0;
        for (String l : products.split("\\R")) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            String[] parts = l.split("\\|", -1);
            if (parts.length < 2 || parts.length > 3) {
                throw new InvalidInputException("products", "products line " + line + ": write vendor | product | version");
            }
            prods.add(new Product(parts[0].strip(), parts[1].strip(), parts.length == 3 ? parts[2].strip() : ""));
        }
        List<String> ids = cves.isBlank() ? List.of() : List.of(cves.strip().split("[,\\s]+"));
        return new AdvisoryContent(title, summary, whatToDo, whoIsAffected, a, secs, sev, lang, refs, prods, ids, sources);
    }
}
