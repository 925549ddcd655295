package org.issa.finance.payment.mt103;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.issa.core.error.InvalidInputException;
import org.issa.finance.payment.Payment;
import org.issa.finance.payment.PaymentFileException;
import org.issa.finance.payment.message.BoundedInput;
import org.issa.finance.payment.message.Iso20022;
import org.issa.finance.payment.message.MessageLimits;
import org.issa.finance.payment.message.PartyAccount;

/**
 * Reads SWIFT MT103 messages in FIN block format ({@code {1:…}{2:…}{3:…}{4:…-}{5:…}}), one or
 * many per file, back to back or separated by {@code $} (RJE) or control characters; a system
 * acknowledgement ({@code {1:F21…}}) in front of a message is skipped, any other message type is
 * refused.
 *
 * <ul>
 *   <li>payer: field 50A, 50F or 50K: the account line ({@code /…}) and the name (50K: the first
 *       line after the account; 50F: the {@code 1/} lines; 50A: the BIC);</li>
 *   <li>payee: field 59, 59A or 59F likewise; a party without an account line gets the
 *       {@link PartyAccount} placeholder of its name;</li>
 *   <li>amount, currency and date: field 32A ({@code YYMMDD}, years 80-99 read as 19YY, others as
 *       20YY; the amount with its decimal comma);</li>
 *   <li>reference: the UETR (field 121 of block 3), else the sender's BIC with field 20
 *       ({@code BANKBEBB/REF123}); purpose: field 70.</li>
 * </ul>
 *
 * A missing mandatory field (20, 23B, 32A, 50a, 59a, 71A) fails the file with the field and the
 * message's number and line.
 */
public final class Mt103Reader {

    /** The branch code of a BIC's primary office (three letters X), left out of an 8-character BIC. */
    static final String PRIMARY_OFFICE = "X".repeat(3);

    /** The most characters in one message (a FIN text block holds at most 10,000). */
    public static final int MAX_MESSAGE = 64 * 1024;

    private static final Pattern TAG = Pattern.compile(":(\\d{2}[A-Z]?):");
    private static final Pattern FIELD_32A = Pattern.compile("(\\d{6})([A-Z]{3})([0-9,.]{1,15})");
    private static final Pattern AMOUNT = Pattern.compile("\\d+,\\d*");

    private final String source;
    private final MessageLimits limits;

    public Mt103Reader(String source) {
        this(source, MessageLimits.DEFAULT);
    }

