package org.issa.finance.flow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.issa.finance.payment.Payment;

/**
 * Payments as a compact, immutable graph: accounts numbered 0..n-1, payments in parallel arrays
 * sorted by time (then by the order received), and for each account the indexes of its outgoing and
 * incoming payments in that order. Amounts are exact {@link Units}. Build it with {@link #builder()}.
 * Thread-safe once built.
 */
public final class PaymentGraph {

    private final String[] accounts;
    private final String[] names;
    private final Map<String, Integer> index;
    private final String[] currencies;
    private final int[] payer;
    private final int[] payee;
    private final long[] units;
    private final long[] time;
    private final short[] currency;
    private final String[] reference;
    private final int[] outOff;
    private final int[] outPay;
    private final int[] inOff;
    private final int[] inPay;

    private PaymentGraph(Builder b, int[] order) {
        int m = b.m;
        this.accounts = Arrays.copyOf(b.accounts, b.n);
        this.names = Arrays.copyOf(b.names, b.n);
        this.index = b.index;
        this.currencies = b.currencyNames.toArray(String[]::new);
        payer = new int[m];
        payee = new int[m];
        units = new long[m];
        time = new long[m];
        currency = new short[m];
        reference = new String[m];
        for (int i = 0; i < m; i++) {
            int j = order == null ? i : order[i];
            payer[i] = b.payer[j];
            payee[i] = b.payee[j];
            units[i] = b.units[j];
            time[i] = b.time[j];
            currency[i] = b.currency[j];
            reference[i] = b.reference[j];
        }
        int n = b.n;
        outOff = new int[n + 1];
        inOff = new int[n + 1];
        for (int i = 0; i < m; i++) {
            outOff[payer[i] + 1]++;
            inOff[payee[i] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            outOff[v + 1] += outOff[v];
            inOff[v + 1] += inOff[v];
        }
        outPay = new int[m];
        inPay = new int[m];
        int[] op = Arrays.copyOf(outOff, n);
        int[] ip = Arrays.copyOf(inOff, n);
        for (int i = 0; i < m; i++) {
            outPay[op[payer[i]]++] = i;
            inPay[ip[payee[i]]++] = i;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A graph of the given payments. */
    public static PaymentGraph of(Iterable<Payment> payments) {
        Builder b = builder();
        payments.forEach(b);
        return b.build();
    }

    public int accountCount() {
        return accounts.length;
    }

    public int paymentCount() {
        return payer.length;
    }

    public String account(int a) {
        return accounts[a];
    }

    /** The first non-empty name a payment gave the account, or empty. */
    public String name(int a) {
        return names[a] == null ? "" : names[a];
    }

    public Optional<Integer> index(String account) {
        return Optional.ofNullable(index.get(account == null ? "" : account.strip()));
    }

    public int payer(int p) {
        return payer[p];
    }

    public int payee(int p) {
        return payee[p];
    }

    public long units(int p) {
        return units[p];
    }

    /** Milliseconds since the epoch. */
    public long time(int p) {
        return time[p];
    }

    public Instant instant(int p) {
        return Instant.ofEpochMilli(time[p]);
    }

    public String reference(int p) {
        return reference[p];
    }

    public int currencyOf(int p) {
        return currency[p];
    }

    public String currency(int c) {
        return currencies[c];
    }

    public List<String> currencies() {
        return List.of(currencies);
    }

    /** The currency's number, or -1 when no payment is in it. */
    public int currencyIndex(String code) {
        for (int c = 0; c < currencies.length; c++) {
            if (currencies[c].equalsIgnoreCase(code)) {
                return c;
            }
        }
        return -1;
    }

    public int outStart(int a) {
        return outOff[a];
    }

    public int outEnd(int a) {
        return outOff[a + 1];
    }

    /** The k-th outgoing payment of the account's list (k from {@link #outStart} to {@link #outEnd}). */
    public int outPayment(int k) {
        return outPay[k];
    }

    public int inStart(int a) {
        return inOff[a];
    }

    public int inEnd(int a) {
        return inOff[a + 1];
    }

    public int inPayment(int k) {
        return inPay[k];
    }

    public int outDegree(int a) {
        return outOff[a + 1] - outOff[a];
    }

    public int inDegree(int a) {
        return inOff[a + 1] - inOff[a];
    }

    /** The currencies the account paid or received in. */
    public List<String> currenciesOf(int a) {
        boolean[] seen = new boolean[currencies.length];
        for (int k = outOff[a]; k < outOff[a + 1]; k++) {
            seen[currency[outPay[k]]] = true;
        }
        for (int k = inOff[a]; k < inOff[a + 1]; k++) {
            seen[currency[inPay[k]]] = true;
        }
        List<String> out = new ArrayList<>();
        for (int c = 0; c < seen.length; c++) {
            if (seen[c]) {
                out.add(currencies[c]);
            }
        }
        return out;
    }

    /** Collects payments; accepts them in any order and sorts them by time on {@link #build()}. */
    public static final class Builder implements Consumer<Payment> {

        private final Map<String, Integer> index = new HashMap<>();
        private String[] accounts = new String[64];
        private String[] names = new String[64];
        private int n;
        private final List<String> currencyNames = new ArrayList<>();
        private final Map<String, Short> currencyIndex = new HashMap<>();
        private int[] payer = new int[64];
        private int[] payee = new int[64];
        private long[] units = new long[64];
        private long[] time = new long[64];
        private short[] currency = new short[64];
        private String[] reference = new String[64];
        private int m;
        private boolean sorted = true;

        private Builder() {
        }

        @Override
        public void accept(Payment p) {
            add(p);
        }

        public Builder add(Payment p) {
            long u = Units.of(p.amount(), p.reference());
            if (m == payer.length) {
                int cap = m * 2;
                payer = Arrays.copyOf(payer, cap);
                payee = Arrays.copyOf(payee, cap);
                units = Arrays.copyOf(units, cap);
                time = Arrays.copyOf(time, cap);
                currency = Arrays.copyOf(currency, cap);
                reference = Arrays.copyOf(reference, cap);
            }
            payer[m] = account(p.payerAccount(), p.payerName());
            payee[m] = account(p.payeeAccount(), p.payeeName());
            units[m] = u;
            time[m] = p.time().toEpochMilli();
            Short c = currencyIndex.get(p.currency());
            if (c == null) {
                if (currencyNames.size() == Short.MAX_VALUE) {
                    throw new IllegalStateException("too many currencies");
                }
                c = (short) currencyNames.size();
                currencyNames.add(p.currency());
                currencyIndex.put(p.currency(), c);
            }
            currency[m] = c;
            reference[m] = p.reference();
            if (m > 0 && time[m] < time[m - 1]) {
                sorted = false;
            }
            m++;
            return this;
        }

        private int account(String id, String name) {
            Integer i = index.get(id);
            if (i == null) {
                if (n == accounts.length) {
                    accounts = Arrays.copyOf(accounts, n * 2);
                    names = Arrays.copyOf(names, n * 2);
                }
                i = n++;
                accounts[i] = id;
                index.put(id, i);
            }
            if (names[i] == null && !name.isEmpty()) {
                names[i] = name;
            }
            return i;
        }

        public int size() {
            return m;
        }

        public PaymentGraph build() {
            int[] order = null;
            if (!sorted) {
                // Stable sort by time: time in the high bits is not possible in general, so sort boxed indexes.
                Integer[] idx = new Integer[m];
                for (int i = 0; i < m; i++) {
                    idx[i] = i;
                }
                long[] t = time;
                Arrays.sort(idx, (a, b) -> {
                    int c = Long.compare(t[a], t[b]);
                    return c != 0 ? c : Integer.compare(a, b);
                });
                order = new int[m];
                for (int i = 0; i < m; i++) {
                    order[i] = idx[i];
                }
            }
            return new PaymentGraph(this, order);
        }
    }
}
