package org.issa.cyber.advisory;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.Require;

/**
 * What an advisory says, in plain language, in the language it was written in ({@code lang}, a
 * BCP 47 tag of an official EU language). {@code sources} names the TLP:CLEAR indicators or incidents
 * it was drafted from; {@code products} and {@code cves} are optional and, when given, published in
 * the CSAF product tree and vulnerabilities.
 */
public record AdvisoryContent(String title, String summary, String whatToDo, String whoIsAffected, Audience audience,
                              Set<Sector> sectors, Severity severity, String lang, List<Reference> references,
                              List<Product> products, List<String> cves, List<String> sources) {

    /** The 24 official languages of the Union. */
    public static final List<String> LANGUAGES = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga",
            "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");
    private static final Pattern CVE = Pattern.compile("CVE-[0-9]{4}-[0-9]{4,}");
    private static final int MAX_ITEMS = 50;

    public AdvisoryContent {
        sectors = sectors == null || sectors.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sectors));
        references = references == null ? List.of() : List.copyOf(references);
        products = products == null ? List.of() : List.copyOf(products);
        cves = cves == null ? List.of() : List.copyOf(cves);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** Checks every field and returns the content with text stripped; the first fault is named by its field. */
    public AdvisoryContent validated() {
        String t = text("title", title, 200);
        String s = text("summary", summary, 2000);
        String w = text("whatToDo", whatToDo, 4000);
        String who = text("whoIsAffected", whoIsAffected, 2000);
        if (audience == null) {
            throw new InvalidInputException("audience", "audience is required: CITIZENS, SMES or BOTH");
        }
        if (sectors.isEmpty()) {
            throw new InvalidInputException("sectors", "choose at least one sector");
        }
        if (severity == null) {
            throw new InvalidInputException("severity", "severity is required: LOW, MEDIUM, HIGH or CRITICAL");
        }
        String l = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(l)) {
            throw new InvalidInputException("lang", "lang must be the code of an official EU language, such as en, fr or de");
        }
        if (references.size() > 20) {
            throw new InvalidInputException("references", "at most 20 references");
        }
        List<Reference> refs = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            Reference r = references.get(i);
            String f = "references[" + i + "]";
            if (r == null) {
                throw new InvalidInputException(f, f + " is empty");
            }
            refs.add(new Reference(webUrl(f + ".url", r.url()), text(f + ".summary", r.summary(), 300)));
        }
        if (products.size() > MAX_ITEMS) {
            throw new InvalidInputException("products", "at most " + MAX_ITEMS + " products");
        }
        List<Product> prods = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            String f = "products[" + i + "]";
            if (p == null) {
                throw new InvalidInputException(f, f + " is empty");
            }
            String version = p.version() == null ? "" : p.version().strip();
            if (version.length() > 50) {
                throw new InvalidInputException(f + ".version", f + ".version must be at most 50 characters");
            }
            Product clean = new Product(text(f + ".vendor", p.vendor(), 100), text(f + ".name", p.name(), 100), version);
            if (!names.add(clean.fullName().toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException(f, "product " + clean.fullName() + " is listed twice");
            }
            prods.add(clean);
        }
        if (cves.size() > MAX_ITEMS) {
            throw new InvalidInputException("cves", "at most " + MAX_ITEMS + " CVE ids");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < cves.size(); i++) {
            String c = cves.get(i) == null ? "" : cves.get(i).strip().toUpperCase(Locale.ROOT);
            if (!CVE.matcher(c).matches()) {
                throw new InvalidInputException("cves[" + i + "]", "'" + cves.get(i) + "' is not a CVE id such as CVE-2024-12345");
            }
            if (!ids.add(c)) {
                throw new InvalidInputException("cves[" + i + "]", c + " is listed twice");
            }
        }
        if (sources.size() > 20) {
            throw new InvalidInputException("sources", "at most 20 sources");
        }
        return new AdvisoryContent(t, s, w, who, audience, sectors, severity, l, refs, prods, List.copyOf(ids),
                List.copyOf(new LinkedHashSet<>(sources)));
    }

    /**
     * Non-blank text of at most {@code max} characters without control characters (other than tab and
     * line breaks), which no XML feed or CSAF consumer could carry.
     */
    public static String text(String field, String value, int max) {
        String t = Require.text(field, value, max);
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0xFFFE || ch == 0xFFFF) {
                throw new InvalidInputException(field, field + " contains a control character at position " + (i + 1));
            }
        }
        return t;
    }

    /** An absolute http(s) URL of at most 2048 characters. */
    public static String webUrl(String field, String url) {
        String u = text(field, url, 2048);
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new InvalidInputException(field, field + " must be an http or https URL with a host");
            }
            return u;
        } catch (java.net.URISyntaxException e) {
            throw new InvalidInputException(field, field + " is not a valid URL: " + e.getReason());
        }
    }

    /** Whether this content concerns a reader of the given audience and sectors (none = every sector). */
    public boolean concerns(Audience reader, Set<Sector> readerSectors) {
        return reader.receives(audience) && (readerSectors.isEmpty() || readerSectors.stream().anyMatch(sectors::contains));
    }
}
