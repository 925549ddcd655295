package org.issa.matching.lists;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.Name;
import org.issa.matching.model.NameStrength;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;

/**
 * Reads the EU Financial Sanctions Files XML 1.1 ({@code <export
 * xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate>}), streaming it entry by entry. Each
 * {@code sanctionEntity} becomes a subject with id {@code logicalId} (else
 * {@code euReferenceNumber}); {@code subjectType code} "person" gives a person, "enterprise" (and
 * anything else, with a warning) a legal entity.
 *
 * <p>Names: each {@code nameAlias} gives its {@code wholeName} (else its parts joined) with its
 * {@code firstName}, {@code middleName} and {@code lastName} as parts; {@code strong="false"} or a
 * "low quality" remark makes it weak. The first strong name is the primary name. Birth dates read
 * {@code birthdate}, or {@code year} with {@code monthOfYear}/{@code dayOfMonth} (also
 * {@code month}/{@code day}), or {@code yearRangeFrom}/{@code yearRangeTo}, and {@code circa}.
 * Countries are the citizenships, then the address countries; the code "00" ("UNKNOWN") is
 * ignored.
 */
public final class EuListReader implements ListReader {

    /** This reader's format name. */
    public static final String FORMAT = "eu";

    /** The namespace of the FSF export. */
    public static final String NAMESPACE = "http://eu.europa.ec/fpi/fsd/export";

    private final ListLimits limits;

    public EuListReader() {
        this(ListLimits.DEFAULT);
    }

