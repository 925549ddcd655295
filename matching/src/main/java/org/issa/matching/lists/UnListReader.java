package org.issa.matching.lists;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.NameStrength;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;

/**
 * Reads the UN Security Council Consolidated List XML ({@code <CONSOLIDATED_LIST dateGenerated>}),
 * streaming it entry by entry. Individuals become persons and entities legal entities, with id
 * {@code REFERENCE_NUMBER} (else {@code DATAID}).
 *
 * <p>Names: {@code FIRST_NAME}…{@code FOURTH_NAME} are ordered parts, not given and family names
 * (for Korean entries the first part is the family name), so the primary name is the parts joined
 * in order, without parts. The original-script name is an alias. Alias quality "Good", "a.k.a."
 * and "f.k.a." give aliases, "Low" weak aliases. Empty placeholder aliases are skipped, double
 * quotes (typographic or not) removed, and names joined by ";" split. An entity's name or alias
 * with an acronym in parentheses, "GREAT LAKES BUSINESS COMPANY (GLBC)", gives the name without the
 * parenthesis and the acronym as a weak alias.
 *
 * <p>Dates of birth: {@code DATE} (day precision), {@code YEAR}, {@code APPROXIMATELY} (circa) and
 * {@code BETWEEN} {@code FROM_YEAR}/{@code TO_YEAR} (a range). Countries: the nationalities, then
 * the address countries, English names mapped by {@link Countries}; an unknown name is a warning.
 */
public final class UnListReader implements ListReader {

    /** This reader's format name. */
    public static final String FORMAT = "un";

    private final ListLimits limits;

    public UnListReader() {
        this(ListLimits.DEFAULT);
    }

