package org.issa.passenger.keep;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises data of the special categories of Article 13(4) of Directive (EU) 2016/681: SSR codes that reveal
 * religion or health (special meals, wheelchair, medical assistance…), and words in English, French and German free
 * text. Matching is on whole words, case- and accent-insensitive; SSR codes are also found glued to the carrier code
 * as history lines write them ({@code SSR WCHRSQHK1}). It errs on the side of deletion: a remark that merely mentions
 * a listed word is deleted too.
 */
public final class SensitiveData {

    private static final Map<String, SensitiveCategory> CODES = Map.ofEntries(
            // meals revealing religion or beliefs
            Map.entry("MOML", SensitiveCategory.RELIGION_OR_BELIEFS), Map.entry("KSML", SensitiveCategory.RELIGION_OR_BELIEFS),
            Map.entry("HNML", SensitiveCategory.RELIGION_OR_BELIEFS), Map.entry("VJML", SensitiveCategory.RELIGION_OR_BELIEFS),
            Map.entry("AVML", SensitiveCategory.RELIGION_OR_BELIEFS), Map.entry("VGML", SensitiveCategory.RELIGION_OR_BELIEFS),
            Map.entry("VLML", SensitiveCategory.RELIGION_OR_BELIEFS), Map.entry("VOML", SensitiveCategory.RELIGION_OR_BELIEFS),
            Map.entry("RVML", SensitiveCategory.RELIGION_OR_BELIEFS),
            // meals revealing health
            Map.entry("DBML", SensitiveCategory.HEALTH), Map.entry("GFML", SensitiveCategory.HEALTH), Map.entry("LCML", SensitiveCategory.HEALTH),
            Map.entry("LFML", SensitiveCategory.HEALTH), Map.entry("LSML", SensitiveCategory.HEALTH), Map.entry("NLML", SensitiveCategory.HEALTH),
            Map.entry("BLML", SensitiveCategory.HEALTH), Map.entry("PFML", SensitiveCategory.HEALTH), Map.entry("LPML", SensitiveCategory.HEALTH),
            Map.entry("HFML", SensitiveCategory.HEALTH), Map.entry("NFML", SensitiveCategory.HEALTH),
            // assistance and medical
            Map.entry("WCHR", SensitiveCategory.HEALTH), Map.entry("WCHS", SensitiveCategory.HEALTH), Map.entry("WCHC", SensitiveCategory.HEALTH),
            Map.entry("WCBD", SensitiveCategory.HEALTH), Map.entry("WCBW", SensitiveCategory.HEALTH), Map.entry("WCMP", SensitiveCategory.HEALTH),
            Map.entry("WCLB", SensitiveCategory.HEALTH), Map.entry("WCOB", SensitiveCategory.HEALTH), Map.entry("MEDA", SensitiveCategory.HEALTH),
            Map.entry("BLND", SensitiveCategory.HEALTH), Map.entry("DEAF", SensitiveCategory.HEALTH), Map.entry("DPNA", SensitiveCategory.HEALTH),
            Map.entry("STCR", SensitiveCategory.HEALTH), Map.entry("OXYG", SensitiveCategory.HEALTH), Map.entry("POXY", SensitiveCategory.HEALTH),
            Map.entry("PPOC", SensitiveCategory.HEALTH), Map.entry("PRGN", SensitiveCategory.HEALTH), Map.entry("SVAN", SensitiveCategory.HEALTH),
            Map.entry("ESAN", SensitiveCategory.HEALTH), Map.entry("MEQT", SensitiveCategory.HEALTH), Map.entry("LEGB", SensitiveCategory.HEALTH),
            Map.entry("LEGL", SensitiveCategory.HEALTH), Map.entry("LEGR", SensitiveCategory.HEALTH));

