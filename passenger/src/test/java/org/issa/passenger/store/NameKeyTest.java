package org.issa.passenger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Names meet whatever their accents, case and punctuation; the one-pass form of plain ASCII gives the general form's key. */
class NameKeyTest {

    @Test
    void namesMeetAcrossAccentsCaseAndPunctuation() {
        assertThat(NameKey.of("Müller", "Jürgen")).isEqualTo("MULLER JURGEN");
        assertThat(NameKey.of("MULLER/", "JURGEN")).isEqualTo("MULLER JURGEN");
        assertThat(NameKey.normalise("  o'Brien -- Ann-Marie  ")).isEqualTo("O BRIEN ANN MARIE");
        assertThat(NameKey.normalise("Łukasz Żółć")).isEqualTo(NameKey.slow("Łukasz Żółć"));
        assertThat(NameKey.normalise("")).isEmpty();
        assertThat(NameKey.normalise(" -/ ")).isEmpty();
    }

    @Test
    void theAsciiFormIsTheGeneralFormOnEveryAsciiText() {
        Random random = new Random(681);
        for (int i = 0; i < 100_000; i++) {
            char[] text = new char[random.nextInt(24)];
            for (int k = 0; k < text.length; k++) {
                text[k] = (char) random.nextInt(0x80);
            }
            String s = new String(text);
            assertThat(NameKey.normalise(s)).as(s).isEqualTo(NameKey.slow(s));
        }
    }
}