    public Mt103Reader(String source, MessageLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /**
     * Reads every MT103 in the file, in order.
     *
     * @return the number of payments handed to the sink
     */
    public long read(InputStream in, Consumer<Payment> sink) throws IOException {
        Blocks blocks = new Blocks(new BufferedReader(new InputStreamReader(new BoundedInput(in, limits.maxBytes(), source), StandardCharsets.UTF_8), 1 << 16));
        long payments = 0;
        int number = 0;
        Message message;
        while ((message = blocks.nextMessage(number + 1)) != null) {
            number++;
            if (message.acknowledgement()) {
                continue;
            }
            sink.accept(payment(message, number));
            payments++;
        }
        if (number == 0) {
            throw new PaymentFileException(source, "", "no SWIFT message found (an MT103 starts with {1:F01…})");
        }
        if (payments == 0) {
            throw new PaymentFileException(source, "", "the file holds only acknowledgements, no MT103");
        }
        return payments;
    }

    private Payment payment(Message m, int number) {
        String where = "message " + number + " (line " + m.line + ")";
        String block2 = m.blocks.getOrDefault("2", "");
        if (block2.isEmpty()) {
            throw new PaymentFileException(source, where, "the application header {2:} is missing");
        }
        if (block2.length() < 4 || !(block2.charAt(0) == 'I' || block2.charAt(0) == 'O')) {
            throw new PaymentFileException(source, where, "the application header {2:" + cut(block2) + "} is not I or O followed by the message type");
        }
        String type = block2.substring(1, 4);
        if (!type.equals("103")) {
            throw new PaymentFileException(source, where, "this is an MT" + type + ", not an MT103");
        }
        String text = m.blocks.get("4");
        if (text == null) {
            throw new PaymentFileException(source, where, "the text block {4:} is missing");
        }
        Map<String, List<String>> fields = fields(text, where);
        String ref20 = one(fields, where, "20");
        where = where + " (:20:" + ref20 + ")";
        one(fields, where, "23B");
        String f32a = one(fields, where, "32A");
        String f71a = one(fields, where, "71A");
        if (!f71a.equals("OUR") && !f71a.equals("BEN") && !f71a.equals("SHA")) {
            throw new PaymentFileException(source, where, "field :71A: must be OUR, BEN or SHA, not '" + cut(f71a) + "'");
        }
        String[] ordering = party(fields, where, "50", "50A", "50F", "50K");
        String[] beneficiary = party(fields, where, "59", "59", "59A", "59F");

        Matcher v = FIELD_32A.matcher(f32a.strip());
        if (!v.matches()) {
            throw new PaymentFileException(source, where, "field :32A: '" + cut(f32a) + "' is not YYMMDD, currency and amount");
        }
        LocalDate date;
        try {
            int yy = Integer.parseInt(v.group(1).substring(0, 2));
            date = LocalDate.of(yy >= 80 ? 1900 + yy : 2000 + yy, Integer.parseInt(v.group(1).substring(2, 4)), Integer.parseInt(v.group(1).substring(4, 6)));
        } catch (DateTimeException e) {
            throw new PaymentFileException(source, where, "field :32A: date '" + v.group(1) + "' is not a valid YYMMDD date");
        }
        String amountText = v.group(3);
        if (amountText.indexOf('.') >= 0) {
            throw new PaymentFileException(source, where, "field :32A: amount '" + amountText + "' has a decimal point; SWIFT amounts use a decimal comma");
        }
        if (!AMOUNT.matcher(amountText).matches()) {
            throw new PaymentFileException(source, where, "field :32A: amount '" + amountText + "' must be digits with one decimal comma (e.g. 1000, or 1000,50)");
        }
        BigDecimal amount = new BigDecimal(amountText.endsWith(",") ? amountText.substring(0, amountText.length() - 1) : amountText.replace(',', '.'));

        String uetr = m.userHeader.getOrDefault("121", "").strip();
        String reference = uetr.isEmpty() ? sender(m, where) + "/" + ref20 : uetr;
        String purpose = String.join(" ", fields.getOrDefault("70", List.of()).stream().map(s -> s.replace("\r", "").replace('\n', ' ')).toList()).strip();
        try {
            return new Payment(reference, ordering[0], Iso20022.cut(ordering[1], 300), beneficiary[0], Iso20022.cut(beneficiary[1], 300),
                amount, v.group(2), date.atStartOfDay().toInstant(ZoneOffset.UTC), Iso20022.cut(purpose, 1000));
        } catch (InvalidInputException e) {
            throw new PaymentFileException(source, where, e.getMessage());
        }
    }

    /** Account and name of the ordering (50a) or beneficiary (59a) customer. */
    private String[] party(Map<String, List<String>> fields, String where, String label, String... options) {
        for (String tag : options) {
            List<String> values = fields.get(tag);
            if (values == null) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            for (String line : values.get(0).split("\r?\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            if (lines.isEmpty()) {
                throw new PaymentFileException(source, where, "field :" + tag + ": is empty");
            }
            String account = "";
            int next = 0;
            if (lines.get(0).startsWith("/")) {
                account = lines.get(0).substring(1).strip();
                next = 1;
            }
            String name;
            if (tag.endsWith("F")) {
                // name lines are numbered 1/; a 50F party identifier such as CUST/BE/ABC/123 is no account and no name
                List<String> names = new ArrayList<>();
                for (int i = next; i < lines.size(); i++) {
                    if (lines.get(i).startsWith("1/")) {
                        names.add(lines.get(i).substring(2).strip());
                    }
                }
                name = String.join(" ", names);
            } else {
                name = next < lines.size() ? lines.get(next) : "";
            }
            String id = PartyAccount.of(account, name);
            if (id.isEmpty()) {
                throw new PaymentFileException(source, where, "field :" + tag + ": has neither an account line (/…) nor a name");
            }
            return new String[] {id, name};
        }
        throw new PaymentFileException(source, where, "mandatory field :" + label + "a: (" + String.join(", ", options) + ") is missing");
    }

    private String one(Map<String, List<String>> fields, String where, String tag) {
        List<String> values = fields.get(tag);
        if (values == null || values.get(0).isBlank()) {
            throw new PaymentFileException(source, where, "mandatory field :" + tag + ": is missing");
        }
        return values.get(0).strip();
    }

    /** The fields of a text block, by tag, each value with its continuation lines. */
    private Map<String, List<String>> fields(String text, String where) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String body = text.replace("\r\n", "\n").stripTrailing();
        if (body.endsWith("-")) {
            body = body.substring(0, body.length() - 1);
        } else if (!body.strip().isEmpty()) {
            throw new PaymentFileException(source, where, "the text block {4:} does not end with '-}'");
        }
        String tag = null;
        StringBuilder value = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            Matcher m = TAG.matcher(line);
            if (m.lookingAt()) {
                if (tag != null) {
                    fields.computeIfAbsent(tag, k -> new ArrayList<>()).add(value.toString());
                }
                tag = m.group(1);
                value.setLength(0);
                value.append(line.substring(m.end()));
            } else if (tag != null) {
                value.append('\n').append(line);
            } else if (!line.isBlank()) {
                throw new PaymentFileException(source, where, "text before the first field in block {4:}: '" + cut(line) + "'");
            }
        }
        if (tag != null) {
            fields.computeIfAbsent(tag, k -> new ArrayList<>()).add(value.toString());
        }
        return fields;
    }

