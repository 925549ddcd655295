package org.issa.passenger.edifact;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.issa.passenger.ingest.NotAnInterchangeException;
import org.issa.passenger.ingest.ReadLimits;

/**
 * Splits an EDIFACT interchange into segments with StAEDI, honouring UNA separators and the release character. Kept as
 * the reference {@link EdifactTokenizer} is tested against, and as the benchmark's baseline; the readers use
 * {@link EdifactTokenizer}.
 * StAEDI's control-code checks are off because PNRGOV's {@code UNB+IATA:1} is no UN syntax identifier; the mappers
 * check counts and references themselves. Line breaks between segments are noise.
 */
public final class StaediTokenizer {

    private final EDIInputFactory factory;
    private final ReadLimits limits;

    public StaediTokenizer(ReadLimits limits) {
        this.limits = limits;
        this.factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
    }

    /**
     * The interchange's segments. Refuses input that does not start as an interchange (UNA or UNB); input that breaks
     * off later is returned up to the break, with the position and reason.
     */
    public Interchange read(byte[] data) throws NotAnInterchangeException {
        String start = startOf(data);
        if (!start.startsWith("UNA") && !start.startsWith("UNB")) {
            throw new NotAnInterchangeException("not an EDIFACT interchange: it must begin with UNA or UNB, it begins with \""
                    + EdifactTokenizer.printable(start) + "\"");
        }
        List<Segment> segments = new ArrayList<>();
        List<Interchange.SetAside> oversized = new ArrayList<>();
        Optional<Integer> stoppedAt = Optional.empty();
        String stopReason = "";
        int position = 0;
        String tag = null;
        List<String[]> elements = new ArrayList<>();
        List<String> components = null;
        String tooBig = null;
        try (EDIStreamReader r = factory.createEDIStreamReader(new ByteArrayInputStream(data))) {
            while (r.hasNext()) {
                EDIStreamEvent e = r.next();
                switch (e) {
                    case START_SEGMENT -> {
                        position++;
                        if (position > limits.maxSegments()) {
                            stoppedAt = Optional.of(position);
                            stopReason = "more than " + limits.maxSegments() + " segments: the rest of the interchange was not read";
                            return new Interchange(segments, oversized, stoppedAt, stopReason);
                        }
                        tag = r.getText();
                        elements.clear();
                        components = null;
                        tooBig = null;
                    }
                    case START_COMPOSITE -> components = new ArrayList<>(6);
                    case END_COMPOSITE -> {
                        if (components != null) {
                            addElement(elements, r.getLocation().getElementPosition(), components.toArray(String[]::new));
                        }
                        components = null;
                    }
                    case ELEMENT_DATA, ELEMENT_DATA_BINARY -> {
                        String text = e == EDIStreamEvent.ELEMENT_DATA ? r.getText() : "";
                        Location l = r.getLocation();
                        if (text.length() > limits.maxElementChars()) {
                            tooBig = "an element of " + text.length() + " characters (limit " + limits.maxElementChars() + ")";
                            text = "";
                        }
                        if (elements.size() > limits.maxElementsPerSegment()
                                || (components != null && components.size() > limits.maxElementsPerSegment())) {
                            tooBig = "more than " + limits.maxElementsPerSegment() + " elements or components";
                            continue;
                        }
                        if (components != null) {
                            int c = l.getComponentPosition();
                            if (l.getElementOccurrence() > 1 && c <= components.size() && c >= 1) {
                                components.set(c - 1, components.get(c - 1) + " " + text); // repetition: kept, joined
                            } else {
                                components.add(text);
                            }
                        } else if ("UNA".equals(tag)) {
                            // the UNA service string advice is read by StAEDI itself
                        } else {
                            int el = l.getElementPosition();
                            if (l.getElementOccurrence() > 1 && el == elements.size() && el >= 1) {
                                String[] last = elements.get(el - 1);
                                last[0] = last[0] + " " + text;
                            } else {
                                addElement(elements, el, new String[] {text});
                            }
                        }
                    }
                    case END_SEGMENT -> {
                        if (tooBig != null) {
                            oversized.add(new Interchange.SetAside(position, tag, "segment set aside: " + tooBig));
                        } else {
                            segments.add(new Segment(tag, position, elements.toArray(String[][]::new)));
                        }
                        tag = null;
                    }
                    default -> {
                        // interchange/group/transaction boundaries and validation events: the mappers work on segments
                    }
                }
            }
        } catch (Exception e) { // StAEDI reports lexical errors as (runtime) EDIException; the reader cannot go on
            if (segments.isEmpty()) {
                throw new NotAnInterchangeException("not an EDIFACT interchange: " + message(e), e);
            }
            stoppedAt = Optional.of(Math.max(position, 1));
            stopReason = "interchange unreadable from segment " + Math.max(position, 1)
                    + (tag != null ? " (" + tag + ")" : "") + ": " + message(e) + "; the rest was not read";
        }
        return new Interchange(segments, oversized, stoppedAt, stopReason);
    }

    private static void addElement(List<String[]> elements, int position, String[] value) {
        // empty elements between two filled ones are not reported as events: pad to keep positions
        while (elements.size() < position - 1) {
            elements.add(new String[] {""});
        }
        elements.add(value);
    }

    private static String startOf(byte[] data) {
        int i = 0;
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < data.length && (data[i] == ' ' || data[i] == '\r' || data[i] == '\n' || data[i] == '\t')) {
            i++;
        }
        return new String(Arrays.copyOfRange(data, i, Math.min(data.length, i + 16)), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
