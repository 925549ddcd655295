package org.issa.app.passenger;

import java.util.ArrayList;
import java.util.List;

/**
 * Small synthetic PNRGOV 11.1 interchanges for the HTTP and CLI tests, written segment by segment as the reference note
 * describes them (invented names and numbers).
 */
public final class SyntheticPnrgov {

    private SyntheticPnrgov() {
    }

    /** A traveller: surname, given names, passport number, date of birth (DDMMMYY). */
    public record Traveller(String surname, String given, String passport, String birth) {
    }

    /**
     * One message for flight {@code carrier}{@code number} on {@code ddmmyy}, FRA to CDG, with one PNR per locator given,
     * all travellers on each. {@code extraSegment} is inserted after the first TIF (e.g. a broken segment), or empty.
     */
    public static String message(String interchangeRef, String carrier, String number, String ddmmyy, String push, List<String> locators,
                                 List<Traveller> travellers, String extraSegment) {
        List<String> body = new ArrayList<>();
        body.add("UNH+1+PNRGOV:11:1:IA+" + carrier + number + "/" + ddmmyy + "/1015");
        body.add("MSG+:" + push);
        body.add("ORG+" + carrier);
        body.add("TVL+" + ddmmyy + ":1015:" + ddmmyy + ":1230+FRA+CDG+" + carrier + "+" + number);
        body.add("EQN+" + locators.size());
        for (String locator : locators) {
            body.add("SRC");
            body.add("RCI+" + carrier + ":" + locator + "::011126:0900");
            body.add("DAT+700:011126:0900");
            body.add("ORG+1A:MUC+12345678:MUC" + carrier + "0101+MUC+" + carrier + ":MUC+T+DE+EUR");
            int ref = 0;
            for (Traveller t : travellers) {
                ref++;
                body.add("TIF+" + t.surname() + "+" + t.given() + ":A:" + ref);
                if (ref == 1 && !extraSegment.isEmpty()) {
                    body.add(extraSegment);
                }
                body.add("SSR+DOCS:HK:1:" + carrier + ":::::/P/DEU/" + t.passport() + "/DEU/" + t.birth() + "/M/01JAN31/" + t.surname() + "/"
                        + t.given().split(" ")[0] + "/");
            }
            body.add("TVL+" + ddmmyy + ":1015:" + ddmmyy + ":1230+FRA+CDG+" + carrier + "+" + number + ":Y");
            body.add("RPI+" + travellers.size() + "+HK");
        }
        body.add("UNT+" + (body.size() + 1) + "+1");
        StringBuilder s = new StringBuilder("UNA:+.?*'\nUNB+IATA:1+" + carrier + "+DEPIU+261120:0800+" + interchangeRef + "'\n");
        body.forEach(seg -> s.append(seg).append("'\n"));
        s.append("UNZ+1+").append(interchangeRef).append("'\n");
        return s.toString();
    }

    public static String simple(String interchangeRef, String carrier, String number, String ddmmyy, String locator, Traveller... travellers) {
        return message(interchangeRef, carrier, number, ddmmyy, "22", List.of(locator), List.of(travellers), "");
    }
}
