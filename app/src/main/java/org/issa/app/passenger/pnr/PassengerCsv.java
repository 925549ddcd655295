package org.issa.app.passenger.pnr;

import java.time.LocalDate;
import java.util.List;
import org.issa.app.web.Csv;
import org.issa.passenger.search.PassengerRow;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Search results as CSV: the rows the search returned, masked as they are on screen. */
final class PassengerCsv {

    private PassengerCsv() {
    }

    static ResponseEntity<String> of(List<PassengerRow> rows) {
        StringBuilder csv = new StringBuilder("carrier,locator,surname,given_names,masked,flight,origin,destination,date\r\n");
        for (PassengerRow r : rows) {
            csv.append(String.join(",", Csv.cell(r.carrier()), Csv.cell(r.locator()), Csv.cell(r.surname()), Csv.cell(r.givenNames()),
                    Boolean.toString(r.masked()), Csv.cell(r.flight()), Csv.cell(r.origin()), Csv.cell(r.destination()),
                    r.date().map(LocalDate::toString).orElse(""))).append("\r\n");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", ContentDisposition.attachment().filename("passengers.csv").build().toString())
                .body(csv.toString());
    }
}