    public UnListReader(ListLimits limits) {
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
            if (!xml.next() || !xml.localName().equals("CONSOLIDATED_LIST")) {
                throw xml.error("not a UN consolidated list: the root element must be <CONSOLIDATED_LIST>");
            }
            String version = xml.attribute("dateGenerated");
            while (xml.next()) {
                if (!xml.isStart()) {
                    continue;
                }
                String name = xml.localName();
                if (name.equals("INDIVIDUAL") || name.equals("ENTITY")) {
                    entries.add(subject(xml.readNode(), name.equals("INDIVIDUAL"), warnings));
                    limits.checkEntries(entries.size());
                }
            }
            return new ListDocument(FORMAT, version, entries, warnings.toList());
        }
    }

    private static Subject subject(XmlNode node, boolean person, Warnings warnings) {
        String reference = node.text("REFERENCE_NUMBER");
        String dataId = node.text("DATAID");
        String id = reference != null ? reference : dataId;
        if (id == null) {
            throw new ListFormatException("entry without REFERENCE_NUMBER or DATAID at " + node.position());
        }
        NameList names = new NameList();
        if (person) {
            addPrimaryPersonName(node, names);
        } else {
            addOrganisationNames(node.text("FIRST_NAME"), NameStrength.PRIMARY, names);
        }
        if (names.isEmpty()) {
            throw new ListFormatException("entry " + id + " has no name at " + node.position());
        }
        for (XmlNode alias : node.children(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
            addAlias(alias, person, names, warnings);
        }
        for (String original : NameText.splitNames(node.text("NAME_ORIGINAL_SCRIPT"))) {
            names.add(original, NameStrength.ALIAS);
        }
        List<BirthDate> births = new ArrayList<>();
        for (XmlNode dob : node.children("INDIVIDUAL_DATE_OF_BIRTH")) {
            birthDate(dob, id, warnings, births);
        }
        Set<String> countries = new LinkedHashSet<>();
        for (String nationality : node.values("NATIONALITY")) {
            addCountry(nationality, "nationality", countries, warnings);
        }
        for (XmlNode address : node.children(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
            addCountry(address.text("COUNTRY"), "address country", countries, warnings);
        }
        List<Identifier> identifiers = new ArrayList<>();
        for (XmlNode document : node.children("INDIVIDUAL_DOCUMENT")) {
            identifier(document, warnings, identifiers);
        }
        return new Subject(id, person ? Schema.PERSON : Schema.LEGAL_ENTITY, names.toList(), births,
                List.copyOf(countries), Gender.parse(node.text("GENDER")), identifiers, details(node, reference, dataId));
    }

    private static void addPrimaryPersonName(XmlNode node, NameList names) {
        StringBuilder full = new StringBuilder();
        for (String part : new String[] {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"}) {
            String p = NameText.name(node.text(part));
            if (p != null) {
                full.append(full.isEmpty() ? "" : " ").append(p);
            }
        }
        names.add(full.toString(), NameStrength.PRIMARY);
    }

    private static void addOrganisationNames(String text, NameStrength strength, NameList names) {
        boolean first = true;
        for (String part : NameText.splitNames(text)) {
            NameText.Acronyms a = NameText.acronyms(part);
            names.add(a.name(), first ? strength : weaker(strength));
            for (String acronym : a.acronyms()) {
                names.add(acronym, NameStrength.WEAK);
            }
            first = false;
        }
    }

    /** The further names of "A ; B" are aliases even when A is the primary name. */
    private static NameStrength weaker(NameStrength s) {
        return s == NameStrength.PRIMARY ? NameStrength.ALIAS : s;
    }

    private static void addAlias(XmlNode alias, boolean person, NameList names, Warnings warnings) {
        String text = alias.text("ALIAS_NAME");
        if (NameText.name(text) == null) {
            return;
        }
        String quality = alias.text("QUALITY");
        NameStrength strength = switch (quality == null ? "" : quality.toLowerCase(Locale.ROOT)) {
            case "low" -> NameStrength.WEAK;
            case "good", "a.k.a.", "f.k.a.", "" -> NameStrength.ALIAS;
            default -> {
                warnings.add("unknown alias quality '" + quality + "' read as a good alias");
                yield NameStrength.ALIAS;
            }
        };
        if (person) {
            for (String n : NameText.splitNames(text)) {
                names.add(n, strength);
            }
        } else {
            addOrganisationNames(text, strength, names);
        }
    }

    private static void birthDate(XmlNode dob, String id, Warnings warnings, List<BirthDate> out) {
        String type = dob.text("TYPE_OF_DATE");
        boolean circa = "APPROXIMATELY".equalsIgnoreCase(type);
        String date = dob.text("DATE");
        String year = dob.text("YEAR");
        String from = dob.text("FROM_YEAR");
        String to = dob.text("TO_YEAR");
        try {
            if (from != null || to != null) {
                int f = Integer.parseInt(from != null ? from : to);
                int t = Integer.parseInt(to != null ? to : from);
                out.add(f == t ? new BirthDate(f, f, 0, 0, circa) : BirthDate.range(f, t));
            } else if (date != null) {
                BirthDate d = BirthDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
                out.add(circa ? new BirthDate(d.fromYear(), d.toYear(), d.month(), d.day(), true) : d);
            } else if (year != null) {
                out.add(new BirthDate(Integer.parseInt(year), Integer.parseInt(year), 0, 0, circa));
            }
        } catch (IllegalArgumentException e) {
            warnings.add("entry " + id + ": date of birth skipped: " + e.getMessage());
        }
    }

    private static void addCountry(String name, String what, Set<String> countries, Warnings warnings) {
        if (name == null) {
            return;
        }
        String code = Countries.fromName(name);
        if (code == null) {
            warnings.add("unknown " + what + " '" + name + "'");
        } else {
            countries.add(code);
        }
    }

    private static void identifier(XmlNode document, Warnings warnings, List<Identifier> out) {
        String number = NameText.collapse(document.text("NUMBER"));
        if (number == null) {
            return;
        }
        String type = documentType(document.text("TYPE_OF_DOCUMENT"), document.text("TYPE_OF_DOCUMENT2"));
        String countryName = document.text("ISSUING_COUNTRY");
        if (countryName == null) {
            countryName = document.text("COUNTRY_OF_ISSUE");
        }
        String country = Countries.fromName(countryName);
        if (countryName != null && country == null) {
            warnings.add("unknown document country '" + countryName + "'");
        }
        out.add(new Identifier(type, number, country));
    }

    private static String documentType(String main, String more) {
        String a = trimColon(main);
        String b = trimColon(more);
        if (a == null || b == null || a.equalsIgnoreCase(b)) {
            return a != null ? a : b;
        }
        return a + " (" + b + ")";
    }

    private static String trimColon(String s) {
        if (s == null) {
            return null;
        }
        String t = s.endsWith(":") ? s.substring(0, s.length() - 1) : s;
        return NameText.collapse(t);
    }

    private static Map<String, String> details(XmlNode node, String reference, String dataId) {
        return new Details()
                .put("list type", node.text("UN_LIST_TYPE"))
                .put("reference", reference)
                .put("data id", dataId)
                .put("listed on", listedOn(node.text("LISTED_ON")))
                .put("designation", String.join("; ", node.values("DESIGNATION")))
                .put("title", String.join("; ", node.values("TITLE")))
                .put("place of birth", placesOfBirth(node))
                .put("comments", NameText.detail(node.text("COMMENTS1")))
                .toMap();
    }

    /** "2015-07-01-04:00" (a zone offset after the date) is read as 2015-07-01. */
    static String listedOn(String text) {
        if (text != null && text.length() > 10 && text.matches("\\d{4}-\\d{2}-\\d{2}.+")) {
            return text.substring(0, 10);
        }
        return text;
    }

    private static String placesOfBirth(XmlNode node) {
        List<String> places = new ArrayList<>();
        for (XmlNode p : node.children("INDIVIDUAL_PLACE_OF_BIRTH")) {
            List<String> parts = new ArrayList<>();
            for (String part : new String[] {"CITY", "STATE_PROVINCE", "COUNTRY"}) {
                String t = p.text(part);
                if (t != null) {
                    parts.add(t);
                }
            }
            if (!parts.isEmpty()) {
                places.add(String.join(", ", parts));
            }
        }
        return String.join("; ", places);
    }
}
