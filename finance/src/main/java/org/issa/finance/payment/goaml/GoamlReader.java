package org.issa.finance.payment.goaml;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.issa.core.error.InvalidInputException;
import org.issa.finance.payment.Payment;
import org.issa.finance.payment.PaymentFileException;
import org.issa.finance.payment.PaymentTimes;
import org.issa.finance.payment.message.ElementPath;
import org.issa.finance.payment.message.Iso20022;
import org.issa.finance.payment.message.MessageElement;
import org.issa.finance.payment.message.MessageLimits;
import org.issa.finance.payment.message.MessageXml;
import org.issa.finance.payment.message.PartyAccount;

/**
 * Reads goAML XML reports (UNODC schema 4.0): the {@code report} element with its
 * {@code currency_code_local} and its {@code transaction}s, each one payment from its from side
 * ({@code t_from_my_client} or {@code t_from}) to its to side ({@code t_to_my_client} or
 * {@code t_to}).
 *
 * <ul>
 *   <li>a side is an account ({@code from_account}/{@code to_account}: the IBAN, else the
 *       institution code or SWIFT code with the account number, e.g. {@code 12345:ABC123}), a
 *       person or an entity (no account: the {@link PartyAccount} placeholder of the name);</li>
 *   <li>names: the account's {@code account_name}, else its entity's name, else its primary (else
 *       first) signatory's first and last name; a person's first and last name; an entity's name;</li>
 *   <li>amount and currency: {@code amount_local} in the report's {@code currency_code_local},
 *       unless a {@code from_foreign_currency} (else {@code to_foreign_currency}) block gives a
 *       foreign currency and amount, which are then taken;</li>
 *   <li>time: {@code date_transaction}; reference: the reporting entity's {@code rentity_id} and
 *       the {@code transactionnumber} ({@code 1234/TX-1}), as transaction numbers are unique only
 *       per reporting entity; purpose: {@code transaction_description}.</li>
 * </ul>
 *
 * Multi-party transactions ({@code involved_parties}, a list of {@code party} elements, each with a
 * {@code role} and one of {@code account}, {@code account_my_client}, {@code person},
 * {@code person_my_client}, {@code entity}, {@code entity_my_client}) are read as one payment when
 * the roles make the direction clear ({@link TransactionRole}): exactly one originator-like party
 * (the payer), exactly one beneficiary-like party (the payee), and any others intermediaries,
 * agents or the like; the amount is the transaction's, or the payer's (else the payee's)
 * {@code foreign_currency} block's. Otherwise the transaction is refused with the reason: a role
 * not recognised, no role, or no single payer and payee. Reports without transactions (activity
 * reports) are refused with the reason, as is any transaction missing its number, date, amount or
 * a side.
 */
public final class GoamlReader {

    private final String source;
    private final MessageLimits limits;

    public GoamlReader(String source) {
        this(source, MessageLimits.DEFAULT);
    }

