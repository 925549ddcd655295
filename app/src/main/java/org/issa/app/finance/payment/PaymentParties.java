package org.issa.app.finance.payment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.issa.core.marking.Marking;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.screening.ScreenableRecord;
import org.issa.core.screening.ScreenedRecords;
import org.issa.core.sql.Sql;

/**
 * Offers the parties of stored payments - each payer and payee name on its account - for re-screening whenever a watch
 * list changes (record type {@value #RECORD_TYPE}, schema LegalEntity, the account as identifier); a hit carries the
 * marking of the import the party came from (the first, when several imports name it).
 */
public final class PaymentParties implements ScreenedRecords {

    public static final String RECORD_TYPE = "payment_party";

    private final Sql sql;

    public PaymentParties(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public Stream<ScreenableRecord> records() {
        record Party(String account, String name, Marking marking) {
        }
        String side = "SELECT DISTINCT a.account, %s AS name, b.id AS batch_id, b.m_class, b.m_tlp, b.m_rel, b.m_orig, b.m_flags"
                + " FROM fin_payment p JOIN fin_payment_batch b ON b.id = p.batch_id JOIN fin_payment_account a ON a.id = p.%s"
                + " WHERE b.status = 'STORED' AND %s IS NOT NULL";
        List<Party> rows = sql.query(String.format(side, "p.payer_name", "payer_id", "p.payer_name") + " UNION "
                + String.format(side, "p.payee_name", "payee_id", "p.payee_name") + " ORDER BY batch_id, account, name",
                rs -> new Party(rs.getString("account"), rs.getString("name"), MarkingFilter.read(rs)));
        Map<String, ScreenableRecord> out = new LinkedHashMap<>();
        for (Party p : rows) {
            String id = recordId(p.account(), p.name());
            out.putIfAbsent(id, new ScreenableRecord(RECORD_TYPE, id, "LegalEntity", List.of(p.name()), List.of(), List.of(), "",
                    List.of(p.account()), p.marking(), "system"));
        }
        return out.values().stream();
    }

    /** The party's id: its account and its name as written (case and spacing folded), so that it stays the same across imports. */
    static String recordId(String account, String name) {
        String key = account + "|" + name.strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
        return key.length() <= 200 ? key : key.substring(0, 200);
    }
}
