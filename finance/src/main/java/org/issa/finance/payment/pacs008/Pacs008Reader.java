package org.issa.finance.payment.pacs008;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
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
 * Reads ISO 20022 pacs.008 FIToFICustomerCreditTransfer messages, versions .001.02 to .001.13, bare
 * or inside any envelope (a Business Application Header, a SWIFT or system wrapper): each pacs.008
 * {@code Document} in the file is a message and each {@code CdtTrfTxInf} in it one payment from
 * the debtor's account to the creditor's.
 *
 * <ul>
 *   <li>accounts: {@code DbtrAcct}/{@code CdtrAcct} IBAN, else {@code Othr/Id}, else proxy; a party
 *       with a name and no account gets the {@link PartyAccount} placeholder of its name;</li>
 *   <li>amount and currency: {@code IntrBkSttlmAmt} and its {@code Ccy} (mandatory);</li>
 *   <li>time: {@code IntrBkSttlmDt} of the transaction, else of the group header (.02 to .07),
 *       else the header's {@code CreDtTm};</li>
 *   <li>reference: the UETR, else the {@code EndToEndId} unless {@code NOTPROVIDED}, else the
 *       {@code TxId}, else the message id with the {@code InstrId} (or the transaction's position);</li>
 *   <li>purpose: {@code RmtInf/Ustrd} (lines joined), else the structured creditor reference.</li>
 * </ul>
 *
 * A transaction without its amount, currency, date or any identification of a party fails the
 * whole file (the importer then stores nothing from it), as does a group header whose
 * {@code NbOfTxs} disagrees with the transactions present.
 */
public final class Pacs008Reader {

    /** The first and last pacs.008 versions read. */
    public static final int FIRST_VERSION = 2;
    public static final int LAST_VERSION = 13;

    private final String source;
    private final MessageLimits limits;

    public Pacs008Reader(String source) {
        this(source, MessageLimits.DEFAULT);
    }

    public Pacs008Reader(String source, MessageLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /**
     * Reads every transaction of every pacs.008 message in the file, in order.
     *
     * @return the number of payments handed to the sink
     * @throws PaymentFileException naming the message, transaction and problem
     */
    public long read(InputStream in, Consumer<Payment> sink) throws IOException {
        Visitor visitor = new Visitor(sink);
        new MessageXml(source, limits).read(in, visitor);
        if (visitor.messages == 0) {
            throw new PaymentFileException(source, "", "no pacs.008 message found (expected a Document in namespace "
                + "urn:iso:std:iso:20022:tech:xsd:pacs.008.001.NN" + (visitor.rootName.isEmpty() ? "" : "; the root element is " + visitor.rootName) + ")");
        }
        return visitor.payments;
    }

    private final class Visitor implements MessageXml.Visitor {
        private final Consumer<Payment> sink;
        private String rootName = "";
        private int messages;
        private int documentDepth = -1;
        private MessageElement header;
        private int transactions;
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
                        + "' is not an ISO 20022 message; expected urn:iso:std:iso:20022:tech:xsd:pacs.008.001.NN");
                }
                if (!def.get().message().equals("pacs.008")) {
                    throw new PaymentFileException(source, path.toString(), "this is a " + def.get() + " message, not pacs.008");
                }
                int v = def.get().version();
                if (v < FIRST_VERSION || v > LAST_VERSION) {
                    throw new PaymentFileException(source, path.toString(), "pacs.008 version " + def.get()
                        + " is not read (versions .001.02 to .001.13 are)");
                }
                messages++;
                documentDepth = path.depth();
                header = null;
                transactions = 0;
                return false;
            }
            if (documentDepth > 0 && path.depth() == documentDepth + 1 && !path.last().equals("FIToFICstmrCdtTrf")) {
                throw new PaymentFileException(source, path.toString(), "a pacs.008 Document holds FIToFICstmrCdtTrf, not " + path.last());
            }
            return documentDepth > 0 && path.depth() == documentDepth + 2
                && (path.last().equals("GrpHdr") || path.last().equals("CdtTrfTxInf"));
        }

        @Override
        public void captured(ElementPath path, MessageElement element) {
            if (element.name().equals("GrpHdr")) {
                header = element;
                return;
            }
            transactions++;
            Payment p = payment(element);
            sink.accept(p);
            payments++;
        }

        @Override
        public void end(ElementPath path) {
            if (path.depth() == documentDepth && path.last().equals("Document")) {
                documentDepth = -1;
                String where = "message " + messages;
                if (header == null) {
                    throw new PaymentFileException(source, where, "the group header (GrpHdr) is missing");
                }
                if (transactions == 0) {
                    throw new PaymentFileException(source, where, "the message holds no transaction (CdtTrfTxInf)");
                }
                String declared = header.text("NbOfTxs");
                if (!declared.isEmpty() && !declared.equals(String.valueOf(transactions))) {
                    throw new PaymentFileException(source, where, "GrpHdr/NbOfTxs says " + declared + " transactions but the message holds " + transactions);
                }
            }
        }

        private Payment payment(MessageElement tx) {
            if (header == null) {
                throw new PaymentFileException(source, "message " + messages + ", CdtTrfTxInf " + transactions, "comes before the group header (GrpHdr)");
            }
            String msgId = header.text("MsgId");
            String reference = reference(tx, msgId);
            String where = "message " + messages + ", CdtTrfTxInf " + transactions + " (" + reference + ")";
            Optional<MessageElement> amountElement = tx.find("IntrBkSttlmAmt");
            if (amountElement.isEmpty() || amountElement.get().text().isEmpty()) {
                throw new PaymentFileException(source, where, "IntrBkSttlmAmt (the settlement amount) is missing");
            }
            BigDecimal amount;
            try {
                amount = new BigDecimal(amountElement.get().text());
            } catch (NumberFormatException e) {
                throw new PaymentFileException(source, where, "IntrBkSttlmAmt '" + amountElement.get().text() + "' is not a decimal number");
            }
            String currency = amountElement.get().attribute("Ccy");
            if (currency.isEmpty()) {
                throw new PaymentFileException(source, where, "IntrBkSttlmAmt has no Ccy (currency) attribute");
            }
            String date = tx.text("IntrBkSttlmDt");
            if (date.isEmpty()) {
                date = header.text("IntrBkSttlmDt");
            }
            if (date.isEmpty()) {
                date = header.text("CreDtTm");
            }
            if (date.isEmpty()) {
                throw new PaymentFileException(source, where, "no IntrBkSttlmDt (settlement date) and no GrpHdr/CreDtTm");
            }
            Instant time = PaymentTimes.parse(date);
            if (time == null) {
                throw new PaymentFileException(source, where, "the date '" + date + "' is not an ISO 8601 date or date-time");
            }
            String debtorName = Iso20022.partyName(tx.find("Dbtr"));
            String creditorName = Iso20022.partyName(tx.find("Cdtr"));
            String debtorAccount = PartyAccount.of(account(tx, "DbtrAcct", where), debtorName);
            String creditorAccount = PartyAccount.of(account(tx, "CdtrAcct", where), creditorName);
            if (debtorAccount.isEmpty()) {
                throw new PaymentFileException(source, where, "the debtor has neither an account (DbtrAcct) nor a name (Dbtr/Nm)");
            }
            if (creditorAccount.isEmpty()) {
                throw new PaymentFileException(source, where, "the creditor has neither an account (CdtrAcct) nor a name (Cdtr/Nm)");
            }
            String purpose = Iso20022.cut(Iso20022.remittance(tx.find("RmtInf")), 1000);
            try {
                return new Payment(reference, debtorAccount, Iso20022.cut(debtorName, 300), creditorAccount,
                    Iso20022.cut(creditorName, 300), amount, currency, time, purpose);
            } catch (InvalidInputException e) {
                throw new PaymentFileException(source, where, e.getMessage());
            }
        }

        private String account(MessageElement tx, String element, String where) {
            try {
                return Iso20022.account(tx.find(element));
            } catch (InvalidInputException e) {
                throw new PaymentFileException(source, where + ", " + element, e.getMessage());
            }
        }

        private String reference(MessageElement tx, String msgId) {
            String uetr = tx.text("PmtId", "UETR");
            if (!uetr.isEmpty()) {
                return uetr;
            }
            String e2e = tx.text("PmtId", "EndToEndId");
            if (!e2e.isEmpty() && !e2e.equalsIgnoreCase("NOTPROVIDED")) {
                return e2e;
            }
            String txId = tx.text("PmtId", "TxId");
            if (!txId.isEmpty()) {
                return txId;
            }
            String instrId = tx.text("PmtId", "InstrId");
            return (msgId.isEmpty() ? source : msgId) + "/" + (instrId.isEmpty() ? String.valueOf(transactions) : instrId);
        }
    }
}
