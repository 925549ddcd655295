package org.issa.finance.payment.camt053;

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
 * Reads ISO 20022 camt.053 BankToCustomerStatement messages, versions .001.02 to .001.13, bare or
 * inside an envelope: each booked entry ({@code Ntry}) of each statement ({@code Stmt}) is one
 * payment, or one per transaction ({@code TxDtls}) when an entry details several.
 *
 * <ul>
 *   <li>direction: a credit ({@code CRDT}) moves money from the counterparty to the statement
 *       account, a debit ({@code DBIT}) from the statement account to the counterparty;</li>
 *   <li>counterparty: for a credit the debtor side of {@code RltdPties} ({@code DbtrAcct},
 *       {@code Dbtr}, else {@code UltmtDbtr} for the name), for a debit the creditor side; without
 *       an account the {@link PartyAccount} placeholder of the name; with neither, the placeholder
 *       {@code unidentified:<reference>} (bank fees, batch bookings, legacy feeds), which links no
 *       two payments;</li>
 *   <li>reversals ({@code RvslInd} true): the entry is booked money in the direction its
 *       {@code CdtDbtInd} states, so it is read as a payment in that direction; the counterparty is
 *       taken from the side of the original (reversed) transaction, the reference gets
 *       {@code /reversal} and the purpose {@code reversal:} so it does not merge with the original;</li>
 *   <li>status: only booked entries ({@code BOOK}) are payments; pending ({@code PDNG}),
 *       information ({@code INFO}), future ({@code FUTR}) and other entries are skipped and
 *       counted ({@link #skipped()});</li>
 *   <li>amount: the entry's {@code Amt}; for an entry with several transactions each
 *       transaction's {@code Amt} or {@code AmtDtls/TxAmt/Amt} (one missing fails the file);</li>
 *   <li>time: {@code BookgDt}, else {@code ValDt};</li>
 *   <li>reference: the UETR, else the {@code EndToEndId} unless {@code NOTPROVIDED}, else the
 *       statement account with the servicer's reference ({@code AcctSvcrRef}) and the entry
 *       reference ({@code NtryRef}) when there is one (banks reuse servicer references across
 *       entries), else the statement id with the entry's position.</li>
 * </ul>
 */
public final class Camt053Reader {

    public static final int FIRST_VERSION = 2;
    public static final int LAST_VERSION = 13;

    private final String source;
    private final MessageLimits limits;
    private long skipped;

    public Camt053Reader(String source) {
        this(source, MessageLimits.DEFAULT);
    }

    public Camt053Reader(String source, MessageLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /** The entries of the last read that were not booked (pending, information) and so not read as payments. */
    public long skipped() {
        return skipped;
    }

    /**
     * Reads every booked entry of every statement, in order.
     *
     * @return the number of payments handed to the sink
     */
    public long read(InputStream in, Consumer<Payment> sink) throws IOException {
        skipped = 0;
        Visitor visitor = new Visitor(sink);
        new MessageXml(source, limits).read(in, visitor);
        if (visitor.messages == 0) {
            throw new PaymentFileException(source, "", "no camt.053 message found (expected a Document in namespace "
                + "urn:iso:std:iso:20022:tech:xsd:camt.053.001.NN" + (visitor.rootName.isEmpty() ? "" : "; the root element is " + visitor.rootName) + ")");
        }
        return visitor.payments;
    }

    private final class Visitor implements MessageXml.Visitor {
        private final Consumer<Payment> sink;
        private String rootName = "";
        private int messages;
        private int documentDepth = -1;
        private int statements;
        private String statementId = "";
        private String account = "";
        private String accountName = "";
        private int entries;
        private long payments;

        Visitor(Consumer<Payment> sink) {
            this.sink = sink;
        }

        @Override
        public boolean start(ElementPath path, String namespace) {
            if (path.depth() == 1) {
                rootName = path.last();
            }
            if (documentDepth < 0 && path.last().equals("Document")) {
                Optional<Iso20022.Definition> def = Iso20022.definition(namespace);
                if (def.isEmpty()) {
                    throw new PaymentFileException(source, path.toString(), "the Document's namespace '" + namespace
                        + "' is not an ISO 20022 message; expected urn:iso:std:iso:20022:tech:xsd:camt.053.001.NN");
                }
                if (!def.get().message().equals("camt.053")) {
                    throw new PaymentFileException(source, path.toString(), "this is a " + def.get() + " message, not camt.053");
                }
                int v = def.get().version();
                if (v < FIRST_VERSION || v > LAST_VERSION) {
                    throw new PaymentFileException(source, path.toString(), "camt.053 version " + def.get()
                        + " is not read (versions .001.02 to .001.13 are)");
                }
                messages++;
                documentDepth = path.depth();
                return false;
            }
            if (documentDepth < 0) {
                return false;
            }
            int level = path.depth() - documentDepth;
            if (level == 1 && !path.last().equals("BkToCstmrStmt")) {
                throw new PaymentFileException(source, path.toString(), "a camt.053 Document holds BkToCstmrStmt, not " + path.last());
            }
            if (level == 2 && path.last().equals("Stmt")) {
                statements++;
                statementId = "";
                account = "";
                accountName = "";
                entries = 0;
            }
            return level == 3 && path.endsWith("Stmt", path.last())
                && (path.last().equals("Id") || path.last().equals("Acct") || path.last().equals("Ntry"));
        }

        @Override
        public void captured(ElementPath path, MessageElement element) {
            switch (element.name()) {
                case "Id" -> statementId = element.text();
                case "Acct" -> {
                    try {
                        account = Iso20022.account(Optional.of(element));
                    } catch (InvalidInputException e) {
                        throw new PaymentFileException(source, "message " + messages + ", Stmt " + statements + ", Acct", e.getMessage());
                    }
                    accountName = element.firstText("Ownr/Nm", "Ownr/Pty/Nm", "Nm");
                }
                default -> {
                    entries++;
                    entry(element);
                }
            }
        }

        @Override
        public void end(ElementPath path) {
            if (path.depth() == documentDepth && path.last().equals("Document")) {
                documentDepth = -1;
            }
        }

        private String where() {
            return "message " + messages + ", Stmt " + statements + (statementId.isEmpty() ? "" : " (" + statementId + ")") + ", Ntry " + entries;
        }

        private void entry(MessageElement ntry) {
            String where = where();
            if (account.isEmpty()) {
                throw new PaymentFileException(source, where, "the statement's account (Stmt/Acct/Id) is missing or comes after the entries");
            }
            String status = ntry.firstText("Sts/Cd", "Sts/Prtry", "Sts");
            if (status.isEmpty()) {
                throw new PaymentFileException(source, where, "the entry status (Sts) is missing");
            }
            if (!status.equals("BOOK")) {
                skipped++;
                return;
            }
            String direction = direction(ntry.text("CdtDbtInd"), where, "CdtDbtInd");
            boolean reversal = ntry.text("RvslInd").equalsIgnoreCase("true") || ntry.text("RvslInd").equals("1");
            String date = ntry.firstText("BookgDt/Dt", "BookgDt/DtTm", "ValDt/Dt", "ValDt/DtTm");
            if (date.isEmpty()) {
                throw new PaymentFileException(source, where, "the entry has no booking date (BookgDt) nor value date (ValDt)");
            }
            Instant time = PaymentTimes.parse(date);
            if (time == null) {
                throw new PaymentFileException(source, where, "the date '" + date + "' is not an ISO 8601 date or date-time");
            }
            List<MessageElement> details = new ArrayList<>();
            for (MessageElement d : ntry.children("NtryDtls")) {
                details.addAll(d.children("TxDtls"));
            }
            if (details.size() <= 1) {
                MessageElement tx = details.isEmpty() ? null : details.get(0);
                emit(ntry, tx, 0, amount(ntry.find("Amt"), where + ", Amt"), direction, reversal, time, where);
                return;
            }
            for (int i = 0; i < details.size(); i++) {
                MessageElement tx = details.get(i);
                String txWhere = where + ", TxDtls " + (i + 1);
                Optional<MessageElement> amt = tx.find("Amt");
                if (amt.isEmpty()) {
                    amt = tx.find("AmtDtls", "TxAmt", "Amt");
                }
                if (amt.isEmpty()) {
                    throw new PaymentFileException(source, txWhere, "an entry with several transactions needs each one's amount (TxDtls/Amt or AmtDtls/TxAmt/Amt)");
                }
                String txDirection = tx.text("CdtDbtInd").isEmpty() ? direction : direction(tx.text("CdtDbtInd"), txWhere, "CdtDbtInd");
                emit(ntry, tx, i + 1, amount(amt, txWhere + ", Amt"), txDirection, reversal, time, txWhere);
            }
        }

        private void emit(MessageElement ntry, MessageElement tx, int txIndex, Amount amount, String direction, boolean reversal,
                          Instant time, String where) {
            String reference = reference(ntry, tx, txIndex) + (reversal ? "/reversal" : "");
            // the side of the original transaction the counterparty stood on
            boolean originallyCredit = direction.equals("CRDT") != reversal;
            String side = originallyCredit ? "Dbtr" : "Cdtr";
            Optional<MessageElement> parties = tx == null ? Optional.empty() : tx.find("RltdPties");
            String name = parties.map(p -> Iso20022.partyName(p.find(side))).orElse("");
            if (name.isEmpty()) {
                name = parties.map(p -> Iso20022.partyName(p.find("Ultmt" + side))).orElse("");
            }
            String counterpartyAccount;
            try {
                counterpartyAccount = parties.map(p -> Iso20022.account(p.find(side + "Acct"))).orElse("");
            } catch (InvalidInputException e) {
                throw new PaymentFileException(source, where + ", RltdPties/" + side + "Acct", e.getMessage());
            }
            String counterparty = PartyAccount.of(counterpartyAccount, name);
            if (counterparty.isEmpty()) {
                counterparty = PartyAccount.unidentified(reference);
            }
            String purpose = tx == null ? "" : Iso20022.remittance(tx.find("RmtInf"));
            if (purpose.isEmpty() && tx != null) {
                purpose = tx.text("AddtlTxInf");
            }
            if (purpose.isEmpty()) {
                purpose = ntry.text("AddtlNtryInf");
            }
            if (reversal) {
                purpose = "reversal: " + purpose;
            }
            purpose = Iso20022.cut(purpose.strip(), 1000);
            boolean credit = direction.equals("CRDT");
            try {
                sink.accept(new Payment(reference,
                    credit ? counterparty : account, Iso20022.cut(credit ? name : accountName, 300),
                    credit ? account : counterparty, Iso20022.cut(credit ? accountName : name, 300),
                    amount.value, amount.currency, time, purpose));
            } catch (InvalidInputException e) {
                throw new PaymentFileException(source, where, e.getMessage());
            }
            payments++;
        }

        private String reference(MessageElement ntry, MessageElement tx, int txIndex) {
            if (tx != null) {
                String uetr = tx.text("Refs", "UETR");
                if (!uetr.isEmpty()) {
                    return uetr;
                }
                String e2e = tx.text("Refs", "EndToEndId");
                if (!e2e.isEmpty() && !e2e.equalsIgnoreCase("NOTPROVIDED")) {
                    return e2e;
                }
            }
            String svcr = tx == null ? "" : tx.text("Refs", "AcctSvcrRef");
            if (svcr.isEmpty()) {
                svcr = ntry.text("AcctSvcrRef");
            }
            String ntryRef = ntry.text("NtryRef");
            String suffix = txIndex > 0 ? "/tx" + txIndex : "";
            if (!svcr.isEmpty()) {
                return account + ":" + svcr + (ntryRef.isEmpty() ? "" : "/" + ntryRef) + suffix;
            }
            if (!ntryRef.isEmpty()) {
                return account + ":" + ntryRef + suffix;
            }
            return (statementId.isEmpty() ? account : statementId) + "/entry" + entries + suffix;
        }

        private String direction(String value, String where, String element) {
            if (!value.equals("CRDT") && !value.equals("DBIT")) {
                throw new PaymentFileException(source, where, element + " must be CRDT or DBIT, not '" + value + "'");
            }
            return value;
        }

        private Amount amount(Optional<MessageElement> element, String where) {
            if (element.isEmpty() || element.get().text().isEmpty()) {
                throw new PaymentFileException(source, where, "the amount is missing");
            }
            String currency = element.get().attribute("Ccy");
            if (currency.isEmpty()) {
                throw new PaymentFileException(source, where, "the amount has no Ccy (currency) attribute");
            }
            try {
                return new Amount(new BigDecimal(element.get().text()), currency);
            } catch (NumberFormatException e) {
                throw new PaymentFileException(source, where, "'" + element.get().text() + "' is not a decimal number");
            }
        }
    }

    private record Amount(BigDecimal value, String currency) {
    }
}
