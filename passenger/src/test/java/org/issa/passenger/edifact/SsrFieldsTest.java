package org.issa.passenger.edifact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The hand-written SSR field splitter keeps {@code split("/", -1)}'s result, a leading slash dropped. */
class SsrFieldsTest {

    @Test
    void sameFieldsAsSplit() {
        String[] texts = {"", "/", "//", "/P/GBR/509229987/GBR/01JUL78/F/12NOV22/BELT/ISABELLE RUTH/", "P/GBR/1", "/P//1//",
            "no slash", "/a", "a/", "///x///", "/ÄÖ/ü/"};
        for (String t : texts) {
            String expected = t.startsWith("/") ? t.substring(1) : t;
            assertArrayEquals(expected.split("/", -1), PnrgovSegments.fields(t), t);
        }
    }
}