    public GoamlReader(String source, MessageLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /**
     * Reads every transaction of the report, in order.
     *
     * @return the number of payments handed to the sink
     */
    public long read(InputStream in, Consumer<Payment> sink) throws IOException {
        Visitor visitor = new Visitor(sink);
        new MessageXml(source, limits).read(in, visitor);
        if (visitor.transactions == 0) {
            throw new PaymentFileException(source, "report", visitor.activity
                ? "an activity report (report parties, no transactions) holds no payments to read"
                : "the report holds no transaction");
        }
        return visitor.transactions;
    }

    private final class Visitor implements MessageXml.Visitor {
        private final Consumer<Payment> sink;
        private String localCurrency = "";
        private String entity = "";
        private boolean activity;
        private long transactions;

        Visitor(Consumer<Payment> sink) {
            this.sink = sink;
        }

        @Override
        public boolean start(ElementPath path, String namespace) {
            if (path.depth() == 1) {
                if (!path.last().equals("report")) {
                    throw new PaymentFileException(source, path.toString(), "the root element is <" + path.last() + ">; a goAML report starts with <report>");
                }
                return false;
            }
            if (path.depth() != 2) {
                return false;
            }
            return switch (path.last()) {
                case "currency_code_local", "rentity_id", "transaction" -> true;
                case "activity" -> {
                    activity = true;
                    yield false;
                }
                default -> false;
            };
        }

        @Override
        public void captured(ElementPath path, MessageElement element) {
            switch (element.name()) {
                case "currency_code_local" -> localCurrency = element.text();
                case "rentity_id" -> entity = element.text();
                default -> {
                    transactions++;
                    sink.accept(payment(element));
                }
            }
        }

        private Payment payment(MessageElement tx) {
            String number = tx.text("transactionnumber");
            String where = "transaction " + transactions + (number.isEmpty() ? "" : " (" + number + ")");
            if (number.isEmpty()) {
                throw new PaymentFileException(source, where, "transactionnumber is missing");
            }
            String date = tx.text("date_transaction");
            if (date.isEmpty()) {
                throw new PaymentFileException(source, where, "date_transaction is missing");
            }
            Instant time = PaymentTimes.parse(date);
            if (time == null) {
                throw new PaymentFileException(source, where, "date_transaction '" + date + "' is not an ISO 8601 date or date-time");
            }
            Party payer;
            Party payee;
            Optional<MessageElement> foreign;
            Optional<MessageElement> involved = tx.find("involved_parties");
            if (involved.isPresent()) {
                if (tx.has("t_from") || tx.has("t_from_my_client") || tx.has("t_to") || tx.has("t_to_my_client")) {
                    throw new PaymentFileException(source, where, "the transaction has both involved_parties and from/to sides; goAML allows one or the other");
                }
                Ends ends = ends(involved.get(), where);
                payer = party(ends.payer(), PARTY, ends.payerLabel(), where);
                payee = party(ends.payee(), PARTY, ends.payeeLabel(), where);
                foreign = ends.payer().find("foreign_currency").or(() -> ends.payee().find("foreign_currency"));
            } else {
                MessageElement from = side(tx, "t_from_my_client", "t_from", where, "from");
                MessageElement to = side(tx, "t_to_my_client", "t_to", where, "to");
                payer = party(from, FROM, "the from side", where);
                payee = party(to, TO, "the to side", where);
                foreign = from.find("from_foreign_currency").or(() -> to.find("to_foreign_currency"));
            }
            BigDecimal amount;
            String currency;
            if (foreign.isPresent() && !foreign.get().text("foreign_currency_code").isEmpty() && !foreign.get().text("foreign_amount").isEmpty()) {
                currency = foreign.get().text("foreign_currency_code");
                amount = decimal(foreign.get().text("foreign_amount"), where, "foreign_amount");
            } else {
                String local = tx.text("amount_local");
                if (local.isEmpty()) {
                    throw new PaymentFileException(source, where, "amount_local is missing");
                }
                amount = decimal(local, where, "amount_local");
                if (localCurrency.isEmpty()) {
                    throw new PaymentFileException(source, where, "the report has no currency_code_local (it must come before the transactions)");
                }
                currency = localCurrency;
            }
            String reference = entity.isEmpty() ? number : entity + "/" + number;
            try {
                return new Payment(reference, payer.account, Iso20022.cut(payer.name, 300), payee.account, Iso20022.cut(payee.name, 300),
                    amount, currency, time, Iso20022.cut(tx.text("transaction_description"), 1000));
            } catch (InvalidInputException e) {
                throw new PaymentFileException(source, where, e.getMessage());
            }
        }

        /**
         * The payer and the payee among the parties of a multi-party transaction, by their roles.
         *
         * @throws PaymentFileException when a role is missing or not recognised, or there is not exactly one of each
         */
        private Ends ends(MessageElement involved, String where) {
            List<MessageElement> parties = involved.children("party");
            if (parties.isEmpty()) {
                throw new PaymentFileException(source, where, MULTI + "involved_parties holds no party");
            }
            List<Integer> payers = new ArrayList<>();
            List<Integer> payees = new ArrayList<>();
            for (int i = 0; i < parties.size(); i++) {
                String role = parties.get(i).text("role");
                if (role.isEmpty()) {
                    throw new PaymentFileException(source, where, MULTI + "party " + (i + 1) + " has no role, so which way the money went is not known");
                }
                TransactionRole kind = TransactionRole.of(role).orElseThrow(() -> new PaymentFileException(source, where, MULTI
                    + "the role '" + Iso20022.cut(role, 60) + "' does not say whether the party paid or was paid (recognised: originator-like, "
                    + "beneficiary-like and intermediary-like role words)"));
                switch (kind) {
                    case PAYER -> payers.add(i);
                    case PAYEE -> payees.add(i);
                    case INTERMEDIARY -> { }
                }
            }
            if (payers.size() != 1 || payees.size() != 1) {
                throw new PaymentFileException(source, where, MULTI + payers.size() + " originator-like and " + payees.size()
                    + " beneficiary-like parties (roles " + roles(parties) + "); one of each is needed to say who paid whom");
            }
            MessageElement payer = parties.get(payers.get(0));
            MessageElement payee = parties.get(payees.get(0));
            return new Ends(payer, "party " + (payers.get(0) + 1) + " (" + payer.text("role") + ")",
                payee, "party " + (payees.get(0) + 1) + " (" + payee.text("role") + ")");
        }

        private static String roles(List<MessageElement> parties) {
            List<String> out = new ArrayList<>();
            for (MessageElement p : parties) {
                out.add(Iso20022.cut(p.text("role"), 60));
            }
            return String.join(", ", out);
        }

        private MessageElement side(MessageElement tx, String myClient, String other, String where, String prefix) {
            Optional<MessageElement> side = tx.find(myClient).or(() -> tx.find(other));
            if (side.isEmpty()) {
                throw new PaymentFileException(source, where, "the " + prefix + " side (" + myClient + " or " + other + ") is missing");
            }
            return side.get();
        }

        private Party party(MessageElement holder, Shape shape, String label, String where) {
            Optional<MessageElement> account = first(holder, shape.accounts());
            if (account.isPresent()) {
                MessageElement a = account.get();
                String id = a.text("iban");
                if (!id.isEmpty()) {
                    try {
                        id = PartyAccount.iban(id);
                    } catch (InvalidInputException e) {
                        throw new PaymentFileException(source, where + ", " + (shape == PARTY ? label + " " : "") + a.name(), e.getMessage());
                    }
                } else {
                    String number = a.text("account");
                    String institution = a.firstText("institution_code", "swift");
                    id = number.isEmpty() ? "" : institution.isEmpty() ? number : institution + ":" + number;
                }
                String name = a.text("account_name");
                if (name.isEmpty()) {
                    name = a.firstText("t_entity/name", "t_entity/commercial_name");
                }
                if (name.isEmpty()) {
                    name = signatory(a);
                }
                String resolved = PartyAccount.of(id, name);
                if (resolved.isEmpty()) {
                    throw new PaymentFileException(source, where, (shape == PARTY ? label + ": " : "") + a.name() + " has neither an iban, an account number nor a name");
                }
                return new Party(resolved, name);
            }
            Optional<MessageElement> person = first(holder, shape.persons());
            if (person.isPresent()) {
                String name = personName(person.get());
                if (name.isEmpty()) {
                    throw new PaymentFileException(source, where, (shape == PARTY ? label + ": " : "") + person.get().name() + " has no first_name or last_name");
                }
                return new Party(PartyAccount.fromName(name), name);
            }
            Optional<MessageElement> entity = first(holder, shape.entities());
            if (entity.isPresent()) {
                String name = entity.get().firstText("name", "commercial_name");
                if (name.isEmpty()) {
                    throw new PaymentFileException(source, where, (shape == PARTY ? label + ": " : "") + entity.get().name() + " has no name");
                }
                return new Party(PartyAccount.fromName(name), name);
            }
            throw new PaymentFileException(source, where, label + " has no " + shape.describe());
        }

        private static Optional<MessageElement> first(MessageElement holder, List<String> names) {
            for (String n : names) {
                Optional<MessageElement> e = holder.find(n);
                if (e.isPresent()) {
                    return e;
                }
            }
            return Optional.empty();
        }

        private String signatory(MessageElement account) {
            List<MessageElement> signatories = account.children("signatory");
            MessageElement chosen = signatories.isEmpty() ? null : signatories.get(0);
            for (MessageElement s : signatories) {
                String primary = s.text("is_primary");
                if (primary.equalsIgnoreCase("true") || primary.equals("1")) {
                    chosen = s;
                    break;
                }
            }
            return chosen == null ? "" : chosen.find("t_person").map(GoamlReader::personName).orElse("");
        }

        private BigDecimal decimal(String text, String where, String element) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new PaymentFileException(source, where, element + " '" + text + "' is not a decimal number");
            }
        }
    }

    private static String personName(MessageElement person) {
        return (person.text("first_name") + " " + person.text("last_name")).strip();
    }

    private record Party(String account, String name) {
    }

    /** Which elements of a side or party hold its account, person or entity. */
    private record Shape(List<String> accounts, List<String> persons, List<String> entities) {
        String describe() {
            List<String> all = new ArrayList<>(accounts);
            all.addAll(persons);
            all.addAll(entities);
            return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
        }
    }

    private record Ends(MessageElement payer, String payerLabel, MessageElement payee, String payeeLabel) {
    }

    private static final Shape FROM = new Shape(List.of("from_account"), List.of("from_person"), List.of("from_entity"));
    private static final Shape TO = new Shape(List.of("to_account"), List.of("to_person"), List.of("to_entity"));
    private static final Shape PARTY = new Shape(List.of("account", "account_my_client"), List.of("person", "person_my_client"),
        List.of("entity", "entity_my_client"));
    private static final String MULTI = "multi-party transaction (involved_parties) not read: ";
}