    private static final Map<SensitiveCategory, List<String>> WORDS = new EnumMap<>(Map.of(
            SensitiveCategory.HEALTH, List.of("WHEELCHAIR", "WHEEL CHAIR", "FAUTEUIL ROULANT", "ROLLSTUHL", "DIABETIC", "DIABETES",
                    "DIABETIQUE", "DIABETE", "DIABETIKER", "INSULIN", "INSULINE", "PREGNANT", "PREGNANCY", "ENCEINTE", "GROSSESSE",
                    "SCHWANGER", "SCHWANGERSCHAFT", "BLIND", "AVEUGLE", "DEAF", "SOURD", "SOURDE", "GEHORLOS", "GEHOERLOS", "TAUB",
                    "OXYGEN", "OXYGENE", "SAUERSTOFF", "STRETCHER", "CIVIERE", "EPILEPSY", "EPILEPSIE", "EPILEPTIC", "HIV", "AIDS",
                    "CANCER", "KREBS", "DIALYSIS", "DIALYSE", "DISABLED", "DISABILITY", "HANDICAP", "HANDICAPE", "HANDICAPEE", "BEHINDERT",
                    "BEHINDERUNG", "ALLERGY", "ALLERGIC", "ALLERGIE", "ALLERGISCH", "ILLNESS", "MALADIE", "MALADE", "KRANK", "KRANKHEIT",
                    "HOSPITAL", "HOPITAL", "KRANKENHAUS", "DEMENTIA", "DEMENCE", "DEMENZ", "AUTISM", "AUTISTIC", "AUTISME", "AUTISMUS",
                    "CRUTCHES", "BEQUILLES", "KRUCKEN", "KRUECKEN", "MEDICATION", "MEDICAMENT", "MEDIKAMENT", "MEDIKAMENTE", "SEIZURE",
                    "PACEMAKER", "HERZSCHRITTMACHER", "STIMULATEUR CARDIAQUE", "PSYCHIATRIC", "PSYCHIATRIQUE", "PSYCHIATRISCH", "DEPRESSION",
                    "MEDICAL CERTIFICATE", "CERTIFICAT MEDICAL", "ARZTLICHES ATTEST", "AERZTLICHES ATTEST"),
            SensitiveCategory.RELIGION_OR_BELIEFS, List.of("MUSLIM", "MOSLEM", "MUSULMAN", "MUSULMANE", "MUSLIMISCH", "HALAL", "KOSHER",
                    "CASHER", "CACHER", "KOSCHER", "JEWISH", "JUIF", "JUIVE", "JUDISCH", "JUEDISCH", "HINDU", "HINDOU", "PRAY", "PRAYS",
                    "PRAYER", "PRAYERS", "PRIERE", "PRIER", "BETEN", "GEBET", "MOSQUE", "MOSQUEE", "MOSCHEE", "CHURCH", "EGLISE", "KIRCHE",
                    "SYNAGOGUE", "SYNAGOGE", "RAMADAN", "PILGRIMAGE", "PELERINAGE", "PILGERFAHRT", "HAJJ", "UMRAH", "CHRISTIAN", "CHRETIEN",
                    "CHRETIENNE", "CHRISTLICH", "BUDDHIST", "BOUDDHISTE", "BUDDHISTISCH", "SIKH", "JAIN", "RELIGIOUS", "RELIGIEUX",
                    "RELIGIEUSE", "RELIGIOS", "RELIGIOES", "RABBI", "RABBIN", "IMAM", "PRIEST", "PRETRE", "PRIESTER", "NUN", "NONNE"),
            SensitiveCategory.RACIAL_OR_ETHNIC_ORIGIN, List.of("ETHNIC", "ETHNICITY", "ETHNIQUE", "ETHNIE", "ETHNISCH", "RACIAL", "RACIALE",
                    "RASSISCH"),
            SensitiveCategory.POLITICAL_OPINIONS, List.of("POLITICAL", "POLITIQUE", "POLITISCH", "ACTIVIST", "ACTIVISTE", "AKTIVIST",
                    "PARTY MEMBER", "PARTEIMITGLIED", "MILITANT"),
            SensitiveCategory.TRADE_UNION_MEMBERSHIP, List.of("TRADE UNION", "LABOUR UNION", "LABOR UNION", "SYNDICAT", "SYNDICAL",
                    "SYNDICALISTE", "GEWERKSCHAFT", "GEWERKSCHAFTER"),
            SensitiveCategory.SEX_LIFE_OR_ORIENTATION, List.of("GAY", "LESBIAN", "LESBIENNE", "LESBISCH", "HOMOSEXUAL", "HOMOSEXUEL",
                    "HOMOSEXUELLE", "HOMOSEXUELL", "BISEXUAL", "BISEXUEL", "BISEXUELL", "TRANSGENDER", "TRANSGENRE", "QUEER",
                    "SAME SEX PARTNER", "SAME-SEX PARTNER")));

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final List<Map.Entry<SensitiveCategory, Pattern>> PATTERNS = new ArrayList<>();
    private static final Pattern CODE_IN_TEXT;
    /** Every word of every category in one pattern: most texts carry none, and one scan tells (the categories are then told apart in order). */
    private static final Pattern ANY_WORD;
    /**
     * The tokens (maximal runs of letters and digits) that can start a match of a listed word or code: the first word of
     * every listed term, with its inflected forms, and every code. A text none of whose tokens is here, and that does not
     * hold "SSR", cannot match any pattern above (each match begins with such a whole token), so the patterns need not run.
     */
    private static final java.util.Set<String> STARTS;
    private static final List<String> SUFFIXES = List.of("E", "ER", "ES", "EN", "EM", "S", "N");

