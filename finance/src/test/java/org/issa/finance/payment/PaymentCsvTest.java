package org.issa.finance.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.issa.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class PaymentCsvTest {

    private static List<Payment> read(String columns, String csv) throws IOException {
        List<Payment> out = new ArrayList<>();
        new PaymentCsv(PaymentColumns.parse(columns), "t.csv").read(new StringReader(csv), out::add);
        return out;
    }

    @Test
    void readsAmlsimStyleRowsWithAMapping() throws IOException {
        List<Payment> payments = read("from=sourceNodeId,to=targetNodeId,amount=value,time=time",
            "sourceNodeId,targetNodeId,value,time\n1,2,100.50,3\r\n2,3,99.5,4\n");
        assertEquals(2, payments.size());
        Payment first = payments.get(0);
        assertEquals("1", first.payerAccount());
        assertEquals("2", first.payeeAccount());
        assertEquals(new BigDecimal("100.50"), first.amount());
        assertEquals(Instant.parse("1970-01-04T00:00:00Z"), first.time());
        assertEquals("t.csv:2", first.reference());
        assertEquals(Payment.NO_CURRENCY, first.currency());
    }

    @Test
    void readsQuotedFieldsNamesAndReferences() throws IOException {
        List<Payment> payments = read("from=payer,to=payee,amount=amt,time=at,currency=ccy,reference=id,from_name=who,purpose=why",
            "id,payer,who,payee,amt,ccy,at,why\n"
                + "E2E-1,DE89370400440532013000,\"Smith, John\",NL91ABNA0417164300,1500.00,eur,2024-03-01T10:15:00Z,\"rent \"\"March\"\"\"\n");
        Payment p = payments.get(0);
        assertEquals("E2E-1", p.reference());
        assertEquals("Smith, John", p.payerName());
        assertEquals("EUR", p.currency());
        assertEquals("rent \"March\"", p.purpose());
    }

    @Test
    void badRowsAreNamedByLine() {
        String cols = "from=a,to=b,amount=c,time=d";
        assertTrue(assertThrows(InvalidInputException.class, () -> read(cols, "a,b,c,d\n1,2,x,3\n"))
            .getMessage().contains("line 2: amount 'x' is not a number"));
        assertTrue(assertThrows(InvalidInputException.class, () -> read(cols, "a,b,c,d\n1,2,5,3\n1,2,5\n"))
            .getMessage().contains("line 3: has 3 fields"));
        assertTrue(assertThrows(InvalidInputException.class, () -> read(cols, "a,b,c,d\n1,2,-5,3\n"))
            .getMessage().contains("line 2: payment t.csv:2: the amount must be positive"));
        assertTrue(assertThrows(InvalidInputException.class, () -> read(cols, "a,b,c\n"))
            .getMessage().contains("no column 'd'"));
        assertTrue(assertThrows(InvalidInputException.class, () -> read(cols, "a,b,c,d\n1,2,5,yesterday\n"))
            .getMessage().contains("time 'yesterday'"));
        assertTrue(assertThrows(InvalidInputException.class, () -> read(cols, "a,b,c,d\n\"1,2,5,3\n"))
            .getMessage().contains("not closed"));
        assertTrue(assertThrows(InvalidInputException.class, () -> read(cols, "a,b,c,d\n1,2,5," + "9".repeat(70_000) + "\n"))
            .getMessage().contains("longer than"));
    }

    @Test
    void mappingsAreChecked() {
        assertTrue(assertThrows(InvalidInputException.class, () -> PaymentColumns.parse("from=a,to=b,amount=c"))
            .getMessage().contains("'time' is required"));
        assertTrue(assertThrows(InvalidInputException.class, () -> PaymentColumns.parse("from=a,to=b,amount=c,time=d,colour=e"))
            .getMessage().contains("unknown key 'colour'"));
        assertEquals(PaymentFormat.PACS008, PaymentFormat.parse("pacs.008"));
    }
}
