package org.issa.app.finance.payment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.issa.core.marking.Marking;
import org.issa.core.screening.ScreenableRecord;
import org.issa.core.screening.ScreenedRecords;
import org.issa.finance.payment.store.PaymentStore;

/**
 * Offers the parties of stored payments - each payer and payee name on its account - for re-screening whenever a watch
 * list changes (record type {@value #RECORD_TYPE}, schema LegalEntity, the account as identifier); a hit carries the
 * marking of the import the party came from (the first, when several imports name it).
 */
public final class PaymentParties implements ScreenedRecords {

    public static final String RECORD_TYPE = "payment_party";

    private final PaymentStore store;

    public PaymentParties(PaymentStore store) {
        this.store = store;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public Stream<ScreenableRecord> records() {
        // batch by batch, oldest first: a party named by several imports carries the marking of the first
        Map<String, ScreenableRecord> out = new LinkedHashMap<>();
        for (long batch : store.storedBatches()) {
            partiesOf(batch).values().forEach(r -> out.putIfAbsent(r.recordId(), r));
        }
        return out.values().stream();
    }

    /** The parties of one stored import: what a new import adds, for screening on arrival. */
    public Stream<ScreenableRecord> recordsOfBatch(long batch) {
        return partiesOf(batch).values().stream();
    }

    private java.util.TreeMap<String, ScreenableRecord> partiesOf(long batch) {
        java.util.TreeMap<String, ScreenableRecord> inBatch = new java.util.TreeMap<>();
        store.forEachInBatch(batch, s -> {
            party(inBatch, s.payment().payerAccount(), s.payment().payerName(), s.marking());
            party(inBatch, s.payment().payeeAccount(), s.payment().payeeName(), s.marking());
        });
        return inBatch;
    }

    private static void party(Map<String, ScreenableRecord> out, String account, String name, Marking marking) {
        if (name.isEmpty()) {
            return;
        }
        String id = recordId(account, name);
        out.putIfAbsent(account + "\u0000" + name, new ScreenableRecord(RECORD_TYPE, id, "LegalEntity", List.of(name), List.of(), List.of(), "", List.of(account),
                marking, "system"));
    }

    /** The party's id: its account and its name as written (case and spacing folded), so that it stays the same across imports. */
    static String recordId(String account, String name) {
        String key = account + "|" + name.strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
        return key.length() <= 200 ? key : key.substring(0, 200);
    }
}
