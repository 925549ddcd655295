package org.issa.finance.payment.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.issa.finance.payment.PaymentFileException;
import org.junit.jupiter.api.Test;

class MessageXmlTest {

    private static final MessageLimits SMALL = new MessageLimits(4096, 8, 100, 50);

    /** Captures every {@code item} element. */
    private static List<MessageElement> items(String xml, MessageLimits limits) throws IOException {
        List<MessageElement> out = new ArrayList<>();
        new MessageXml("t.xml", limits).read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), new MessageXml.Visitor() {
            @Override
            public boolean start(ElementPath path, String namespace) {
                return path.last().equals("item");
            }

            @Override
            public void captured(ElementPath path, MessageElement element) {
                out.add(element);
            }
        });
        return out;
    }

    private static String refused(String xml, MessageLimits limits) {
        return assertThrows(PaymentFileException.class, () -> items(xml, limits)).getMessage();
    }

    @Test
    void capturesRecordsWithTextAttributesAndChildren() throws IOException {
        List<MessageElement> items = items("<?xml version='1.0'?><list><!-- c --><item id='1'><a> x </a><b><c>y</c></b><![CDATA[z&]]></item>"
            + "<other><item id='2'><a>w</a></item></other></list>", MessageLimits.DEFAULT);
        assertEquals(2, items.size());
        assertEquals("1", items.get(0).attribute("id"));
        assertEquals("x", items.get(0).text("a"));
        assertEquals("y", items.get(0).text("b", "c"));
        assertEquals("z&", items.get(0).text());
        assertEquals("", items.get(0).text("missing", "path"));
        assertEquals("w", items.get(1).firstText("missing", "a"));
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE list [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><list><item>&xxe;</item></list>";
        assertTrue(refused(xxe, MessageLimits.DEFAULT).contains("t.xml: a DOCTYPE is not allowed"));
        String external = "<?xml version=\"1.0\"?><!DOCTYPE list SYSTEM \"http://127.0.0.1:1/evil.dtd\"><list/>";
        assertTrue(refused(external, MessageLimits.DEFAULT).contains("DOCTYPE is not allowed"));
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        assertTrue(refused("<?xml version=\"1.0\"?>" + dtd + "<list><item>&lol9;</item></list>", MessageLimits.DEFAULT).contains("DOCTYPE is not allowed"));
    }

    @Test
    void anUndeclaredEntityReferenceIsRefused() {
        String message = refused("<list><item>&ent;</item></list>", MessageLimits.DEFAULT);
        assertTrue(message.startsWith("t.xml"), message);
        assertTrue(message.contains("ent"), message);
    }

    @Test
    void malformedAndTruncatedXmlIsRefusedWithItsPlace() {
        assertTrue(refused("<list><item><a>1</a></item>", MessageLimits.DEFAULT).contains("not well-formed XML"));
        assertTrue(refused("<list><item><a>1</b></item></list>", MessageLimits.DEFAULT).contains("line 1"));
        assertTrue(refused("not xml at all", MessageLimits.DEFAULT).contains("not well-formed XML"));
        assertTrue(refused("", MessageLimits.DEFAULT).startsWith("t.xml"));
    }

    @Test
    void depthTextAndRecordSizeAreBounded() {
        String deep = "<a>".repeat(9) + "</a>".repeat(9);
        assertTrue(refused(deep, SMALL).contains("nested deeper than 8 levels"));
        assertTrue(refused("<list><item>" + "x".repeat(101) + "</item></list>", SMALL).contains("text longer than 100 characters"));
        assertTrue(refused("<list><other>" + "x".repeat(101) + "</other></list>", SMALL).contains("/list/other: text longer than 100 characters"),
            "text outside captured records is bounded too");
        assertTrue(refused("<list><item>" + "<a/>".repeat(50) + "</item></list>", SMALL).contains("more than 50 elements"));
    }

    @Test
    void theFileSizeIsCheckedWhileReading() {
        assertTrue(refused("<list>" + "<item>1</item>".repeat(400) + "</list>", SMALL).contains("larger than the limit of 4096 bytes"));
        // an endless stream stops at the bound instead of hanging
        InputStream endless = new InputStream() {
            private int i;

            @Override
            public int read() {
                return i++ == 0 ? '<' : i == 2 ? 'l' : i == 3 ? '>' : ' ';
            }
        };
        PaymentFileException e = assertThrows(PaymentFileException.class,
            () -> new MessageXml("t.xml", SMALL).read(endless, new MessageXml.Visitor() {
                @Override
                public boolean start(ElementPath path, String namespace) {
                    return false;
                }

                @Override
                public void captured(ElementPath path, MessageElement element) {
                }
            }));
        assertTrue(e.getMessage().contains("larger than the limit"), e.getMessage());
    }

    @Test
    void placeholdersAreStableAndBounded() {
        assertEquals("name:JOSE MULLER SA", PartyAccount.fromName("  José  Müller, S.A. "));
        assertEquals(PartyAccount.fromName("jose muller sa"), PartyAccount.fromName("JOSÉ MÜLLER S.A."));
        assertEquals("DE89370400440532013000", PartyAccount.of(" DE89370400440532013000 ", "x"));
        assertEquals("", PartyAccount.of("", " "));
        String longName = PartyAccount.fromName("A".repeat(300));
        assertEquals(64, longName.length());
        assertTrue(longName.contains("#"));
        assertEquals("DE89370400440532013000", PartyAccount.iban("de89 3704 0044 0532 0130 00"));
        assertTrue(assertThrows(org.issa.core.error.InvalidInputException.class, () -> PartyAccount.iban("DE89370400440532013001"))
            .getMessage().contains("IBAN 'DE89370400440532013001' is not valid"));
    }
}
