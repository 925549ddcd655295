package org.issa.matching.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ListLimitsTest {

    private static final ListLimits SMALL = new ListLimits(4096, 1000);

    /** A stream that claims to be endless: a valid start, then the same bytes for ever. */
    static final class EndlessStream extends InputStream {
        private final byte[] start;
        private final byte[] repeat;
        long served;

        EndlessStream(String start, String repeat) {
            this.start = start.getBytes(StandardCharsets.UTF_8);
            this.repeat = repeat.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            byte b = served < start.length ? start[(int) served] : repeat[(int) ((served - start.length) % repeat.length)];
            served++;
            return b & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = (byte) read();
            }
            return length;
        }

        @Override
        public int available() {
            return Integer.MAX_VALUE;
        }
    }

    static Stream<Arguments> endless() {
        return Stream.of(
                Arguments.of(new UnListReader(SMALL), "<CONSOLIDATED_LIST><INDIVIDUALS>", "<!-- padding -->\n"),
                Arguments.of(new EuListReader(SMALL), "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\">", "    \n"),
                Arguments.of(new FtmReader(SMALL), "", "\n"),
                Arguments.of(new CsvListReader(null, SMALL), "id,name\n", "\n"));
    }

    @ParameterizedTest
    @MethodSource("endless")
    void failsFastOnAnEndlessStream(ListReader reader, String start, String repeat) {
        EndlessStream in = new EndlessStream(start, repeat);
        assertThatThrownBy(() -> reader.read(in))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("list file exceeds 4096 bytes (the configured maximum)");
        assertThat(in.served).isLessThanOrEqualTo(4097);
    }

    @Test
    void failsWhenAFileHasTooManyEntries() {
        ListLimits two = new ListLimits(1 << 20, 2);
        assertThatThrownBy(() -> new CsvListReader(null, two).read(Fixtures.utf8("name\nA\nB\nC\n")))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("list has more than 2 entries (the configured maximum)");
        assertThatThrownBy(() -> new UnListReader(new ListLimits(1 << 20, 8)).read(Fixtures.resource("un-sample.xml")))
                .hasMessage("list has more than 8 entries (the configured maximum)");
        assertThat(new UnListReader(new ListLimits(1 << 20, 9)).read(Fixtures.resource("un-sample.xml")).entries()).hasSize(9);
    }

    @Test
    void refusesAFileJustOverTheByteLimit() {
        assertThatThrownBy(() -> new EuListReader(new ListLimits(1000, 10)).read(Fixtures.resource("eu-sample.xml")))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("list file exceeds 1000 bytes (the configured maximum)");
    }

    @Test
    void refusesLimitsThatAreNotPositive() {
        assertThatThrownBy(() -> new ListLimits(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ListLimits.DEFAULT.maxBytes()).isEqualTo(256L * 1024 * 1024);
        assertThat(ListLimits.DEFAULT.maxEntries()).isEqualTo(2_000_000);
    }
}