    /** The sender's BIC: from the basic header of an input message, from the MIR of an output message. */
    private String sender(Message m, String where) {
        String b1 = m.blocks.getOrDefault("1", "");
        String b2 = m.blocks.getOrDefault("2", "");
        String lt;
        if (b2.charAt(0) == 'O' && b2.length() >= 26) {
            lt = b2.substring(14, 26);
        } else if (b1.length() >= 15) {
            lt = b1.substring(3, 15);
        } else {
            throw new PaymentFileException(source, where, "no UETR (121) and no sender address in the headers to make a reference");
        }
        String branch = lt.substring(9, 12);
        return lt.substring(0, 8) + (branch.equals(PRIMARY_OFFICE) ? "" : branch);
    }

    private static String cut(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** One message: its blocks by id, the tags of its user header, and the line it starts on. */
    private record Message(Map<String, String> blocks, Map<String, String> userHeader, long line) {

        boolean acknowledgement() {
            String b1 = blocks.getOrDefault("1", "");
            return b1.length() >= 3 && b1.startsWith("F21");
        }
    }

    /** Splits the character stream into blocks and messages, bounded. */
    private final class Blocks {
        private final Reader in;
        private long line = 1;
        private Message pending;

        Blocks(Reader in) {
            this.in = in;
        }

        private int read() throws IOException {
            int c = in.read();
            if (c == '\n') {
                line++;
            }
            return c;
        }

        Message nextMessage(int number) throws IOException {
            Map<String, String> blocks = new LinkedHashMap<>();
            Map<String, String> user = new LinkedHashMap<>();
            long start = -1;
            int size = 0;
            String last = "";
            if (pending != null) {
                Message m = pending;
                pending = null;
                blocks.putAll(m.blocks);
                start = m.line;
                last = "1";
            }
            while (true) {
                int c = read();
                if (c == -1) {
                    return blocks.isEmpty() ? null : new Message(blocks, user, start);
                }
                if (c == '{') {
                    long at = line;
                    String id = blockId(number);
                    String content = blockContent(number, id);
                    size += content.length();
                    if (size > MAX_MESSAGE) {
                        throw new PaymentFileException(source, "message " + number + " (line " + start + ")", "longer than " + MAX_MESSAGE + " characters");
                    }
                    if (id.equals("1") && !blocks.isEmpty()) {
                        pending = new Message(Map.of("1", content), Map.of(), at);
                        return new Message(blocks, user, start);
                    }
                    if (blocks.isEmpty() && !id.equals("1")) {
                        throw new PaymentFileException(source, "message " + number + " (line " + at + ")", "starts with block {" + id + ":} instead of the basic header {1:}");
                    }
                    if (blocks.containsKey(id) || (!id.equals("S") && id.compareTo(last) < 0)) {
                        throw new PaymentFileException(source, "message " + number + " (line " + at + ")", "block {" + id + ":} is repeated or out of order");
                    }
                    if (start < 0) {
                        start = at;
                    }
                    blocks.put(id, content);
                    last = id;
                    if (id.equals("3")) {
                        user.putAll(subBlocks(content, number));
                    }
                } else if (c == '$' || c == '\u0001' || c == '\u0003' || Character.isWhitespace(c)) {
                    // separators between messages
                } else {
                    throw new PaymentFileException(source, "line " + line, "unexpected character '" + (char) c + "' between SWIFT blocks");
                }
            }
        }

        private String blockId(int number) throws IOException {
            StringBuilder id = new StringBuilder();
            while (true) {
                int c = read();
                if (c == ':') {
                    break;
                }
                if (c == -1 || id.length() >= 3 || c == '{' || c == '}') {
                    throw new PaymentFileException(source, "message " + number + " (line " + line + ")", "a block does not start with {n: (the file may be truncated)");
                }
                id.append((char) c);
            }
            String s = id.toString();
            if (!s.matches("[1-5S]")) {
                throw new PaymentFileException(source, "message " + number + " (line " + line + ")", "unknown block {" + s + ":}");
            }
            return s;
        }

        private String blockContent(int number, String id) throws IOException {
            StringBuilder content = new StringBuilder();
            int depth = 0;
            while (true) {
                int c = read();
                if (c == -1) {
                    throw new PaymentFileException(source, "message " + number, "the file ends inside block {" + id + ":} (truncated)");
                }
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    if (depth == 0) {
                        return content.toString();
                    }
                    depth--;
                }
                if (content.length() >= MAX_MESSAGE || depth > 8) {
                    throw new PaymentFileException(source, "message " + number, "block {" + id + ":} is longer than " + MAX_MESSAGE + " characters or nested too deep");
                }
                content.append((char) c);
            }
        }

        private Map<String, String> subBlocks(String content, int number) {
            Map<String, String> tags = new LinkedHashMap<>();
            Matcher m = Pattern.compile("\\{([0-9A-Z]{3}):([^{}]*)}").matcher(content);
            int at = 0;
            while (m.find()) {
                if (m.start() != at) {
                    throw new PaymentFileException(source, "message " + number, "the user header {3:} is not a sequence of {tag:value} fields");
                }
                tags.put(m.group(1), m.group(2));
                at = m.end();
            }
            if (at != content.strip().length()) {
                throw new PaymentFileException(source, "message " + number, "the user header {3:} is not a sequence of {tag:value} fields");
            }
            return tags;
        }
    }
}
