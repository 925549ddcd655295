package org.issa.app.cyber.report;

import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.issa.cyber.report.ReportValidation;

/**
 * The public pages' texts in the visitor's language: {@code ?lang=} when given (the switcher), else
 * the best of English, French and German in Accept-Language, else English. All strings live in
 * {@code i18n/cyber-report*.properties}.
 */
public final class PublicText {

    public static final List<String> LANGUAGES = List.of("en", "fr", "de");
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN);

    private final String lang;
    private final ResourceBundle bundle;

    private PublicText(String lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("i18n.cyber-report", Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static PublicText of(String lang) {
        return new PublicText(ReportValidation.LANGUAGES.contains(lang) ? lang : "en");
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
