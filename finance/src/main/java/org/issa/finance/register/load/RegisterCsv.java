package org.issa.finance.register.load;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.InvalidInputException;
import org.issa.finance.account.Bic;
import org.issa.finance.register.AccountKind;
import org.issa.finance.register.Party;
import org.issa.finance.register.PartyRole;
import org.issa.finance.register.RegisterAccount;

/**
 * Reads a register submission from CSV: a header row, then one row per account-party pair (an account with a holder,
 * a beneficial owner and a proxy is three rows). The rows of one account follow each other and repeat the same account
 * fields; an account that comes back after another, or whose fields change between its rows, is refused. Comma or
 * semicolon separated (as the header shows), double quotes for fields that hold the separator; no line breaks inside
 * fields. Streaming and bounded: the first bad row stops the read with its line number and the problem.
 */
public final class RegisterCsv {

    /** The longest line accepted, in characters. */
    public static final int MAX_LINE = 16 * 1024;
    /** The most fields in a line. */
    public static final int MAX_FIELDS = 100;

    private final RegisterColumns columns;
    private final String source;
    private final Bic bank;

    /**
     * @param bank the submitting bank: the servicing BIC of accounts whose row names none
     */
    public RegisterCsv(RegisterColumns columns, String source, Bic bank) {
        this.columns = columns;
        this.source = source;
        this.bank = bank;
    }

    /**
     * Reads every row, handing each account to the sink when its last row has been read.
     *
     * @return the number of accounts read
     * @throws SubmissionFileException naming the line and the problem
     */
    public long read(Reader in, AccountSink sink) throws IOException {
        Lines lines = new Lines(in);
        String headerLine = lines.next();
        if (headerLine == null) {
            throw new SubmissionFileException(source, "", "the file is empty: a header row is expected");
        }
        if (headerLine.startsWith("\uFEFF")) {
            headerLine = headerLine.substring(1);
        }
        char sep = headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0 ? ';' : ',';
        List<String> header = split(headerLine, sep, 1);
        Map<String, Integer> at = new HashMap<>();
        for (String key : RegisterColumns.KEYS) {
            int i = index(header, columns.column(key));
            boolean required = key.equals("iban") || key.equals("name") || columns.explicit(key);
            if (i < 0 && required) {
                throw new SubmissionFileException(source, "line 1", "the header has no column '" + columns.column(key) + "' (for "
                        + key + "; columns: " + String.join(", ", header) + ")");
            }
            if (i >= 0) {
                at.put(key, i);
            }
        }
        Group group = null;
        Set<String> done = new HashSet<>();
        long count = 0;
        String line;
        while ((line = lines.next()) != null) {
            long no = lines.number;
            if (line.isBlank()) {
                continue;
            }
            List<String> row = split(line, sep, no);
            if (row.size() != header.size()) {
                throw new SubmissionFileException(source, "line " + no, "has " + row.size() + " fields; the header has " + header.size());
            }
            Row r = new Row(row, at);
            String id = r.get("iban").replace(" ", "").toUpperCase(Locale.ROOT);
            if (id.isEmpty()) {
                throw new SubmissionFileException(source, "line " + no, columns.column("iban") + " is empty: an account or box identifier is required");
            }
            try {
                if (group != null && group.key.equals(id)) {
                    group.add(r, no);
                    continue;
                }
                if (group != null) {
                    sink.accept(group.build(), group.line);
                    count++;
                }
                if (!done.add(id)) {
                    throw new InvalidInputException("iban", "account " + r.get("iban") + " appears again after other accounts: "
                            + "the rows of one account must follow each other");
                }
                group = new Group(id, r, no);
            } catch (SubmissionFileException e) {
                throw e;
            } catch (InvalidInputException e) {
                throw new SubmissionFileException(source, "line " + no, e.getMessage());
            }
        }
        if (group != null) {
            try {
                sink.accept(group.build(), group.line);
            } catch (SubmissionFileException e) {
                throw e;
            } catch (InvalidInputException e) {
                throw new SubmissionFileException(source, "line " + group.line, e.getMessage());
            }
            count++;
        }
        return count;
    }

