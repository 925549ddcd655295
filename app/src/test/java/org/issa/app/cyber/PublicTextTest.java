package org.issa.app.cyber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.issa.app.cyber.report.PublicForm;
import org.issa.core.security.Role;
import org.issa.cyber.advisory.Audience;
import org.issa.cyber.advisory.Sector;
import org.issa.cyber.advisory.Severity;
import org.issa.cyber.report.ReportStatus;
import org.issa.cyber.report.ReporterType;
import org.issa.cyber.report.Sectors;
import org.issa.cyber.report.rsit.RsitTaxonomy;
import org.junit.jupiter.api.Test;

/**
 * The public pages' one catalogue: the three languages hold the same keys, and every value a public
 * page shows (enum constants, report sectors, RSIT classes and types) has its own label in each of
 * them, so that a missing translation fails here instead of showing a raw key or English text.
 */
class PublicTextTest {

    /** The enums whose values the public pages render. */
    static final List<Class<? extends Enum<?>>> SHOWN = List.of(Severity.class, Audience.class, Sector.class, ReporterType.class,
            ReportStatus.class);

    /** Words that are the same in English and the other language (checked by hand), per language. */
    static final Map<String, Set<String>> SAME_WORD = Map.of(
            "fr", Set.of("rsit.intrusions", "rsit.availability.sabotage", "rsit.test", "rsit.test.test"),
            "de", Set.of("rsit.availability.sabotage", "rsit.fraud.phishing", "rsit.test", "rsit.test.test"));

    static Properties bundle(String lang) {
        String name = "/i18n/cyber-public" + (lang.equals("en") ? "" : "_" + lang) + ".properties";
        try (InputStream in = PublicTextTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every key of a label the public pages show. */
    static List<String> labelKeys() {
        List<String> keys = new ArrayList<>();
        for (Class<? extends Enum<?>> type : SHOWN) {
            for (Enum<?> value : type.getEnumConstants()) {
                keys.add(PublicText.labelKey(value));
            }
        }
        for (ReportStatus s : ReportStatus.values()) {
            keys.add(PublicText.labelKey(s) + ".help");
        }
        Sectors.CODES.forEach(code -> keys.add("sector." + code));
        for (RsitTaxonomy.RsitClass c : RsitTaxonomy.builtIn().classes()) {
            keys.add(PublicText.rsitKey(c.value()));
            c.types().forEach(t -> keys.add(PublicText.rsitKey(t)));
        }
        return keys;
    }

    @Test
    void datesAndColonsAreWrittenAsEachLanguageWritesThem() {
        java.time.Instant at = java.time.Instant.parse("2026-11-29T06:43:10Z");
        assertThat(PublicText.of("en").day(at)).isEqualTo("November 29, 2026");
        assertThat(PublicText.of("fr").day(at)).isEqualTo("29 novembre 2026");
        assertThat(PublicText.of("de").day(at)).isEqualTo("29. November 2026");
        assertThat(PublicText.of("fr").time(at)).isEqualTo("29 novembre 2026, 06:43 UTC");
        assertThat(PublicText.of("de").day(null)).isEmpty();
        assertThat(PublicText.of("fr").colon()).isEqualTo("\u202F: ");
        assertThat(PublicText.of("de").colon()).isEqualTo(": ");
    }

    @Test
    void theThreeLanguagesHoldTheSameKeys() {
        Set<String> en = new TreeSet<>(bundle("en").stringPropertyNames());
        assertThat(en).hasSizeGreaterThan(200);
        assertThat(new TreeSet<>(bundle("fr").stringPropertyNames())).as("French keys").isEqualTo(en);
        assertThat(new TreeSet<>(bundle("de").stringPropertyNames())).as("German keys").isEqualTo(en);
    }

    @Test
    void everyValueAPublicPageShowsHasALabelInEveryLanguage() {
        List<String> keys = labelKeys();
        assertThat(keys).hasSizeGreaterThan(100).doesNotHaveDuplicates();
        Properties en = bundle("en");
        for (String lang : PublicText.LANGUAGES) {
            Properties p = bundle(lang);
            for (String key : keys) {
                assertThat(p.getProperty(key)).as(lang + ": " + key).isNotBlank();
                if (!lang.equals("en") && !SAME_WORD.get(lang).contains(key)) {
                    assertThat(p.getProperty(key)).as(lang + ": " + key + " is still English").isNotEqualTo(en.getProperty(key));
                }
            }
        }
    }

    @Test
    void theCatalogueGivesTheLabelNotTheKey() {
        assertThat(PublicText.of("fr").label(Severity.HIGH)).isEqualTo("Élevée");
        assertThat(PublicText.of("de").label(Audience.CITIZENS)).isEqualTo("Bürgerinnen und Bürger");
        assertThat(PublicText.of("en").label(Sector.GENERAL)).isEqualTo("Households and everyday use");
        assertThat(PublicText.of("de").label(ReportStatus.NEW)).isEqualTo("Eingegangen, noch nicht gelesen");
        RsitTaxonomy.RsitType phishing = RsitTaxonomy.builtIn().require("fraud", "phishing");
        assertThat(PublicText.of("fr").rsit(phishing)).isEqualTo("Fraude — Hameçonnage (phishing)");
        assertThat(PublicText.of("xx").lang()).isEqualTo("en");
        assertThat(PublicText.of((String) null).lang()).isEqualTo("en");
        assertThatThrownBy(() -> PublicText.labelKey(Role.ANALYST)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEnglishLabelsAreTheOnesThePagesShowedBefore() {
        Properties en = bundle("en");
        for (Severity s : Severity.values()) {
            assertThat(en.getProperty(PublicText.labelKey(s))).isEqualTo(s.label());
        }
        for (Audience a : Audience.values()) {
            assertThat(en.getProperty(PublicText.labelKey(a))).isEqualTo(a.label());
        }
        for (Sector s : Sector.values()) {
            assertThat(en.getProperty(PublicText.labelKey(s))).isEqualTo(s.label());
        }
        for (RsitTaxonomy.RsitClass c : RsitTaxonomy.builtIn().classes()) {
            assertThat(en.getProperty(PublicText.rsitKey(c.value()))).isEqualTo(c.expanded());
            c.types().forEach(t -> assertThat(en.getProperty(PublicText.rsitKey(t))).isEqualTo(t.expanded()));
        }
    }

    @Test
    void theFormOffersEveryReporterType() {
        assertThat(PublicForm.REPORTER_TYPES).containsExactly(ReporterType.values());
    }

    /** MessageFormat drops a plain apostrophe; the catalogue uses the typographic one (’) throughout. */
    @Test
    void noPlainApostrophes() {
        for (String lang : PublicText.LANGUAGES) {
            Properties p = bundle(lang);
            Stream<String> bad = p.stringPropertyNames().stream().filter(k -> p.getProperty(k).contains("'"));
            assertThat(bad).as(lang).isEmpty();
        }
    }
}
