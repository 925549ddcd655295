package org.issa.finance.payment;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads payments from CSV (RFC 4180: commas, double quotes, a header row) with a column mapping,
 * streaming, so that files of millions of rows are read in constant memory. Records are bounded in
 * length and in fields; the first bad row stops the read with its line number and the problem.
 */
public final class PaymentCsv {

    /** The longest record accepted, in characters. */
    public static final int MAX_RECORD = 64 * 1024;
    /** The most fields in a record. */
    public static final int MAX_FIELDS = 200;

    private final PaymentColumns columns;
    private final String source;

    public PaymentCsv(PaymentColumns columns, String source) {
        this.columns = columns;
        this.source = source;
    }

    /**
     * Reads every row, handing each payment to the sink in file order.
     *
     * @return the number of payments read
     * @throws PaymentFileException naming the line and the problem
     */
    public long read(Reader in, Consumer<Payment> sink) throws IOException {
        Records records = new Records(in);
        List<String> header = records.next();
        if (header == null) {
            throw new PaymentFileException(source, "", "the file is empty: a header row is expected");
        }
        int from = index(header, columns.from(), true);
        int to = index(header, columns.to(), true);
        int amount = index(header, columns.amount(), true);
        int time = index(header, columns.time(), true);
        int currency = optionalIndex(header, columns.currency());
        int reference = optionalIndex(header, columns.reference());
        int fromName = optionalIndex(header, columns.fromName());
        int toName = optionalIndex(header, columns.toName());
        int purpose = optionalIndex(header, columns.purpose());
        long count = 0;
        List<String> row;
        while ((row = records.next()) != null) {
            long line = records.line;
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue;
            }
            if (row.size() != header.size()) {
                throw new PaymentFileException(source, "line " + line, "has " + row.size() + " fields; the header has " + header.size());
            }
            String where = "line " + line;
            BigDecimal value;
            try {
                value = new BigDecimal(row.get(amount).strip());
            } catch (NumberFormatException e) {
                throw new PaymentFileException(source, where, "amount '" + row.get(amount) + "' is not a number");
            }
            Instant at = PaymentTimes.parse(row.get(time));
            if (at == null) {
                throw new PaymentFileException(source, where, "time '" + row.get(time) + "' is not an ISO 8601 date, date-time or step number");
            }
            String ref = reference >= 0 ? row.get(reference) : source + ":" + line;
            try {
                sink.accept(new Payment(ref, row.get(from), cell(row, fromName), row.get(to), cell(row, toName), value,
                    cell(row, currency), at, cell(row, purpose)));
            } catch (org.issa.core.error.InvalidInputException e) {
                if (e instanceof PaymentFileException) {
                    throw e;
                }
                throw new PaymentFileException(source, where, e.getMessage());
            }
            count++;
        }
        return count;
    }

    private static String cell(List<String> row, int index) {
        return index < 0 ? "" : row.get(index);
    }

    private int optionalIndex(List<String> header, Optional<String> column) {
        return column.map(c -> index(header, c, false)).orElse(-1);
    }

    private int index(List<String> header, String column, boolean required) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        if (required) {
            throw new PaymentFileException(source, "line 1", "the header has no column '" + column + "' (columns: " + String.join(", ", header) + ")");
        }
        return -1;
    }

    /** RFC 4180 records over a reader, bounded; tracks the line each record starts on. */
    private final class Records {
        private final Reader in;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int len;
        private long physicalLine = 1;
        long line;

        Records(Reader in) {
            this.in = in;
        }

        private int read() throws IOException {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return -1;
                }
            }
            return buf[pos++];
        }

        List<String> next() throws IOException {
            int c = read();
            if (c == -1) {
                return null;
            }
            line = physicalLine;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int length = 0;
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (++length > MAX_RECORD) {
                    throw new PaymentFileException(source, "line " + line, "record longer than " + MAX_RECORD + " characters");
                }
                if (quoted) {
                    if (c == -1) {
                        throw new PaymentFileException(source, "line " + line, "a quoted field is not closed before the end of the file");
                    }
                    if (c == '"') {
                        int d = read();
                        if (d == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            c = d;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            physicalLine++;
                        }
                        field.append((char) c);
                    }
                } else if (c == ',' ) {
                    addField(fields, field);
                    wasQuoted = false;
                } else if (c == '\n' || c == -1) {
                    physicalLine++;
                    addField(fields, field);
                    return fields;
                } else if (c == '\r') {
                    // tolerated before \n
                } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == '"') {
                    throw new PaymentFileException(source, "line " + line, "a double quote inside an unquoted field");
                } else {
                    field.append((char) c);
                }
                c = read();
            }
        }

        private void addField(List<String> fields, StringBuilder field) {
            if (fields.size() >= MAX_FIELDS) {
                throw new PaymentFileException(source, "line " + line, "more than " + MAX_FIELDS + " fields");
            }
            fields.add(field.toString());
            field.setLength(0);
        }
    }
}
