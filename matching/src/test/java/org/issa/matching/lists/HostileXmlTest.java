package org.issa.matching.lists;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Both XML readers refuse hostile, malformed and mis-encoded documents with a clear message. */
class HostileXmlTest {

    static Stream<ListReader> readers() {
        return Stream.of(new UnListReader(), new EuListReader());
    }

    private static String root(ListReader reader) {
        return reader instanceof UnListReader ? "CONSOLIDATED_LIST" : "export";
    }

    @ParameterizedTest
    @MethodSource("readers")
    void refusesADoctype(ListReader reader) {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root(reader) + ">\n<" + root(reader) + "/>";
        assertThatThrownBy(() -> reader.read(Fixtures.utf8(xml)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("document type declarations (DOCTYPE) are not allowed in list files at line 2");
    }

    @ParameterizedTest
    @MethodSource("readers")
    void refusesAnExternalEntityWithoutReadingIt(ListReader reader) {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<"
                + root(reader) + ">&xxe;</" + root(reader) + ">";
        assertThatThrownBy(() -> reader.read(Fixtures.utf8(xml)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @ParameterizedTest
    @MethodSource("readers")
    void refusesBillionLaughs(ListReader reader) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String xml = "<?xml version=\"1.0\"?>\n" + dtd + "\n<" + root(reader) + ">&lol9;</" + root(reader) + ">";
        assertThatThrownBy(() -> reader.read(Fixtures.utf8(xml)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @ParameterizedTest
    @MethodSource("readers")
    void refusesAnUndeclaredEntityReference(ListReader reader) {
        String xml = "<" + root(reader) + ">\n<x>&boom;</x></" + root(reader) + ">";
        assertThatThrownBy(() -> reader.read(Fixtures.utf8(xml)))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("malformed XML at line 2, column 10: The entity \"boom\" was referenced, but not declared.");
    }

    @ParameterizedTest
    @MethodSource("readers")
    void reportsWhereATruncatedFileEnds(ListReader reader) {
        String xml = "<" + root(reader) + ">\n  <a>text</a>\n  <b>";
        assertThatThrownBy(() -> reader.read(Fixtures.utf8(xml)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("malformed XML at line 3, column ")
                .hasMessageContaining("XML document structures must start and end within the same entity");
    }

    @ParameterizedTest
    @MethodSource("readers")
    void reportsAMismatchedTag(ListReader reader) {
        String xml = "<" + root(reader) + ">\n<one>\n<two>x</one>\n</" + root(reader) + ">";
        assertThatThrownBy(() -> reader.read(Fixtures.utf8(xml)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("malformed XML at line 3, column ")
                .hasMessageContaining("must be terminated by the matching end-tag \"</two>\"");
    }

    @ParameterizedTest
    @MethodSource("readers")
    void saysWhenLatin1BytesAreDeclaredUtf8(ListReader reader) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + root(reader) + ">\n<x>Ren\u00e9e</x></" + root(reader) + ">";
        byte[] latin1 = xml.getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(latin1)))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("the list file is not UTF-8 text: invalid bytes at line 3 (save the file as UTF-8)");
    }

    @ParameterizedTest
    @MethodSource("readers")
    void readsAnotherDeclaredEncodingButNotBytesOutsideIt(ListReader reader) {
        String latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<" + root(reader) + "/>";
        reader.read(new ByteArrayInputStream(latin.getBytes(StandardCharsets.ISO_8859_1)));
        String ascii = "<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n<" + root(reader) + ">\n<x>Ren\u00e9e</x></"
                + root(reader) + ">";
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(ascii.getBytes(StandardCharsets.ISO_8859_1))))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("malformed XML at line 1, column ")
                .hasMessageContaining("Byte \"233\" is not a member of the (7-bit) ASCII character set")
                .hasMessageContaining("the bytes are not valid US-ASCII");
    }

    @ParameterizedTest
    @MethodSource("readers")
    void saysWhenTheFileLooksUtf16(ListReader reader) {
        byte[] garbage = {(byte) 0xFE, (byte) 0xFF, 0x00, 0x3C, (byte) 0xD8, 0x00, 0x41, 0x42, 0x00, 0x3E};
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(garbage)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("malformed XML at line 1")
                .hasMessageContaining("UTF-16");
        byte[] noBom = ("<" + root(reader) + "/>").getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(noBom)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("the file looks UTF-16 encoded");
    }

    @ParameterizedTest
    @MethodSource("readers")
    void refusesAnEmptyFile(ListReader reader) {
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("malformed XML at line 1");
    }
}
