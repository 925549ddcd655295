package org.issa.passenger.criteria;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.issa.passenger.pnr.Booking;
import org.issa.rules.Facts;
import org.issa.rules.Field;
import org.issa.rules.FieldType;

/**
 * A compact copy of a booking's criteria facts: for every passenger, in order, the passenger reference and the facts
 * {@link PassengerFacts} gives without travel history, in a binary form of our own. It holds only what
 * {@link CriteriaModel} offers to criteria (no name, document, contact or free text), so that a backtest reads a few
 * hundred bytes per booking instead of decoding the stored booking. History fields are never in it: they depend on the
 * other stored bookings and are looked up when a criterion needs them.
 *
 * <p>Layout: a format byte, the {@link #LAYOUT} fingerprint (4 bytes), the strings of the copy once each (count, then
 * UTF-8 length and bytes), the passenger count, then per passenger its reference (a string number) and each field of
 * {@link #FIELDS} in order: a tag 0 for missing, else the value (bool as tag 1/2; int as a zig-zag variable-length
 * number; double as 8 bytes; string as a string number; lists as a count and their items).
 */
public final class CriteriaFacts {

    private static final int FORMAT = 1;

    /** The fields the copy holds, in the order they are written: every usable field of the model except the history. */
    public static final List<Field> FIELDS = CriteriaModel.MODEL.fields().stream()
            .filter(f -> !f.isForbidden() && !isHistory(f.name())).toList();

    /**
     * A fingerprint of the format and of {@link #FIELDS} (names and types): a copy written under another layout is
     * stale (the model changed) and is written again from the stored booking.
     */
    public static final int LAYOUT = layout();

    private static final String[] NAMES = FIELDS.stream().map(Field::name).toArray(String[]::new);
    private static final FieldType[] TYPES = FIELDS.stream().map(Field::type).toArray(FieldType[]::new);

    private CriteriaFacts() {
    }

    /** One passenger of the copy: the reference as the booking gives it, and the facts decoded. */
    public record Traveller(String ref, Facts facts) {
    }

