package org.issa.finance.register;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A seeded generator of invented register submissions, for the benchmark and the demo: valid IBANs (German, Dutch,
 * French, Belgian and Austrian formats with correct check digits), invented names from syllables (millions of distinct
 * names), birth dates, identification numbers, some companies with beneficial owners, proxies, virtual IBANs and
 * safe-deposit boxes. Written as CSV in the default column names of {@link org.issa.finance.register.load.RegisterColumns}.
 */
public final class SyntheticRegister {

    public static final String HEADER = "iban,kind,currency,underlying,opened,closed,role,party_type,name,birth_date,national_id,nationality";

    private static final String[] FIRST = {"Anna", "Lukas", "Marie", "Jonas", "Sofia", "Elias", "Lea", "Noah", "Emma", "Paul", "Mia",
        "Felix", "Clara", "Leon", "Ines", "Hugo", "Lina", "Mateo", "Julia", "Tomas", "Eva", "Karel", "Zofia", "Piotr", "Ana", "Joao",
        "Sara", "Marco", "Giulia", "Luca", "Elena", "Nikos", "Maria", "Jan", "Petra", "Ole", "Freja", "Aino", "Mikko", "Liis"};
    private static final String[] SYLLABLES = {"ber", "man", "kov", "ski", "dal", "ros", "len", "hof", "ter", "van", "mar", "sen",
        "gar", "lin", "tov", "nic", "ard", "bel", "cor", "dan", "fer", "gon", "har", "ist", "jan", "kar", "lor", "mus", "nor", "pet",
        "qui", "ras", "sol", "tal", "urb", "vel", "wes", "zan", "bro", "cha"};
    private static final String[] COMPANY = {"Holding", "Trading", "Logistics", "Consulting", "Invest", "Services", "Imports", "Partners"};
    private static final String[] FORMS = {"GmbH", "BV", "SARL", "SA", "Ltd", "SRL", "AG", "Oy"};
    private static final String[] STATES = {"DE", "FR", "NL", "BE", "AT", "IT", "ES", "PL", "PT", "GR"};
    private static final String[] CURRENCIES = {"EUR", "EUR", "EUR", "EUR", "USD", "CHF"};

    private final SplittableRandom random;
    private final String bankCode;
    private long serial;

    /**
     * @param seed     the generator seed
     * @param bankCode an 8-digit German bank code (Bankleitzahl) forming the IBANs of this bank's accounts
     */
    public SyntheticRegister(long seed, String bankCode) {
        this.random = new SplittableRandom(seed);
        if (!bankCode.matches("[0-9]{8}")) {
            throw new IllegalArgumentException("bank code must be 8 digits");
        }
        this.bankCode = bankCode;
    }

    /** A valid German IBAN for a bank code and an account number of up to 10 digits. */
    public static String germanIban(String bankCode, long account) {
        String bban = bankCode + String.format("%010d", account);
        return org.issa.finance.account.Iban.of("DE", bban).value();
    }


    /** An invented person's name: one of 40 first names, a surname of two or three syllables. */
    public String personName() {
        return FIRST[random.nextInt(FIRST.length)] + " " + surname();
    }

    private String surname() {
        int n = 2 + random.nextInt(2);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    /** Writes the header and {@code accounts} accounts (with their parties), one row per account-party pair. */
    public void writeCsv(Writer out, int accounts) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (int i = 0; i < accounts; i++) {
            writeAccount(out);
        }
    }

    /** Writes one account's rows; returns its identifier. */
    public String writeAccount(Writer out) throws IOException {
        long no = ++serial;
        int r = random.nextInt(100);
        String iban = germanIban(bankCode, no);
        LocalDate opened = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(30 * 365));
        String closed = random.nextInt(10) == 0 ? opened.plusDays(1 + random.nextInt(3000)).toString() : "";
        String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
        if (r < 3) {
            // a safe-deposit box: the lease is its opening and closing
            String ref = "BOX-" + bankCode + "-" + no;
            row(out, ref, "safe_deposit_box", "", "", opened.toString(), closed, "lessee", person());
            return ref;
        }
        if (r < 6) {
            String underlying = germanIban(bankCode, 9_000_000_000L + random.nextInt(1_000_000));
            row(out, iban, "virtual_iban", currency, underlying, opened.toString(), closed, "holder", company());
            return iban;
        }
        if (r < 20) {
            String[] holder = company();
            row(out, iban, "payment", currency, "", opened.toString(), closed, "holder", holder);
            row(out, iban, "payment", currency, "", opened.toString(), closed, "beneficial_owner", person());
            if (random.nextBoolean()) {
                row(out, iban, "payment", currency, "", opened.toString(), closed, "proxy", person());
            }
            return iban;
        }
        row(out, iban, "payment", currency, "", opened.toString(), closed, "holder", person());
        if (r < 30) {
            row(out, iban, "payment", currency, "", opened.toString(), closed, "holder", person());
        } else if (r < 35) {
            row(out, iban, "payment", currency, "", opened.toString(), closed, "proxy", person());
        }
        return iban;
    }

    private String[] person() {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(65 * 365));
        String state = STATES[random.nextInt(STATES.length)];
        return new String[] {"person", personName(), birth.toString(), state + String.format("%09d", random.nextInt(1_000_000_000)), state};
    }

    private String[] company() {
        String state = STATES[random.nextInt(STATES.length)];
        String name = surname() + " " + COMPANY[random.nextInt(COMPANY.length)] + " " + FORMS[random.nextInt(FORMS.length)];
        return new String[] {"company", name, "", "REG-" + state + "-" + random.nextInt(10_000_000), state};
    }

    private static void row(Writer out, String iban, String kind, String currency, String underlying, String opened, String closed,
                            String role, String[] party) throws IOException {
        out.write(String.join(",", iban, kind, currency, underlying, opened, closed, role, party[0], party[1], party[2], party[3], party[4]));
        out.write('\n');
    }
}
