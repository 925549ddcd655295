package org.issa.passenger.synthetic;

import static org.issa.passenger.synthetic.SegmentWriter.c;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.issa.passenger.pnr.ApiMessage;
import org.issa.passenger.pnr.ApiPerson;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.TravelDocument;

/** Writes UN/EDIFACT PAXLST (D.05B, WCO/IATA/ICAO API guidelines) from the model: the inverse of the PAXLST reader. */
public final class PaxlstWriter {

    private PaxlstWriter() {}

    public static byte[] interchange(ApiMessage m, boolean newlines) {
        StringBuilder out = new StringBuilder(4096);
        Separators sep = new Separators(':', '+', '.', '?', '*', '\'');
        out.append(sep.una());
        if (newlines) {
            out.append('\n');
        }
        SegmentWriter w = new SegmentWriter(sep, out, newlines);
        LocalDateTime p = LocalDateTime.ofInstant(m.preparedAt().orElseThrow(), ZoneOffset.UTC);
        w.segment("UNB", c("UNOA", "4"), c(m.sender()), c(m.recipient()), c(PnrgovWriter.yymmdd(p.toLocalDate()), PnrgovWriter.hhmm(p)),
                m.interchangeReference());
        w.resetCount();
        String[] v = m.version().split("\\.");
        w.segment("UNH", m.reference(), c("PAXLST", v[0], v.length > 1 ? v[1] : "05B", "UN", "IATA"));
        w.segment("BGM", c(m.listType().code()));
        w.segment("RFF", c("TN", m.transactionRef()));
        w.segment("NAD", "MS", "", "", c(m.reportingParty()));
        for (Flight f : m.flights()) {
            w.segment("TDT", "20", c(f.carrier() + f.number()), "", "", c(f.carrier()));
            w.segment("LOC", "125", c(f.departureAirport()));
            f.departureLocal().ifPresent(t -> w.segment("DTM", c("189", stamp(t), "201")));
            w.segment("LOC", "87", c(f.arrivalAirport()));
            f.arrivalLocal().ifPresent(t -> w.segment("DTM", c("232", stamp(t), "201")));
        }
        for (ApiPerson a : m.persons()) {
            String[] given = a.givenNames().split(" ", 2);
            var addr = a.address();
            w.segment("NAD", a.role().code(), "", "", c(a.surname(), given[0], given.length > 1 ? given[1] : ""),
                    addr.map(x -> c(x.street())).orElse(null), addr.map(x -> x.city()).orElse(null), addr.map(x -> x.region()).orElse(null),
                    addr.map(x -> x.postalCode()).orElse(null), addr.map(x -> x.country()).orElse(null));
            w.segment("ATT", "2", "", c(a.gender()));
            a.birthDate().ifPresent(d -> w.segment("DTM", c("329", PnrgovWriter.yymmdd(d))));
            if (a.verified()) {
                w.segment("GEI", "4", c("173"));
            }
            for (String tag : a.bagTags()) {
                w.segment("FTX", "BAG", "", "", c(tag));
            }
            if (!a.embarkation().isEmpty()) {
                w.segment("LOC", "178", c(a.embarkation()));
            }
            if (!a.debarkation().isEmpty()) {
                w.segment("LOC", "179", c(a.debarkation()));
            }
            if (!a.residenceCountry().isEmpty()) {
                w.segment("LOC", "174", c(a.residenceCountry()));
            }
            if (!a.placeOfBirth().isEmpty()) {
                w.segment("LOC", "180", c(a.placeOfBirth()));
            }
            if (!a.nationality().isEmpty()) {
                w.segment("NAT", "2", c(a.nationality()));
            }
            if (!a.reservationRef().isEmpty()) {
                w.segment("RFF", c("AVF", a.reservationRef()));
            }
            if (!a.passengerRef().isEmpty()) {
                w.segment("RFF", c("ABO", a.passengerRef()));
            }
            if (!a.seat().isEmpty()) {
                w.segment("RFF", c("SEA", a.seat()));
            }
            for (TravelDocument d : a.documents()) {
                w.segment("DOC", c(d.type(), "110", "111"), c(d.number()));
                d.expiry().ifPresent(x -> w.segment("DTM", c("36", PnrgovWriter.yymmdd(x))));
                d.issueDate().ifPresent(x -> w.segment("DTM", c("182", PnrgovWriter.yymmdd(x))));
                if (!d.issuingCountry().isEmpty()) {
                    w.segment("LOC", "91", c(d.issuingCountry()), d.issuePlace().equals(d.issuingCountry()) ? null : c(d.issuePlace()));
                }
            }
        }
        m.declaredCount().ifPresent(n -> w.segment("CNT", c("42", String.valueOf(n))));
        w.segment("UNT", String.valueOf(w.count() + 1), m.reference());
        w.segment("UNZ", "1", m.interchangeReference());
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String stamp(LocalDateTime t) {
        LocalDate d = t.toLocalDate();
        return PnrgovWriter.yymmdd(d) + String.format(Locale.ROOT, "%02d%02d", t.getHour(), t.getMinute());
    }
}
