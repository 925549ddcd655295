package org.issa.finance.register.load;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.issa.core.error.InvalidInputException;
import org.issa.core.xml.SafeXml;
import org.issa.core.xml.XmlBounds;
import org.issa.core.xml.XmlRefusedException;
import org.issa.finance.account.Bic;
import org.issa.finance.register.AccountKind;
import org.issa.finance.register.Party;
import org.issa.finance.register.PartyRole;
import org.issa.finance.register.RegisterAccount;

/**
 * Reads the account blocks ({@code Acct}) of ISO 20022 account reports and statements — camt.052, camt.053, camt.054 —
 * as register entries: {@code Id/IBAN}, {@code Ccy}, the owner ({@code Ownr/Nm}, birth date
 * and private or organisation identification) as holder, and the servicer's BIC ({@code Svcr/FinInstnId/BICFI} or
 * {@code BIC}). Balances and entries are skipped: a register keeps neither. An account reported in several statements
 * is one entry. The document is read through core's hardened {@link SafeXml}, which refuses hostile input: any DTD or
 * entity reference, nesting deeper than {@link #MAX_DEPTH}, more than {@link #MAX_ELEMENTS} elements, text longer than
 * {@link #MAX_TEXT} characters.
 */
public final class AccountReportXml {

    public static final int MAX_DEPTH = 64;
    public static final int MAX_ELEMENTS = 5_000_000;
    public static final int MAX_TEXT = 10_000;

    private static final XmlBounds BOUNDS = new XmlBounds(MAX_DEPTH, MAX_ELEMENTS, MAX_TEXT);

    private final String source;
    private final Bic bank;

    public AccountReportXml(String source, Bic bank) {
        this.source = source;
        this.bank = bank;
    }

    /** The fields of one {@code Acct} block as read. */
    private static final class Block {
        final long line;
        String iban = "";
        String other = "";
        String currency = "";
        String ownerName = "";
        String birth = "";
        String privateId = "";
        String orgId = "";
        String bic = "";
        final List<Party> owners = new ArrayList<>();

        Block(long line) {
            this.line = line;
        }
    }

    /**
     * Reads every account block and hands the accounts to the sink in the order first met.
     *
     * @return the number of accounts
     * @throws SubmissionFileException naming the line and the problem
     */
    public long read(InputStream in, AccountSink sink) throws IOException {
        Map<String, RegisterAccount> accounts = new LinkedHashMap<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        XMLStreamReader r = null;
        try {
            r = SafeXml.open(in, BOUNDS, true);
            Deque<String> path = new ArrayDeque<>();
            Block block = null;
            int acctDepth = -1;
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        path.push(r.getLocalName());
                        text.setLength(0);
                        if (block == null && r.getLocalName().equals("Acct")) {
                            block = new Block(r.getLocation().getLineNumber());
                            acctDepth = path.size();
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (block != null) {
                            text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (block != null) {
                            String rel = relative(path, acctDepth);
                            field(block, rel, text.toString().strip());
                            if (path.size() == acctDepth) {
                                finish(block, accounts, lines);
                                block = null;
                                acctDepth = -1;
                            }
                        }
                        text.setLength(0);
                        path.pop();
                    }
                    default -> { }
                }
            }
        } catch (XmlRefusedException e) {
            throw new SubmissionFileException(source, "line " + e.line(), "refused: " + e.problem());
        } catch (XMLStreamException e) {
            String m = e.getMessage() == null ? "unreadable" : e.getMessage().replaceAll("\\s+", " ");
            throw new SubmissionFileException(source, "", "not well-formed XML: " + (m.length() > 200 ? m.substring(0, 200) + "…" : m));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the caller closes the stream
                }
            }
        }
        if (accounts.isEmpty()) {
            throw new SubmissionFileException(source, "", "no account block (Acct with Id/IBAN) found: not an ISO 20022 account report");
        }
        accounts.forEach((id, a) -> sink.accept(a, lines.get(id)));
        return accounts.size();
    }

    /** The path below the Acct element, e.g. {@code Ownr/Nm}; empty for the Acct element itself. */
    private static String relative(Deque<String> path, int acctDepth) {
        List<String> names = new ArrayList<>(path);
        java.util.Collections.reverse(names);
        return String.join("/", names.subList(acctDepth, names.size()));
    }

    private static void field(Block b, String rel, String value) {
        switch (rel) {
            case "Id/IBAN" -> b.iban = value;
            case "Id/Othr/Id" -> b.other = value;
            case "Ccy" -> b.currency = value;
            case "Ownr/Nm" -> b.ownerName = value;
            case "Ownr/Id/PrvtId/DtAndPlcOfBirth/BirthDt" -> b.birth = value;
            case "Ownr/Id/PrvtId/Othr/Id" -> b.privateId = value;
            case "Ownr/Id/OrgId/Othr/Id", "Ownr/Id/OrgId/LEI", "Ownr/Id/OrgId/AnyBIC" -> b.orgId = b.orgId.isEmpty() ? value : b.orgId;
            case "Svcr/FinInstnId/BICFI", "Svcr/FinInstnId/BIC" -> b.bic = value;
            default -> { }
        }
    }

    private void finish(Block b, Map<String, RegisterAccount> accounts, Map<String, Long> lines) {
        String where = "line " + b.line;
        try {
            if (b.iban.isEmpty()) {
                throw new InvalidInputException("iban", "the account block has no Id/IBAN" + (b.other.isEmpty() ? "" : " (only Id/Othr/Id '"
                        + b.other + "')") + ": the register identifies payment accounts by IBAN");
            }
            if (b.ownerName.isEmpty()) {
                throw new InvalidInputException("name", "the account block has no Ownr/Nm: the holder's name is required");
            }
            boolean company = !b.orgId.isEmpty();
            Optional<LocalDate> birth = Optional.empty();
            if (!b.birth.isEmpty()) {
                try {
                    birth = Optional.of(LocalDate.parse(b.birth));
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException("birth_date", "Ownr BirthDt '" + b.birth + "' is not a date (YYYY-MM-DD)");
                }
            }
            Party owner = new Party(PartyRole.HOLDER, company, b.ownerName, birth, company ? b.orgId : b.privateId, "");
            RegisterAccount a = new RegisterAccount(b.iban, AccountKind.PAYMENT_ACCOUNT,
                    b.bic.isEmpty() ? bank : Bic.parse("bic", b.bic), b.currency, "", Optional.empty(), Optional.empty(), List.of(owner));
            RegisterAccount earlier = accounts.get(a.identifier());
            if (earlier == null) {
                accounts.put(a.identifier(), a);
                lines.put(a.identifier(), b.line);
            } else if (!earlier.equals(a)) {
                throw new InvalidInputException("iban", "account " + a.identifier() + " is reported again (first on line "
                        + lines.get(a.identifier()) + ") with other details");
            }
        } catch (SubmissionFileException e) {
            throw e;
        } catch (InvalidInputException e) {
            throw new SubmissionFileException(source, where, e.getMessage());
        }
    }
}
