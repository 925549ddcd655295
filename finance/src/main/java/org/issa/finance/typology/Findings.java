package org.issa.finance.typology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The findings of a scan so far, by account index; keeps per account the strongest finding of each typology. */
final class Findings {

    private final Map<Integer, Map<String, Finding>> byAccount = new HashMap<>();

    void add(int account, Finding f) {
        Map<String, Finding> m = byAccount.computeIfAbsent(account, k -> new HashMap<>());
        Finding old = m.get(f.typology());
        if (old == null || f.strength() > old.strength()) {
            m.put(f.typology(), f);
        }
    }

    Map<Integer, Map<String, Finding>> all() {
        return byAccount;
    }

    List<Finding> of(int account) {
        return new ArrayList<>(byAccount.getOrDefault(account, Map.of()).values());
    }

    boolean has(int account, String typology) {
        return byAccount.getOrDefault(account, Map.of()).containsKey(typology);
    }

    int count(String typology) {
        int n = 0;
        for (Map<String, Finding> m : byAccount.values()) {
            if (m.containsKey(typology)) {
                n++;
            }
        }
        return n;
    }
}
