package org.issa.app.passenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.issa.app.passenger.review.PushAssessment;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.passenger.keep.KeptBooking;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.store.Channel;
import org.issa.passenger.store.Delivery;
import org.issa.passenger.store.PnrStore;
import org.issa.passenger.store.Receipt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A watch list changes after a passenger was assessed and before the flight arrives: the real re-screening screens the
 * passenger against the new version and the hit lands in the passenger review queue, not the generic screening queue.
 */
class PassengerRescreeningHttpTest extends PassengerHttpSupport {

    @Autowired
    PnrStore store;

    @Autowired
    PushAssessment push;

    @Autowired
    Sql sql;

    @Test
    void aListChangeRaisesAPassengerHitForAFlightStillToArrive() throws Exception {
        String s = suffix();
        String surname = "QUARTZLING" + s.toUpperCase();
        String listId = list("Late alerts " + s, "Somebody Else" + s);
        String locator = ("Q" + s).substring(0, Math.min(6, s.length() + 1)).toUpperCase();
        LocalDateTime dep = LocalDateTime.now(ZoneOffset.UTC).plusDays(5).truncatedTo(ChronoUnit.MINUTES);
        PnrMessage m = PushAssessmentHttpTest.message(surname, "HENRIKE", locator, true, dep);
        List<KeptBooking> kept = m.bookings().stream().map(b -> new KeptBooking(b, List.of())).toList();
        Delivery d = new Delivery(Channel.CLI, "carrier-tk", "TK", ("rescreen " + s).getBytes(StandardCharsets.UTF_8));
        Receipt receipt = store.store(d, m, kept);
        assertThat(push.stored(d, m, kept, receipt, store.marking()).orElseThrow().listHits()).isZero();
        String passengerRef = "TK/1A/" + locator + "/1";

        // A new version of the list names her.
        var upload = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/watchlists/" + listId + "/versions")))
                .header("Authorization", "Bearer " + token(Role.SUPERVISOR)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("W1|Somebody Else" + s + "|1979-03-14|XK\nW2|Henrike " + surname
                        + "|1979-03-14|DE\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as(upload.body()).isBetween(200, 299);

        JsonNode hit = null;
        for (int i = 0; i < 100 && hit == null; i++) { // the re-screening runs in the background
            hit = find(passengerRef);
            if (hit == null) {
                Thread.sleep(200);
            }
        }
        assertThat(hit).as("a passenger hit after the list change").isNotNull();
        assertThat(hit.path("sourceName").asString()).isEqualTo("Late alerts " + s);
        assertThat(hit.path("passengerName").asString()).isEqualTo("HENRIKE " + surname);
        assertThat(hit.path("pnrBookingId").asString()).isNotBlank();
        assertThat(sql.count("SELECT COUNT(*) FROM screening_hits WHERE record_name LIKE ?", "%" + surname + "%")).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM review_hits WHERE passenger_ref = ?", passengerRef)).isEqualTo(1);
    }

    private JsonNode find(String passengerRef) {
        for (JsonNode h : ok(get("/api/v1/passenger/hits?status=ALL&limit=500", token(Role.SUPERVISOR))).path("items")) {
            if (h.path("passengerRef").asString().equals(passengerRef)) {
                return h;
            }
        }
        return null;
    }
}