    /** The rows of one account so far: its fields from the first row, a party from each. */
    private final class Group {
        final String key;
        final long line;
        final Row first;
        final AccountKind kind;
        final List<Party> parties = new ArrayList<>();

        Group(String key, Row first, long line) {
            this.key = key;
            this.first = first;
            this.line = line;
            this.kind = AccountKind.parse("kind", first.get("kind"));
            RegisterAccount.identifierOf(kind, first.get("iban")); // an invalid IBAN is reported on its own line
            parties.add(party(first));
        }

        void add(Row r, long no) {
            for (String key : List.of("kind", "bic", "currency", "underlying", "opened", "closed")) {
                if (!r.get(key).equals(first.get(key))) {
                    throw new InvalidInputException(key, columns.column(key) + " '" + r.get(key) + "' differs from the account's first row (line "
                            + line + ": '" + first.get(key) + "')");
                }
            }
            parties.add(party(r));
        }

        private Party party(Row r) {
            String type = r.get("party_type").toUpperCase(Locale.ROOT);
            boolean company = switch (type) {
                case "", "PERSON", "NATURAL", "NATURAL_PERSON", "P" -> false;
                case "COMPANY", "LEGAL", "LEGAL_PERSON", "LEGAL_ENTITY", "ORGANISATION", "ORGANIZATION", "C" -> true;
                default -> throw new InvalidInputException("party_type", columns.column("party_type") + " '" + r.get("party_type")
                        + "' is not person or company");
            };
            return new Party(PartyRole.parse("role", r.get("role"), kind), company, r.get("name"), date("birth_date", r.get("birth_date")),
                    r.get("national_id"), r.get("nationality"));
        }

        RegisterAccount build() {
            String bic = first.get("bic");
            return new RegisterAccount(first.get("iban"), kind, bic.isEmpty() ? bank : Bic.parse("bic", bic), first.get("currency"),
                    first.get("underlying"), date("opened", first.get("opened")), date("closed", first.get("closed")), parties);
        }
    }

    private Optional<LocalDate> date(String key, String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(key, columns.column(key) + " '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** One row's values by key; a key without a column reads as empty. */
    private record Row(List<String> cells, Map<String, Integer> at) {
        String get(String key) {
            Integer i = at.get(key);
            return i == null ? "" : cells.get(i).strip();
        }
    }

    private static int index(List<String> header, String column) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    private List<String> split(String line, char sep, long no) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int n = line.length();
        int i = 0;
        while (true) {
            if (cells.size() >= MAX_FIELDS) {
                throw new SubmissionFileException(source, "line " + no, "more than " + MAX_FIELDS + " fields");
            }
            cell.setLength(0);
            if (i < n && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        cell.append(c);
                    }
                }
                if (!closed) {
                    throw new SubmissionFileException(source, "line " + no, "a quoted field is not closed on its line");
                }
                if (i < n && line.charAt(i) != sep) {
                    throw new SubmissionFileException(source, "line " + no, "text after a closing double quote");
                }
            } else {
                while (i < n && line.charAt(i) != sep) {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        throw new SubmissionFileException(source, "line " + no, "a double quote inside an unquoted field");
                    }
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            if (i >= n) {
                return cells;
            }
            i++; // the separator
        }
    }

    /** Lines of at most {@link #MAX_LINE} characters, numbered from 1; CR LF and LF both end a line. */
    private final class Lines {
        private final Reader in;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int len;
        long number;

        Lines(Reader in) {
            this.in = in;
        }

        String next() throws IOException {
            StringBuilder b = new StringBuilder();
            boolean any = false;
            while (true) {
                if (pos == len) {
                    len = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        if (!any) {
                            return null;
                        }
                        number++;
                        return strip(b);
                    }
                }
                char c = buf[pos++];
                any = true;
                if (c == '\n') {
                    number++;
                    return strip(b);
                }
                if (b.length() >= MAX_LINE) {
                    throw new SubmissionFileException(source, "line " + (number + 1), "line longer than " + MAX_LINE + " characters");
                }
                b.append(c);
            }
        }

        private static String strip(StringBuilder b) {
            int n = b.length();
            return n > 0 && b.charAt(n - 1) == '\r' ? b.substring(0, n - 1) : b.toString();
        }
    }
}
