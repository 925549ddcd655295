package org.issa.finance.payment.goaml;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
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
 * Multi-party transactions ({@code involved_parties}) and reports without transactions (activity
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
            if (tx.has("involved_parties")) {
                throw new PaymentFileException(source, where, "multi-party transactions (involved_parties) are not read; only from/to transactions are");
            }
            String date = tx.text("date_transaction");
            if (date.isEmpty()) {
                throw new PaymentFileException(source, where, "date_transaction is missing");
            }
            Instant time = PaymentTimes.parse(date);
            if (time == null) {
                throw new PaymentFileException(source, where, "date_transaction '" + date + "' is not an ISO 8601 date or date-time");
            }
            MessageElement from = side(tx, "t_from_my_client", "t_from", where, "from");
            MessageElement to = side(tx, "t_to_my_client", "t_to", where, "to");
            Party payer = party(from, "from", where);
            Party payee = party(to, "to", where);
            BigDecimal amount;
            String currency;
            Optional<MessageElement> foreign = from.find("from_foreign_currency").or(() -> to.find("to_foreign_currency"));
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

        private MessageElement side(MessageElement tx, String myClient, String other, String where, String prefix) {
            Optional<MessageElement> side = tx.find(myClient).or(() -> tx.find(other));
            if (side.isEmpty()) {
                throw new PaymentFileException(source, where, "the " + prefix + " side (" + myClient + " or " + other + ") is missing");
            }
            return side.get();
        }

        private Party party(MessageElement side, String prefix, String where) {
            Optional<MessageElement> account = side.find(prefix + "_account");
            if (account.isPresent()) {
                MessageElement a = account.get();
                String id = a.text("iban");
                if (!id.isEmpty()) {
                    try {
                        id = PartyAccount.iban(id);
                    } catch (InvalidInputException e) {
                        throw new PaymentFileException(source, where + ", " + prefix + "_account", e.getMessage());
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
                    throw new PaymentFileException(source, where, prefix + "_account has neither an iban, an account number nor a name");
                }
                return new Party(resolved, name);
            }
            Optional<MessageElement> person = side.find(prefix + "_person");
            if (person.isPresent()) {
                String name = personName(person.get());
                if (name.isEmpty()) {
                    throw new PaymentFileException(source, where, prefix + "_person has no first_name or last_name");
                }
                return new Party(PartyAccount.fromName(name), name);
            }
            Optional<MessageElement> entity = side.find(prefix + "_entity");
            if (entity.isPresent()) {
                String name = entity.get().firstText("name", "commercial_name");
                if (name.isEmpty()) {
                    throw new PaymentFileException(source, where, prefix + "_entity has no name");
                }
                return new Party(PartyAccount.fromName(name), name);
            }
            throw new PaymentFileException(source, where, "the " + prefix + " side has no " + prefix + "_account, " + prefix + "_person or " + prefix + "_entity");
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
}
