package org.issa.matching.lists;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Country names and codes to ISO 3166-1 alpha-2. Knows the English names of
 * {@link Locale#getISOCountries()} (as the JDK spells them), ISO alpha-3 codes, the UN's official
 * spellings ("Iran (Islamic Republic of)", "Democratic People's Republic of Korea", "Viet Nam",
 * "Türkiye"…), ISO's inverted forms ("Korea, Republic of") and a few common short names.
 * Comparison ignores case, accents, punctuation, "&amp;" versus "and", "St." versus "Saint" and a
 * leading "the". Kosovo is {@code XK}, the code the EU and FollowTheMoney use.
 */
public final class Countries {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    private static final Set<String> CODES = new HashSet<>();
    private static final Map<String, String> ALPHA3 = new HashMap<>();
    private static final Map<String, String> NAMES = new HashMap<>();

    /** Names the JDK does not give, or gives differently: UN, ISO and everyday spellings. */
    private static final String[][] EXTRA_NAMES = {
        {"IR", "Iran (Islamic Republic of)", "Iran, Islamic Republic of", "Islamic Republic of Iran"},
        {"KP", "Democratic People's Republic of Korea", "Korea, Democratic People's Republic of", "DPRK", "North Korea"},
        {"KR", "Republic of Korea", "Korea, Republic of", "South Korea"},
        {"SY", "Syrian Arab Republic", "Syria"},
        {"RU", "Russian Federation", "Russia"},
        {"TZ", "United Republic of Tanzania", "Tanzania, United Republic of"},
        {"LY", "Libya", "Libyan Arab Jamahiriya"},
        {"TR", "Türkiye", "Turkey"},
        {"VN", "Viet Nam", "Vietnam"},
        {"BO", "Bolivia (Plurinational State of)", "Bolivia, Plurinational State of"},
        {"VE", "Venezuela (Bolivarian Republic of)", "Venezuela, Bolivarian Republic of"},
        {"CD", "Democratic Republic of the Congo", "Congo, The Democratic Republic of the", "DR Congo", "DRC", "Congo-Kinshasa"},
        {"CG", "Congo", "Republic of the Congo", "Congo-Brazzaville"},
        {"GB", "United Kingdom of Great Britain and Northern Ireland", "United Kingdom", "Great Britain", "UK"},
        {"US", "United States of America", "United States", "USA"},
        {"PS", "State of Palestine", "Palestine, State of", "Palestine", "Occupied Palestinian Territory"},
        {"HK", "China, Hong Kong Special Administrative Region", "Hong Kong", "Hong Kong SAR"},
        {"MO", "China, Macao Special Administrative Region", "Macao", "Macau"},
        {"TW", "Taiwan, Province of China", "Taiwan"},
        {"LA", "Lao People's Democratic Republic", "Laos"},
        {"MD", "Republic of Moldova", "Moldova, Republic of", "Moldova"},
        {"FM", "Micronesia (Federated States of)", "Micronesia, Federated States of"},
        {"CI", "Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"},
        {"CV", "Cabo Verde", "Cape Verde"},
        {"CZ", "Czechia", "Czech Republic"},
        {"SZ", "Eswatini", "Swaziland"},
        {"MK", "North Macedonia", "The former Yugoslav Republic of Macedonia", "Macedonia"},
        {"MM", "Myanmar", "Burma"},
        {"BN", "Brunei Darussalam", "Brunei"},
        {"VA", "Holy See", "Vatican City", "Vatican"},
        {"TL", "Timor-Leste", "East Timor"},
        {"AE", "United Arab Emirates", "UAE"},
        {"VG", "British Virgin Islands", "Virgin Islands (British)", "Virgin Islands, British"},
        {"VI", "United States Virgin Islands", "Virgin Islands (U.S.)"},
        {"NL", "Netherlands", "Netherlands (Kingdom of the)", "Holland"},
        {"GM", "Gambia"},
        {"BS", "Bahamas"},
        {"XK", "Kosovo"},
    };

    static {
        for (String code : Locale.getISOCountries()) {
            Locale locale = Locale.of("", code);
            CODES.add(code);
            ALPHA3.put(locale.getISO3Country(), code);
            NAMES.put(key(locale.getDisplayCountry(Locale.ENGLISH)), code);
        }
        CODES.add("XK");
        ALPHA3.put("XKX", "XK");
        for (String[] row : EXTRA_NAMES) {
            for (int i = 1; i < row.length; i++) {
                NAMES.put(key(row[i]), row[0]);
            }
        }
    }

    private Countries() {
    }

    /**
     * The ISO alpha-2 code of a country given as an alpha-2 or alpha-3 code (any case) or as an
     * English name; null when it is none of these.
     */
    public static String toIso2(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return null;
        }
        String t = nameOrCode.strip();
        String upper = t.toUpperCase(Locale.ROOT);
        if (upper.length() == 2 && CODES.contains(upper)) {
            return upper;
        }
        if (upper.length() == 3 && ALPHA3.containsKey(upper)) {
            return ALPHA3.get(upper);
        }
        return fromName(t);
    }

    /**
     * The ISO alpha-2 code of a country given by its English name only, for sources whose names
     * might be mistaken for codes (the UN list writes "na" for "not available", not Namibia).
     */
    public static String fromName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String code = NAMES.get(key(name));
        if (code == null && TRAILING_PARENTHESIS.matcher(name).find()) {
            code = NAMES.get(key(TRAILING_PARENTHESIS.matcher(name).replaceAll("")));
        }
        return code;
    }

    static String key(String name) {
        String t = Normalizer.normalize(name, Normalizer.Form.NFKD);
        t = MARKS.matcher(t).replaceAll("").toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace("&", " and ").replace("st. ", "saint ");
        t = NON_WORD.matcher(t).replaceAll(" ").strip();
        if (t.startsWith("the ")) {
            t = t.substring(4);
        }
        if (t.startsWith("st ")) {
            t = "saint " + t.substring(3);
        }
        return t;
    }
}
