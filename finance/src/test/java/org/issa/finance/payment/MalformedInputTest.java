package org.issa.finance.payment;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Damaged copies of the real samples (bytes deleted, duplicated, replaced, cut off; seeded, so a
 * failure repeats) are either read or refused with a {@link PaymentFileException}: never a
 * NullPointerException, an index error or any other unexpected exception.
 */
class MalformedInputTest {

    private static final int MUTANTS = Integer.getInteger("issa.mutants", 400);

    @ParameterizedTest
    @CsvSource({
        "pacs008, pacs.008.001.07-prowide.xml",
        "camt053, camt.053.001.04-postfinance.xml",
        "mt103, MT103-bulk-with-ack.rje",
        "goaml, goaml-4.0-str-issa.xml",
        "goaml, goaml-4.0-involved-parties-issa.xml"})
    void damagedFilesAreReadOrRefusedWithTheReason(String format, String sample) throws IOException {
        byte[] original;
        try (InputStream in = getClass().getResourceAsStream("/payments/" + sample)) {
            original = in.readAllBytes();
        }
        Random random = new Random(sample.hashCode());
        int refused = 0;
        for (int i = 0; i < MUTANTS; i++) {
            byte[] mutant = mutate(original, random);
            try {
                PaymentFiles.read(new ByteArrayInputStream(mutant), "m", PaymentFormat.parse(format), PaymentColumns.defaults(), p -> { });
            } catch (PaymentFileException e) {
                refused++;
                assertTrue(e.getMessage().startsWith("m"), e.getMessage());
            } catch (RuntimeException e) {
                fail("mutant " + i + " of " + sample + " threw " + e + "\n" + new String(mutant, java.nio.charset.StandardCharsets.UTF_8), e);
            }
        }
        assertTrue(refused > MUTANTS / 4, "most damaged files are refused: " + refused);
    }

    private static byte[] mutate(byte[] in, Random random) {
        byte[] out = in;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && out.length > 2; e++) {
            int at = random.nextInt(out.length);
            int len = 1 + random.nextInt(Math.min(40, out.length - at));
            out = switch (random.nextInt(5)) {
                case 0 -> concat(slice(out, 0, at), slice(out, at + len, out.length));
                case 1 -> concat(slice(out, 0, at + len), slice(out, at, out.length));
                case 2 -> {
                    byte[] copy = out.clone();
                    copy[at] = (byte) "<>/&;:{}$-,.\n 0A\"'".charAt(random.nextInt(18));
                    yield copy;
                }
                case 3 -> slice(out, 0, at);
                default -> {
                    byte[] copy = out.clone();
                    copy[at] = (byte) random.nextInt(256);
                    yield copy;
                }
            };
        }
        return out;
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, Math.max(from, to));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