    /** The facts of the booking's passengers without history, each with its reference, as the copy holds them decoded. */
    public static List<Traveller> of(Booking booking) {
        List<Facts> facts = PassengerFacts.of(booking, TravelHistoryLookup.NONE);
        List<Traveller> out = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            out.add(new Traveller(booking.passengers().get(i).ref(), facts.get(i)));
        }
        return out;
    }

    /** Whether a model field depends on the travel history (and so is not in the copy). */
    public static boolean isHistory(String field) {
        return field.startsWith("history.");
    }

    /** The copy of a booking's facts: exactly {@code PassengerFacts.of(booking, NONE)}, with each passenger's reference. */
    public static byte[] encode(Booking booking) {
        return encode(of(booking));
    }

    /** The copy of these passengers' facts (their history fields, if any, are left out). */
    public static byte[] encode(List<Traveller> passengers) {
        Writer w = new Writer();
        // first pass: the strings, each once
        for (Traveller t : passengers) {
            w.intern(t.ref());
            for (int k = 0; k < NAMES.length; k++) {
                Object v = t.facts().value(NAMES[k]).orElse(null);
                if (v instanceof String s) {
                    w.intern(s);
                } else if (v instanceof List<?> l && TYPES[k] == FieldType.STRING_LIST) {
                    l.forEach(x -> w.intern((String) x));
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + 48 * passengers.size());
        out.write(FORMAT);
        writeInt(out, LAYOUT);
        writeVar(out, w.strings.size());
        for (String s : w.strings) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            writeVar(out, b.length);
            out.writeBytes(b);
        }
        writeVar(out, passengers.size());
        for (Traveller t : passengers) {
            writeVar(out, w.index.get(t.ref()));
            Facts f = t.facts();
            for (int k = 0; k < NAMES.length; k++) {
                Object v = f.value(NAMES[k]).orElse(null);
                if (v == null) {
                    out.write(0);
                    continue;
                }
                switch (TYPES[k]) {
                    case BOOL -> out.write((Boolean) v ? 2 : 1);
                    case INT -> {
                        out.write(1);
                        writeLong(out, (Long) v);
                    }
                    case DOUBLE -> {
                        out.write(1);
                        long bits = Double.doubleToRawLongBits((Double) v);
                        for (int s = 56; s >= 0; s -= 8) {
                            out.write((int) (bits >>> s));
                        }
                    }
                    case STRING -> {
                        out.write(1);
                        writeVar(out, w.index.get((String) v));
                    }
                    case STRING_LIST -> {
                        out.write(1);
                        List<?> l = (List<?>) v;
                        writeVar(out, l.size());
                        for (Object x : l) {
                            writeVar(out, w.index.get((String) x));
                        }
                    }
                    case INT_LIST -> {
                        out.write(1);
                        List<?> l = (List<?>) v;
                        writeVar(out, l.size());
                        for (Object x : l) {
                            writeLong(out, (Long) x);
                        }
                    }
                }
            }
        }
        return out.toByteArray();
    }

    /** Every field of the copy decoded, for every passenger. */
    public static List<Traveller> decode(byte[] copy) {
        return decode(copy, null);
    }

    /**
     * The passengers of a copy with only the {@code wanted} fields decoded (the others are left missing: a criterion
     * reads only its own fields, so it is decided the same); {@code null} decodes all. Throws
     * {@link IllegalArgumentException} for a copy of another layout or a damaged one.
     */
    public static List<Traveller> decode(byte[] copy, boolean[] wanted) {
        Reader r = new Reader(copy);
        try {
            int format = r.next();
            int layout = r.readInt();
            if (format != FORMAT || layout != LAYOUT) {
                throw new IllegalArgumentException("criteria facts of another layout (" + format + "/" + layout + ")");
            }
            int count = r.var();
            int[] starts = new int[count];
            for (int i = 0; i < count; i++) {
                starts[i] = r.pos;
                int length = r.var();
                r.pos += length;
            }
            String[] strings = new String[count];
            int passengers = r.var();
            List<Traveller> out = new ArrayList<>(passengers);
            for (int p = 0; p < passengers; p++) {
                String ref = r.string(starts, strings, r.var());
                Facts.Builder f = CriteriaModel.MODEL.facts();
                for (int k = 0; k < NAMES.length; k++) {
                    int tag = r.next();
                    if (tag == 0) {
                        continue;
                    }
                    boolean keep = wanted == null || wanted[k];
                    switch (TYPES[k]) {
                        case BOOL -> {
                            if (keep) {
                                f.put(NAMES[k], tag == 2);
                            }
                        }
                        case INT -> {
                            long v = r.readLong();
                            if (keep) {
                                f.put(NAMES[k], v);
                            }
                        }
                        case DOUBLE -> {
                            long bits = 0;
                            for (int s = 0; s < 8; s++) {
                                bits = (bits << 8) | r.next();
                            }
                            if (keep) {
                                f.put(NAMES[k], Double.longBitsToDouble(bits));
                            }
                        }
                        case STRING -> {
                            int i = r.var();
                            if (keep) {
                                f.put(NAMES[k], r.string(starts, strings, i));
                            }
                        }
                        case STRING_LIST -> {
                            int n = r.var();
                            String[] items = keep ? new String[n] : null;
                            for (int j = 0; j < n; j++) {
                                int i = r.var();
                                if (keep) {
                                    items[j] = r.string(starts, strings, i);
                                }
                            }
                            if (keep) {
                                f.put(NAMES[k], List.of(items));
                            }
                        }
                        case INT_LIST -> {
                            int n = r.var();
                            Long[] items = keep ? new Long[n] : null;
                            for (int j = 0; j < n; j++) {
                                long v = r.readLong();
                                if (keep) {
                                    items[j] = v;
                                }
                            }
                            if (keep) {
                                f.put(NAMES[k], List.of(items));
                            }
                        }
                    }
                }
                out.add(new Traveller(ref, f.build()));
            }
            if (r.pos != copy.length) {
                throw new IllegalArgumentException("criteria facts with " + (copy.length - r.pos) + " bytes too many");
            }
            return out;
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("criteria facts cut short or damaged", e);
        }
    }

    /**
     * The fields to decode for a criterion reading {@code fields}: those and {@code itinerary.segments} (a sample hit
     * shows the route), as a mask over {@link #FIELDS}.
     */
    public static boolean[] wanted(Collection<String> fields) {
        boolean[] w = new boolean[NAMES.length];
        for (int k = 0; k < NAMES.length; k++) {
            w[k] = fields.contains(NAMES[k]) || NAMES[k].equals("itinerary.segments");
        }
        return w;
    }

    private static int layout() {
        StringBuilder s = new StringBuilder("criteria-facts/").append(FORMAT);
        FIELDS.forEach(f -> s.append(';').append(f.name()).append(':').append(f.type().name()));
        return s.toString().hashCode();
    }

    private static final class Writer {
        final List<String> strings = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();

        void intern(String s) {
            if (!index.containsKey(s)) {
                index.put(s, strings.size());
                strings.add(s);
            }
        }
    }

    private static final class Reader {
        final byte[] b;
        int pos;

        Reader(byte[] b) {
            this.b = b;
        }

        int next() {
            return b[pos++] & 0xFF;
        }

        int readInt() {
            return (next() << 24) | (next() << 16) | (next() << 8) | next();
        }

        int var() {
            long v = readVar();
            if (v > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("criteria facts damaged: a count of " + v);
            }
            return (int) v;
        }

        long readVar() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int x = next();
                v |= (long) (x & 0x7F) << shift;
                if ((x & 0x80) == 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("criteria facts damaged: a number too long");
        }

        long readLong() {
            long z = readVar();
            return (z >>> 1) ^ -(z & 1);
        }

        String string(int[] starts, String[] strings, int i) {
            String s = strings[i];
            if (s == null) {
                int at = starts[i];
                Reader sub = new Reader(b);
                sub.pos = at;
                int len = sub.var();
                s = new String(b, sub.pos, len, StandardCharsets.UTF_8);
                strings[i] = s;
            }
            return s;
        }
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    private static void writeVar(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static void writeLong(ByteArrayOutputStream out, long v) {
        writeVar(out, (v << 1) ^ (v >> 63));
    }
}
