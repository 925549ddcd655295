package org.issa.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.issa.finance.typology.AccountAlert;
import org.issa.finance.typology.Evidence;
import org.issa.finance.typology.Finding;

/** The JSON shape of a flagged account, shared by the CLI scan: account, typologies, score, evidence. */
final class FinanceJson {

    private FinanceJson() {
    }

    static Map<String, Object> alert(AccountAlert a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account", a.account());
        if (!a.name().isEmpty()) {
            m.put("name", a.name());
        }
        m.put("typologies", a.typologies());
        m.put("score", a.score());
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (Finding f : a.findings()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("typology", f.typology());
            e.put("strength", Math.round(f.strength() * 1000) / 1000.0);
            e.put("summary", f.summary());
            List<Map<String, Object>> ps = new ArrayList<>();
            for (Evidence p : f.evidence()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("reference", p.reference());
                pm.put("payer", p.payer());
                pm.put("payee", p.payee());
                pm.put("amount", p.amount().toPlainString());
                pm.put("currency", p.currency());
                pm.put("time", p.time().toString());
                ps.add(pm);
            }
            e.put("payments", ps);
            evidence.add(e);
        }
        m.put("evidence", evidence);
        return m;
    }
}
