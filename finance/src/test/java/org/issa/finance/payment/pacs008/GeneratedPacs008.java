package org.issa.finance.payment.pacs008;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A synthetic pacs.008.001.08 message of any number of transactions, produced as it is read (the
 * whole message is never in memory): for the streaming test and the parse-rate bench.
 */
public final class GeneratedPacs008 extends InputStream {

    private final int transactions;
    private int next = -1;
    private byte[] chunk = new byte[0];
    private int pos;

    public GeneratedPacs008(int transactions) {
        this.transactions = transactions;
    }

    /** The text of transaction {@code i} (0-based). */
    static String transaction(int i) {
        String debtor = iban("DE", String.format("%018d", 370400440000000000L + i));
        String creditor = iban("FR", "3000600001" + String.format("%013d", (i * 7919L) % 5000));
        return "<CdtTrfTxInf><PmtId><InstrId>I" + i + "</InstrId><EndToEndId>E2E-" + i + "</EndToEndId>"
            + "<UETR>" + uuid(i) + "</UETR></PmtId>"
            + "<IntrBkSttlmAmt Ccy=\"EUR\">" + (100 + i % 9000) + "." + String.format("%02d", i % 100) + "</IntrBkSttlmAmt>"
            + "<IntrBkSttlmDt>2024-0" + (1 + i % 9) + "-1" + (i % 10) + "</IntrBkSttlmDt><ChrgBr>SHAR</ChrgBr>"
            + "<InstgAgt><FinInstnId><BICFI>DEUTDEFFXXX</BICFI></FinInstnId></InstgAgt>"
            + "<InstdAgt><FinInstnId><BICFI>BNPAFRPPXXX</BICFI></FinInstnId></InstdAgt>"
            + "<Dbtr><Nm>Debtor " + i + " GmbH</Nm><PstlAdr><StrtNm>Hauptstrasse</StrtNm><BldgNb>" + (i % 200)
            + "</BldgNb><TwnNm>Frankfurt</TwnNm><Ctry>DE</Ctry></PstlAdr></Dbtr>"
            + "<DbtrAcct><Id><IBAN>" + debtor + "</IBAN></Id></DbtrAcct>"
            + "<DbtrAgt><FinInstnId><BICFI>DEUTDEFFXXX</BICFI></FinInstnId></DbtrAgt>"
            + "<CdtrAgt><FinInstnId><BICFI>BNPAFRPPXXX</BICFI></FinInstnId></CdtrAgt>"
            + "<Cdtr><Nm>Creditor " + (i % 5000) + " SARL</Nm><PstlAdr><TwnNm>Paris</TwnNm><Ctry>FR</Ctry></PstlAdr></Cdtr>"
            + "<CdtrAcct><Id><IBAN>" + creditor + "</IBAN></Id></CdtrAcct>"
            + "<RmtInf><Ustrd>Invoice " + i + "</Ustrd></RmtInf></CdtTrfTxInf>\n";
    }

    /** A valid IBAN (mod-97 check digits computed) of the country and basic bank account number. */
    static String iban(String country, String bban) {
        String rearranged = bban + country + "00";
        int mod = 0;
        for (int k = 0; k < rearranged.length(); k++) {
            char c = rearranged.charAt(k);
            String digits = Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10);
            for (int j = 0; j < digits.length(); j++) {
                mod = (mod * 10 + (digits.charAt(j) - '0')) % 97;
            }
        }
        return country + String.format("%02d", 98 - mod) + bban;
    }

    static String uuid(int i) {
        return String.format("%08x-0000-4000-8000-%012x", i, i);
    }

    private boolean refill() {
        if (next > transactions) {
            return false;
        }
        String text;
        if (next == -1) {
            text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\">"
                + "<FIToFICstmrCdtTrf><GrpHdr><MsgId>BENCH-1</MsgId><CreDtTm>2024-01-01T00:00:00Z</CreDtTm><NbOfTxs>"
                + transactions + "</NbOfTxs><SttlmInf><SttlmMtd>CLRG</SttlmMtd></SttlmInf></GrpHdr>\n";
        } else if (next == transactions) {
            text = "</FIToFICstmrCdtTrf></Document>\n";
        } else {
            StringBuilder sb = new StringBuilder();
            int end = Math.min(transactions, next + 50);
            for (int i = next; i < end; i++) {
                sb.append(transaction(i));
            }
            next = end - 1;
            text = sb.toString();
        }
        next++;
        chunk = text.getBytes(StandardCharsets.UTF_8);
        pos = 0;
        return true;
    }

    @Override
    public int read() {
        while (pos == chunk.length) {
            if (!refill()) {
                return -1;
            }
        }
        return chunk[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        while (pos == chunk.length) {
            if (!refill()) {
                return -1;
            }
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
    }
}