    static {
        List<String> all = new ArrayList<>();
        for (var e : WORDS.entrySet()) {
            // inflected forms too: German adjective endings, French feminine and plural (GEHOERLOSER, KOSCHERES, SYNDICALE)
            String alternation = String.join("|", e.getValue().stream()
                    .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q") + "(?:E|ER|ES|EN|EM|S|N)?").toList());
            PATTERNS.add(Map.entry(e.getKey(), Pattern.compile("(?<![A-Z0-9])(?:" + alternation + ")(?![A-Z0-9])")));
            all.add(alternation);
        }
        ANY_WORD = Pattern.compile("(?<![A-Z0-9])(?:" + String.join("|", all) + ")(?![A-Z0-9])");
        String codes = String.join("|", CODES.keySet());
        // a code on its own, or glued to the carrier after "SSR" as history lines write it
        CODE_IN_TEXT = Pattern.compile("(?<![A-Z0-9])(" + codes + ")(?![A-Z0-9])|SSR\\s*(" + codes + ")");
        java.util.Set<String> starts = new java.util.HashSet<>(CODES.keySet());
        for (List<String> words : WORDS.values()) {
            for (String w : words) {
                String first = tokens(w).getFirst();
                starts.add(first);
                SUFFIXES.forEach(x -> starts.add(first + x));
            }
        }
        STARTS = java.util.Set.copyOf(starts);
    }

    private SensitiveData() {}

    /** The category an SSR code reveals, if it is one of the listed meal, assistance or medical codes. */
    public static Optional<SensitiveCategory> ofSsrCode(String code) {
        return Optional.ofNullable(CODES.get(code == null ? "" : code.trim().toUpperCase(Locale.ROOT)));
    }

    /** Whether an SSR code is a meal request (all {@code ..ML} codes: none is an Annex I item). */
    public static boolean isMealCode(String code) {
        return code != null && code.length() == 4 && code.toUpperCase(Locale.ROOT).endsWith("ML");
    }

    /** The first special category found in a free text, if any. */
    public static Optional<SensitiveCategory> inText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = normalise(text);
        if (!mayMatch(t)) {
            return Optional.empty();
        }
        return byPatterns(t);
    }

    /** Whether a normalised text has a token a listed word or code starts with, or "SSR" (codes glued after it). */
    static boolean mayMatch(String t) {
        return t.contains("SSR") || anyToken(t, STARTS::contains);
    }

    /** Whether some token of a text (a maximal run of letters and digits) passes {@code test}; tokens are tried in order. */
    private static boolean anyToken(String t, java.util.function.Predicate<String> test) {
        int start = -1;
        for (int i = 0; i <= t.length(); i++) {
            boolean word = i < t.length() && wordChar(t.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                if (test.test(t.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    /** The patterns' verdict on a normalised text, without the token pre-check (the pre-check's test compares the two). */
    static Optional<SensitiveCategory> byPatterns(String t) {
        var m = CODE_IN_TEXT.matcher(t);
        if (m.find()) {
            return Optional.of(CODES.get(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        if (!ANY_WORD.matcher(t).find()) {
            return Optional.empty();
        }
        for (var e : PATTERNS) {
            if (e.getValue().matcher(t).find()) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** Every listed word and code (for tests that generate texts around them). */
    static List<String> terms() {
        List<String> out = new ArrayList<>(CODES.keySet());
        WORDS.values().forEach(out::addAll);
        return out;
    }

    private static boolean wordChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static List<String> tokens(String t) {
        List<String> out = new ArrayList<>();
        anyToken(t, token -> !out.add(token));
        return out;
    }

    static String normalise(String text) {
        if (ascii(text)) {
            // nothing to decompose or strip (the common case of carrier text)
            return text.toUpperCase(Locale.ROOT);
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFD);
        return DIACRITICS.matcher(n).replaceAll("").toUpperCase(Locale.ROOT).replace('ß', 'S');
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
