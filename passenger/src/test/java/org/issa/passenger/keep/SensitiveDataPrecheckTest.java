package org.issa.passenger.keep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The token pre-check of {@link SensitiveData#inText} never hides a match: on texts built around every listed word and
 * code (inflected, glued to other letters, split across separators, after "SSR", with accents), the answer with the
 * pre-check is the patterns' answer alone.
 */
class SensitiveDataPrecheckTest {

    private static final List<String> FILLER = List.of("PAX", "REQUESTS", "AISLE", "SEAT", "CTC", "PLS", "CONF", "GROUP", "1", "23",
            "HK1", "SQ", "TKNE", "WHEELS", "PRAYING", "UNIONS", "SAMESEX", "KOSHERS", "NUNS", "é", "Ö", "straße");
    private static final List<String> SEPARATORS = List.of(" ", "  ", "/", "-", ".", ",", "", "\t", "(", "1", "É");
    private static final List<String> SUFFIXES = List.of("", "", "", "E", "ER", "ES", "EN", "EM", "S", "N", "X", "1");

    @Test
    void thePreCheckNeverHidesWhatThePatternsFind() {
        List<String> terms = SensitiveData.terms();
        Random random = new Random(13_4_2016);
        int found = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(5);
            for (int k = 0; k < parts; k++) {
                String piece = switch (random.nextInt(6)) {
                    case 0, 1 -> terms.get(random.nextInt(terms.size())) + SUFFIXES.get(random.nextInt(SUFFIXES.size()));
                    case 2 -> "SSR" + SEPARATORS.get(random.nextInt(3)) + terms.get(random.nextInt(terms.size()));
                    case 3 -> FILLER.get(random.nextInt(FILLER.size())) + terms.get(random.nextInt(terms.size()));
                    default -> FILLER.get(random.nextInt(FILLER.size()));
                };
                if (random.nextInt(4) == 0) {
                    piece = piece.toLowerCase(java.util.Locale.ROOT);
                }
                text.append(piece).append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
            }
            String t = SensitiveData.normalise(text.toString());
            Optional<SensitiveCategory> patterns = SensitiveData.byPatterns(t);
            assertThat(SensitiveData.inText(text.toString())).as(text.toString()).isEqualTo(patterns);
            if (patterns.isPresent()) {
                found++;
                assertThat(SensitiveData.mayMatch(t)).as(t).isTrue();
            }
        }
        // the generator reaches both sides: texts the patterns flag and texts they clear
        assertThat(found).isBetween(20_000, 180_000);
    }

    @Test
    void plainTextsAreClearedWithoutThePatterns() {
        assertThat(SensitiveData.mayMatch("PAX REQUESTS AISLE SEAT CTC 0044 20 7946 0000")).isFalse();
        assertThat(SensitiveData.mayMatch("PASSENGER WHEELCHAIRS AT GATE")).isTrue();
        assertThat(SensitiveData.mayMatch("WHEEL CHAIR")).isTrue();
        assertThat(SensitiveData.mayMatch("HIST 12JAN SSRWCHRSQHK1")).isTrue();
        assertThat(SensitiveData.inText("Passager diabétique")).contains(SensitiveCategory.HEALTH);
        assertThat(SensitiveData.inText("window seat please")).isEmpty();
    }
}
