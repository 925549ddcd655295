package org.issa.finance.freezing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.issa.finance.account.Iban;

/**
 * What remains frozen under an order on a day: per currency, the amounts of the accounts frozen by then, less
 * the licences granted by then; nothing once the order is lifted or before it takes effect.
 */
public final class FrozenAmounts {

    private FrozenAmounts() {
    }

    public static Map<String, BigDecimal> remaining(FreezingOrder o, LocalDate asOf) {
        Map<String, BigDecimal> out = new TreeMap<>();
        if (!o.inForce(asOf)) {
            return out;
        }
        for (FrozenAccount a : o.accounts()) {
            if (!a.frozenOn().isAfter(asOf)) {
                out.merge(a.frozen().currency(), a.frozen().amount(), BigDecimal::add);
            }
        }
        for (Licence l : o.licences()) {
            if (!l.grantedOn().isAfter(asOf) && out.containsKey(l.released().currency())) {
                out.merge(l.released().currency(), l.released().amount().negate(), BigDecimal::add);
            }
        }
        return out;
    }

    /** What remains frozen on one account on a day (for checking that a licence does not release more than that). */
    public static BigDecimal remainingOn(FreezingOrder o, Iban iban, LocalDate asOf) {
        BigDecimal left = BigDecimal.ZERO;
        for (FrozenAccount a : o.accounts()) {
            if (a.iban().equals(iban) && !a.frozenOn().isAfter(asOf)) {
                left = left.add(a.frozen().amount());
            }
        }
        for (Licence l : o.licences()) {
            if (l.iban().equals(iban) && !l.grantedOn().isAfter(asOf)) {
                left = left.subtract(l.released().amount());
            }
        }
        return left;
    }

    /** The total released by licences, per currency. */
    public static Map<String, BigDecimal> released(FreezingOrder o) {
        Map<String, BigDecimal> out = new TreeMap<>();
        o.licences().forEach(l -> out.merge(l.released().currency(), l.released().amount(), BigDecimal::add));
        return out;
    }
}
