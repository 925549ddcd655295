package org.issa.finance.payment.synthetic;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.issa.finance.payment.Payment;

/**
 * Generates payments among a fixed population of accounts: IBANs of six euro-area countries with
 * correct check digits, holder names from a small pool, amounts skewed as retail payments are
 * (most small, a few large, in cents), times spread evenly over a period with jitter, and a
 * purpose on some. The same seed gives the same payments; references are {@code SYN-<seed>-<n>}.
 */
public final class SyntheticPayments {

    private static final String[] COUNTRIES = {"DE", "FR", "NL", "BE", "ES", "IT"};
    private static final String[] FIRST = {"Anna", "Luca", "Marie", "Jan", "Sofia", "Pieter", "Elena", "Tomas", "Ines", "Karl",
        "Lea", "Marco", "Noor", "Pablo", "Greta", "Yusuf", "Clara", "Hugo", "Maja", "Ruben"};
    private static final String[] LAST = {"Schmidt", "Rossi", "Dubois", "Jansen", "Garcia", "Peeters", "Bianchi", "Muller",
        "Martin", "de Vries", "Lopez", "Maes", "Weber", "Romano", "Bernard", "Bakker", "Fernandez", "Claes", "Fischer", "Moreau"};
    private static final String[] PURPOSES = {"Invoice", "Rent", "Salary", "Consulting fee", "Loan repayment", "Goods", "Transfer"};

    private final long seed;
    private final String[] ibans;
    private final String[] names;
    private final Instant start;
    private final Duration period;

    /**
     * @param seed     the generator's seed
     * @param accounts how many distinct accounts the payments run between (at least 2)
     * @param start    the time of the first payment
     * @param period   the span the payments are spread over
     */
    public SyntheticPayments(long seed, int accounts, Instant start, Duration period) {
        if (accounts < 2) {
            throw new IllegalArgumentException("at least two accounts are needed");
        }
        this.seed = seed;
        this.start = start;
        this.period = period;
        SplittableRandom r = new SplittableRandom(seed);
        this.ibans = new String[accounts];
        this.names = new String[accounts];
        for (int i = 0; i < accounts; i++) {
            ibans[i] = iban(COUNTRIES[r.nextInt(COUNTRIES.length)], r);
            names[i] = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
        }
    }

    /** The accounts' IBANs, in generation order. */
    public List<String> accounts() {
        return List.of(ibans);
    }

    /** The holder name of the account at {@code index}. */
    public String holder(int index) {
        return names[index];
    }

    /** Hands {@code count} payments to the sink, in time order; returns {@code count}. */
    public long generate(long count, Consumer<Payment> sink) {
        SplittableRandom r = new SplittableRandom(seed * 31 + 7);
        long span = Math.max(1, period.toSeconds());
        double step = (double) span / Math.max(1, count);
        long t0 = start.getEpochSecond();
        for (long i = 0; i < count; i++) {
            int from = r.nextInt(ibans.length);
            int to = r.nextInt(ibans.length - 1);
            if (to >= from) {
                to++;
            }
            long cents = amountInCents(r);
            long at = t0 + (long) (i * step) + (step >= 2 ? r.nextLong((long) step) : 0);
            String purpose = r.nextInt(4) == 0 ? PURPOSES[r.nextInt(PURPOSES.length)] : "";
            sink.accept(new Payment("SYN-" + seed + "-" + i, ibans[from], names[from], ibans[to], names[to],
                    BigDecimal.valueOf(cents, 2), "EUR", Instant.ofEpochSecond(at), purpose));
        }
        return count;
    }

    /** Mostly tens to hundreds of euros, a tail into the hundreds of thousands. */
    private static long amountInCents(SplittableRandom r) {
        double euros = Math.exp(2.5 + r.nextDouble() * 4.5 + (r.nextInt(50) == 0 ? r.nextDouble() * 5 : 0));
        return Math.max(1, Math.round(euros * 100));
    }

    /** A valid IBAN of the country: its national length, numeric BBAN, ISO 13616 check digits. */
    static String iban(String country, SplittableRandom r) {
        int length = switch (country) {
            case "DE" -> 22;
            case "FR", "IT" -> 27;
            case "NL" -> 18;
            case "BE" -> 16;
            case "ES" -> 24;
            default -> throw new IllegalArgumentException(country);
        };
        StringBuilder bban = new StringBuilder(length - 4);
        if (country.equals("NL")) {
            bban.append("ABNA");
        } else if (country.equals("IT")) {
            bban.append((char) ('A' + r.nextInt(26)));
        }
        while (bban.length() < length - 4) {
            bban.append((char) ('0' + r.nextInt(10)));
        }
        return org.issa.finance.account.Iban.of(country, bban.toString()).value();
    }

}
