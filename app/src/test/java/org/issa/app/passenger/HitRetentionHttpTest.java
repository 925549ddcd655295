package org.issa.app.passenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.issa.app.passenger.review.PushAssessment;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.passenger.keep.KeptBooking;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.retention.Retention;
import org.issa.passenger.store.Channel;
import org.issa.passenger.store.Delivery;
import org.issa.passenger.store.PnrStore;
import org.issa.passenger.store.Receipt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A hit follows its PNR through retention in the running application (time moved in the database, as a clock would):
 * found by name, in the API, the CSV export and the pages while the PNR is whole; masked there once the PNR is
 * depersonalised and shown in full only under the booking's approval; erased with the PNR at the end of retention.
 */
class HitRetentionHttpTest extends PassengerHttpSupport {

    @Autowired
    PnrStore store;

    @Autowired
    PushAssessment push;

    @Autowired
    Retention retention;

    @Autowired
    Sql sql;

    @Test
    void aHitIsMaskedInQueueSearchExportPagesAndApiWithItsPnrThenErased() throws Exception {
        String s = suffix();
        String surname = "WALDBURGER" + s.toUpperCase();
        list("Retention alerts " + s, "Henrike " + surname);
        String locator = ("R" + s).substring(0, Math.min(6, s.length() + 1)).toUpperCase();
        PnrMessage m = PushAssessmentHttpTest.message(surname, "HENRIKE", locator, true);
        List<KeptBooking> kept = m.bookings().stream().map(b -> new KeptBooking(b, List.of())).toList();
        Delivery d = new Delivery(Channel.CLI, "carrier-tk", "TK", ("hit retention " + s).getBytes(StandardCharsets.UTF_8));
        Receipt receipt = store.store(d, m, kept);
        assertThat(push.stored(d, m, kept, receipt, store.marking())).isPresent();
        String analyst = token(Role.ANALYST);
        String name = "henrike+" + surname.toLowerCase();

        JsonNode found = ok(get("/api/v1/passenger/hits?status=ALL&name=" + name + "&purpose=check", analyst)).path("items");
        assertThat(found).hasSize(1);
        String hitId = found.get(0).path("id").asString();
        assertThat(found.get(0).path("passengerName").asString()).isEqualTo("HENRIKE " + surname);
        assertThat(found.get(0).path("data").asString()).isEqualTo("FULL");
        var noPurpose = get("/api/v1/passenger/hits.csv?status=ALL&name=" + name, analyst);
        assertThat(noPurpose.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noPurpose.body()).path("field").asString()).isEqualTo("purpose");
        assertThat(get("/api/v1/passenger/hits.csv?status=ALL&name=" + name + "&purpose=export", analyst).body()).contains(hitId)
                .contains(surname);
        WebSession page = signIn(username(Role.ANALYST));
        assertThat(page.get("/passenger/review?status=ALL&name=" + name).body()).contains(surname);

        // Seven months later the PNR is depersonalised, and its hit with it.
        sql.update("UPDATE pnr_message SET received_at = ? WHERE id = ?", Instant.now().minus(Duration.ofDays(200)), receipt.messageId());
        retention.run();
        assertThat(ok(get("/api/v1/passenger/hits?status=ALL&name=" + name + "&purpose=check", analyst)).path("items")).isEmpty();
        JsonNode masked = ok(get("/api/v1/passenger/hits/" + hitId + "?purpose=check", analyst));
        assertThat(masked.path("data").asString()).isEqualTo("MASKED");
        assertThat(masked.path("passengerName").asString()).isEqualTo("***");
        assertThat(masked.toString()).doesNotContain(surname);
        String csvLine = Arrays.stream(get("/api/v1/passenger/hits.csv?status=ALL&source=WATCHLIST&purpose=export", analyst).body()
                .split("\r\n")).filter(l -> l.startsWith("\"" + hitId + "\"")).findFirst().orElseThrow();
        assertThat(csvLine).contains("***").contains("MASKED").doesNotContain(surname);
        assertThat(page.get("/passenger/review?status=ALL&name=" + name).body()).doesNotContain(surname);
        assertThat(page.get("/passenger/hits/" + hitId + "?purpose=check").body()).contains("Depersonalised").doesNotContain(surname);

        // In full only under the booking's approval, recorded and notified to the DPO.
        assertThat(get("/api/v1/passenger/hits/" + hitId + "?purpose=check&full=true", analyst).statusCode()).isEqualTo(403);
        String bookingId = masked.path("pnrBookingId").asString();
        assertThat(bookingId).isEqualTo(sql.queryOne("SELECT booking_id FROM pnr_booking_version WHERE message_id = ?", rs -> rs.getString(1),
                receipt.messageId()).orElseThrow());
        var approval = send("POST", "/api/v1/passenger/bookings/" + bookingId + "/disclosures", token(Role.SUPERVISOR),
                "{\"requestReference\":\"REQ-" + s + "\",\"grounds\":\"identify the traveller behind hit " + hitId + "\","
                        + "\"approvingAuthority\":\"Tribunal judiciaire\",\"approvalReference\":\"JLD-" + s + "\",\"validDays\":3}");
        assertThat(approval.statusCode()).as(approval.body()).isEqualTo(201);
        assertThat(ok(get("/api/v1/passenger/hits/" + hitId + "?purpose=REQ-" + s + "&full=true", analyst)).path("passengerName").asString())
                .isEqualTo("HENRIKE " + surname);
        assertThat(page.get("/passenger/hits/" + hitId + "?purpose=REQ-" + s + "&full=true").body()).contains(surname);
        assertThat(get("/api/v1/passenger/dpo/notices?open=true", token(Role.DPO)).body()).contains("review hit " + hitId);

        // At the end of retention the hit's personal data go with the PNR.
        sql.update("UPDATE pnr_message SET received_at = ? WHERE id = ?", Instant.now().minus(Duration.ofDays(365 * 6)), receipt.messageId());
        retention.run();
        JsonNode erased = ok(get("/api/v1/passenger/hits/" + hitId + "?purpose=check", token(Role.DPO)));
        assertThat(erased.path("data").asString()).isEqualTo("ERASED");
        assertThat(erased.path("passengerRef").asString()).startsWith("erased-");
        assertThat(erased.path("sourceName").asString()).isEqualTo("Retention alerts " + s);
        assertThat(erased.toString()).doesNotContain(surname).doesNotContain(locator);
        assertThat(get("/api/v1/passenger/hits/" + hitId + "?purpose=check&full=true", analyst).statusCode()).isEqualTo(403);
    }
}
