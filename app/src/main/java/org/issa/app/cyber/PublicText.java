package org.issa.app.cyber;

import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.issa.cyber.advisory.Audience;
import org.issa.cyber.advisory.Sector;
import org.issa.cyber.advisory.Severity;
import org.issa.cyber.report.ReportStatus;
import org.issa.cyber.report.ReporterType;
import org.issa.cyber.report.rsit.RsitTaxonomy;

/**
 * The one text catalogue of the public pages (the report form and its status page, the advisories and
 * the subscription pages), in the visitor's language: {@code ?lang=} when given (the switcher), else
 * the best of English, French and German in Accept-Language, else English. All strings, including the
 * labels of the enum values these pages show, live in {@code i18n/cyber-public*.properties}.
 */
public final class PublicText {

    public static final List<String> LANGUAGES = List.of("en", "fr", "de");
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN);
    private static final java.util.Map<String, DateTimeFormatter> DAYS = LANGUAGES.stream().collect(java.util.stream.Collectors.toMap(
            l -> l, l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(l)).withZone(ZoneOffset.UTC)));
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private final String lang;
    private final ResourceBundle bundle;

    private PublicText(String lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("i18n.cyber-public", Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static PublicText of(String lang) {
        return new PublicText(lang != null && LANGUAGES.contains(lang) ? lang : "en");
    }

    public static PublicText of(HttpServletRequest request, String requested) {
        String first = requested == null ? null : requested.split(",", 2)[0].strip();
        if (first != null && LANGUAGES.contains(first)) {
            return of(first);
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank() && header.length() < 500) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (best != null) {
                    return of(best.getLanguage());
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header: English
            }
        }
        return of("en");
    }

    public String lang() {
        return lang;
    }

    public String t(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String t(String key, Object... args) {
        return new MessageFormat(t(key), Locale.forLanguageTag(lang)).format(args);
    }

    /** The label of an enum value a public page shows, in this language. */
    public String label(Enum<?> value) {
        return t(labelKey(value));
    }

    /**
     * The catalogue key of an enum value's label: one place, used by the pages and by the test that
     * every value has a label in every language.
     *
     * @throws IllegalArgumentException for an enum no public page shows
     */
    public static String labelKey(Enum<?> value) {
        return switch (value) {
            case Severity s -> "severity." + s.name();
            case Audience a -> "audience." + a.name();
            case Sector s -> "advisory.sector." + s.name();
            case ReporterType r -> "who." + r.name();
            case ReportStatus s -> "status." + s.name();
            default -> throw new IllegalArgumentException("no public label for " + value.getDeclaringClass().getName());
        };
    }

    /** The catalogue key of an RSIT class's label. */
    public static String rsitKey(String classValue) {
        return "rsit." + classValue;
    }

    /** The catalogue key of an RSIT type's label. */
    public static String rsitKey(RsitTaxonomy.RsitType type) {
        return "rsit." + type.classValue() + "." + type.value();
    }

    /** An RSIT class and type as the public reads them, for example "Fraud — Phishing". */
    public String rsit(RsitTaxonomy.RsitType type) {
        return t(rsitKey(type.classValue())) + " — " + t(rsitKey(type));
    }

    /** A day written as this language writes it ("29 novembre 2026", "29. November 2026"), in UTC. */
    public String day(Instant at) {
        return at == null ? "" : DAYS.get(lang).format(at);
    }

    /** A day and a time in UTC ("29 novembre 2026, 06:43 UTC"). */
    public String time(Instant at) {
        return at == null ? "" : day(at) + ", " + HOURS.format(at) + " UTC";
    }

    /** The colon after a label: French puts a narrow no-break space before it. */
    public String colon() {
        return "fr".equals(lang) ? "\u202F: " : ": ";
    }

    /** A country's name in this language. */
    public String country(String code) {
        return Locale.of("", code).getDisplayCountry(Locale.forLanguageTag(lang));
    }

    /** The name of a language in itself, for the switcher. */
    public static String nativeName(String lang) {
        Locale l = Locale.forLanguageTag(lang);
        String n = l.getDisplayLanguage(l);
        return n.substring(0, 1).toUpperCase(l) + n.substring(1);
    }
}