    public EuListReader(ListLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public ListDocument read(InputStream in) {
        Warnings warnings = new Warnings();
        List<Subject> entries = new ArrayList<>();
        try (XmlCursor xml = XmlCursor.open(new BoundedInputStream(in, limits.maxBytes()))) {
            if (!xml.next() || !xml.localName().equals("export")) {
                throw xml.error("not an EU financial sanctions file: the root element must be <export>");
            }
            if (!NAMESPACE.equals(xml.namespace())) {
                warnings.add("root element <export> is not in the namespace " + NAMESPACE + " (read anyway)");
            }
            String version = xml.attribute("generationDate");
            while (xml.next()) {
                if (xml.isStart() && xml.localName().equals("sanctionEntity")) {
                    entries.add(subject(xml.readNode(), warnings));
                    limits.checkEntries(entries.size());
                }
            }
            return new ListDocument(FORMAT, version, entries, warnings.toList());
        }
    }

    private static Subject subject(XmlNode node, Warnings warnings) {
        String id = node.attribute("logicalId");
        if (id == null) {
            id = node.attribute("euReferenceNumber");
        }
        if (id == null) {
            throw new ListFormatException("sanctionEntity without logicalId or euReferenceNumber at " + node.position());
        }
        Schema schema = schema(node.child("subjectType"), warnings);
        List<Name> strong = new ArrayList<>();
        List<Name> weak = new ArrayList<>();
        Gender gender = Gender.UNKNOWN;
        Set<String> titles = new LinkedHashSet<>();
        Set<String> functions = new LinkedHashSet<>();
        for (XmlNode alias : node.children("nameAlias")) {
            Name name = name(alias, schema);
            if (name != null) {
                (name.strength() == NameStrength.WEAK ? weak : strong).add(name);
            }
            if (gender == Gender.UNKNOWN) {
                gender = Gender.parse(alias.attribute("gender"));
            }
            addIfPresent(titles, alias.attribute("title"));
            addIfPresent(functions, alias.attribute("function"));
        }
        NameList names = new NameList();
        for (int i = 0; i < strong.size(); i++) {
            Name n = strong.get(i);
            names.add(new Name(n.full(), n.given(), n.middle(), n.family(), i == 0 ? NameStrength.PRIMARY : NameStrength.ALIAS));
        }
        weak.forEach(names::add);
        if (names.isEmpty()) {
            throw new ListFormatException("sanctionEntity " + id + " has no name at " + node.position());
        }
        Set<String> countries = new LinkedHashSet<>();
        for (XmlNode c : node.children("citizenship")) {
            addCountry(c, "citizenship", countries, warnings);
        }
        for (XmlNode c : node.children("address")) {
            addCountry(c, "address country", countries, warnings);
        }
        List<BirthDate> births = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (XmlNode b : node.children("birthdate")) {
            birthDate(b, id, warnings, births);
            addIfPresent(places, place(b));
        }
        List<Identifier> identifiers = new ArrayList<>();
        for (XmlNode i : node.children("identification")) {
            identifier(i, warnings, identifiers);
        }
        List<String> remarks = new ArrayList<>();
        node.children("remark").forEach(r -> addIfPresent(remarks, NameText.collapse(r.text())));
        Details details = new Details()
                .put("programme", String.join(", ", programmes(node)))
                .put("reference", node.attribute("euReferenceNumber"))
                .put("UN reference", node.attribute("unitedNationId"))
                .put("listed on", listedOn(node))
                .put("function", NameText.detail(String.join("; ", functions)))
                .put("title", String.join("; ", titles))
                .put("place of birth", String.join("; ", places))
                .put("remark", NameText.detail(String.join(" | ", remarks)));
        return new Subject(id, schema, names.toList(), births, List.copyOf(countries), gender, identifiers,
                details.toMap());
    }

    private static Schema schema(XmlNode subjectType, Warnings warnings) {
        String code = subjectType == null ? null : subjectType.attribute("code");
        String classification = subjectType == null ? null : subjectType.attribute("classificationCode");
        if ("person".equalsIgnoreCase(code) || (code == null && "P".equalsIgnoreCase(classification))) {
            return Schema.PERSON;
        }
        if (!"enterprise".equalsIgnoreCase(code) && !(code == null && "E".equalsIgnoreCase(classification))) {
            warnings.add("unknown subjectType '" + code + "' read as a legal entity");
        }
        return Schema.LEGAL_ENTITY;
    }

    private static Name name(XmlNode alias, Schema schema) {
        String first = NameText.name(alias.attribute("firstName"));
        String middle = NameText.name(alias.attribute("middleName"));
        String last = NameText.name(alias.attribute("lastName"));
        String whole = NameText.name(alias.attribute("wholeName"));
        boolean weak = "false".equalsIgnoreCase(alias.attribute("strong")) || isLowQuality(alias);
        NameStrength strength = weak ? NameStrength.WEAK : NameStrength.ALIAS;
        if (whole == null && first == null && last == null) {
            return null;
        }
        if (schema != Schema.PERSON) {
            return Name.of(whole != null ? whole : String.join(" ", nonNull(first, middle, last)), strength);
        }
        if (whole == null) {
            return Name.ofParts(first, middle, last, strength);
        }
        return new Name(whole, first, middle, last, strength);
    }

    private static boolean isLowQuality(XmlNode alias) {
        for (XmlNode remark : alias.children("remark")) {
            String r = NameText.collapse(remark.text());
            if (r != null && r.toLowerCase(Locale.ROOT).contains("low quality")) {
                return true;
            }
        }
        return false;
    }

    private static void birthDate(XmlNode b, String id, Warnings warnings, List<BirthDate> out) {
        boolean circa = "true".equalsIgnoreCase(b.attribute("circa"));
        String date = b.attribute("birthdate");
        String year = b.attribute("year");
        String from = b.attribute("yearRangeFrom");
        String to = b.attribute("yearRangeTo");
        try {
            if (date != null) {
                BirthDate d = BirthDate.parse(date);
                out.add(circa ? new BirthDate(d.fromYear(), d.toYear(), d.month(), d.day(), true) : d);
            } else if (year != null) {
                int y = Integer.parseInt(year);
                int month = number(b, "monthOfYear", "month");
                int day = month == 0 ? 0 : number(b, "dayOfMonth", "day");
                out.add(new BirthDate(y, y, month, day, circa));
            } else if (from != null && to != null) {
                int f = Integer.parseInt(from);
                int t = Integer.parseInt(to);
                out.add(f == t ? new BirthDate(f, f, 0, 0, circa) : new BirthDate(f, t, 0, 0, circa));
            } else if (from != null || to != null) {
                warnings.add("entry " + id + ": open year range "
                        + (from != null ? "from " + from : "to " + to) + " skipped");
            }
        } catch (IllegalArgumentException e) {
            warnings.add("entry " + id + ": birth date skipped: " + e.getMessage());
        }
    }

    private static int number(XmlNode node, String name, String alternative) {
        String v = node.attribute(name);
        if (v == null) {
            v = node.attribute(alternative);
        }
        return v == null ? 0 : Integer.parseInt(v);
    }

    private static String place(XmlNode b) {
        List<String> parts = new ArrayList<>();
        for (String a : new String[] {"place", "city", "region", "countryDescription"}) {
            String v = b.attribute(a);
            if (v != null && !v.equalsIgnoreCase("UNKNOWN") && !parts.contains(v)) {
                parts.add(v);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static void addCountry(XmlNode node, String what, Set<String> countries, Warnings warnings) {
        String code = country(node, what, warnings);
        if (code != null) {
            countries.add(code);
        }
    }

    /** The node's country: its ISO code, else its description; "00" and "UNKNOWN" are none. */
    private static String country(XmlNode node, String what, Warnings warnings) {
        String code = node.attribute("countryIso2Code");
        String description = node.attribute("countryDescription");
        if ("00".equals(code)) {
            code = null;
        }
        if ("UNKNOWN".equalsIgnoreCase(description)) {
            description = null;
        }
        if (code == null && description == null) {
            return null;
        }
        String iso = code != null ? Countries.toIso2(code) : null;
        if (iso == null && description != null) {
            iso = Countries.fromName(description);
        }
        if (iso == null) {
            warnings.add("unknown " + what + " '" + (code != null ? code : description) + "'");
        }
        return iso;
    }

    private static void identifier(XmlNode node, Warnings warnings, List<Identifier> out) {
        String number = node.attribute("number");
        if (number == null) {
            number = node.attribute("latinNumber");
        }
        if (number == null) {
            return;
        }
        String type = node.attribute("identificationTypeDescription");
        if (type == null) {
            type = node.attribute("identificationTypeCode");
        }
        out.add(new Identifier(type, number, country(node, "document country", warnings)));
    }

    private static List<String> programmes(XmlNode node) {
        Set<String> out = new LinkedHashSet<>();
        for (XmlNode r : node.children("regulation")) {
            addIfPresent(out, r.attribute("programme"));
        }
        return List.copyOf(out);
    }

    /** The designation date, else the earliest regulation publication date. */
    private static String listedOn(XmlNode node) {
        String date = node.attribute("designationDate");
        if (date != null) {
            return date;
        }
        String earliest = null;
        for (XmlNode r : node.children("regulation")) {
            String p = r.attribute("publicationDate");
            if (p != null && (earliest == null || p.compareTo(earliest) < 0)) {
                earliest = p;
            }
        }
        return earliest;
    }

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            addIfPresent(out, v);
        }
        return out;
    }

    private static void addIfPresent(Collection<String> out, String value) {
        if (value != null && !value.isBlank()) {
            out.add(value);
        }
    }
}
