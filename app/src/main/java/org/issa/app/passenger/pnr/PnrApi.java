package org.issa.app.passenger.pnr;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.MarkingView;
import org.issa.core.security.Principal;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.retention.Disclosure;
import org.issa.passenger.retention.Disclosures;
import org.issa.passenger.retention.DpoNotice;
import org.issa.passenger.search.BookingDetail;
import org.issa.passenger.search.CoTraveller;
import org.issa.passenger.search.FlightRow;
import org.issa.passenger.search.MessageRow;
import org.issa.passenger.search.PassengerQuery;
import org.issa.passenger.search.PassengerRow;
import org.issa.passenger.search.PassengerViews;
import org.issa.passenger.search.TravelRecord;
import org.issa.passenger.store.Carriers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The PIU analysts' API: flight board, manifests, search (with a purpose, audited; CSV export masked as the screen is),
 * PNR detail with versions and quarantine, travel history, co-travellers, approvals to disclose depersonalised data,
 * the DPO's notices, and the administrators' carrier accounts.
 */
@RestController
public class PnrApi {

    private final PassengerViews views;
    private final Disclosures disclosures;
    private final Carriers carriers;

    public PnrApi(PassengerViews views, Disclosures disclosures, Carriers carriers) {
        this.views = views;
        this.disclosures = disclosures;
        this.carriers = carriers;
    }

    public record BookingView(String id, String carrier, String locator, String createdOn, MarkingView marking,
                              List<BookingDetail.Version> versions, BookingDetail.Version shown, boolean masked, Disclosure disclosure,
                              Booking booking, List<BookingDetail.QuarantineRow> quarantined, int sensitiveDeleted) {
        static BookingView of(BookingDetail d) {
            return new BookingView(d.id(), d.carrier(), d.locator(), d.createdOn(), MarkingView.of(d.marking()), d.versions(), d.shown(),
                    d.masked(), d.disclosure().orElse(null), d.booking(), d.quarantined(), d.sensitiveDeleted());
        }
    }

    public record DisclosureInput(@NotBlank @Size(max = 200) String requestReference, @NotBlank @Size(max = 2000) String grounds,
                                  @NotBlank @Size(max = 200) String approvingAuthority, @NotBlank @Size(max = 200) String approvalReference,
                                  @Min(1) @Max(90) int validDays) {
    }

    public record CarrierInput(@NotBlank @Size(max = 3) String code, @NotBlank @Size(max = 200) String name,
                               @NotBlank @Size(max = 64) String username) {
    }

    @GetMapping("/api/v1/passenger/flights")
    List<FlightRow> flights(@RequestParam LocalDate from, @RequestParam Optional<LocalDate> to, Authentication auth) {
        return views.flightBoard(CurrentUser.of(auth), from, to.orElse(from));
    }

    @GetMapping("/api/v1/passenger/flights/{carrier}/{number}/{date}/passengers")
    List<PassengerRow> manifest(@PathVariable String carrier, @PathVariable String number, @PathVariable LocalDate date,
                                @RequestParam(defaultValue = "") String purpose, Authentication auth) {
        return views.manifest(CurrentUser.of(auth), carrier, number, date, purpose);
    }

    @GetMapping("/api/v1/passenger/search")
    List<PassengerRow> search(@RequestParam Optional<String> name, @RequestParam Optional<String> document,
                              @RequestParam Optional<String> origin, @RequestParam Optional<String> destination,
                              @RequestParam Optional<LocalDate> from, @RequestParam Optional<LocalDate> to,
                              @RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "100") int limit,
                              Authentication auth) {
        return views.search(CurrentUser.of(auth), new PassengerQuery(name, document, origin, destination, from, to), purpose, limit);
    }

    /** The same search as CSV: the same rows, masked the same way; the export is audited as the read it is. */
    @GetMapping(value = "/api/v1/passenger/search.csv", produces = "text/csv")
    ResponseEntity<String> searchCsv(@RequestParam Optional<String> name, @RequestParam Optional<String> document,
                                     @RequestParam Optional<String> origin, @RequestParam Optional<String> destination,
                                     @RequestParam Optional<LocalDate> from, @RequestParam Optional<LocalDate> to,
                                     @RequestParam(defaultValue = "") String purpose, Authentication auth) {
        return PassengerCsv.of(views.search(CurrentUser.of(auth), new PassengerQuery(name, document, origin, destination, from, to),
                purpose, 500));
    }

    @GetMapping("/api/v1/passenger/bookings/{id}")
    BookingView booking(@PathVariable String id, @RequestParam Optional<String> version, @RequestParam(defaultValue = "false") boolean full,
                        @RequestParam(defaultValue = "") String purpose, Authentication auth) {
        return BookingView.of(views.booking(CurrentUser.of(auth), id, version, full, purpose));
    }

    @PostMapping("/api/v1/passenger/bookings/{id}/disclosures")
    @ResponseStatus(HttpStatus.CREATED)
    Disclosure approve(@PathVariable String id, @Valid @RequestBody DisclosureInput in, Authentication auth) {
        return disclosures.approve(CurrentUser.of(auth), id, in.requestReference(), in.grounds(), in.approvingAuthority(),
                in.approvalReference(), Duration.ofDays(in.validDays()));
    }

    @GetMapping("/api/v1/passenger/bookings/{id}/disclosures")
    List<Disclosure> disclosures(@PathVariable String id, @RequestParam(defaultValue = "") String purpose, Authentication auth) {
        views.booking(CurrentUser.of(auth), id, Optional.empty(), false, purpose);
        return disclosures.of(id);
    }

    @GetMapping("/api/v1/passenger/passengers/{id}/history")
    List<TravelRecord> history(@PathVariable String id, @RequestParam(defaultValue = "") String purpose, Authentication auth) {
        return views.history(CurrentUser.of(auth), id, purpose);
    }

    @GetMapping("/api/v1/passenger/passengers/{id}/co-travellers")
    List<CoTraveller> coTravellers(@PathVariable String id, @RequestParam(defaultValue = "") String purpose, Authentication auth) {
        return views.coTravellers(CurrentUser.of(auth), id, purpose);
    }

    @GetMapping("/api/v1/passenger/messages")
    List<MessageRow> messages(@RequestParam(defaultValue = "100") int limit, Authentication auth) {
        return views.messages(CurrentUser.of(auth), limit);
    }

    @GetMapping("/api/v1/passenger/messages/{id}/quarantine")
    List<BookingDetail.QuarantineRow> quarantine(@PathVariable String id, Authentication auth) {
        return views.quarantine(CurrentUser.of(auth), id);
    }

    @GetMapping("/api/v1/passenger/dpo/notices")
    List<DpoNotice> notices(@RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "100") int limit) {
        return disclosures.notices(open, limit);
    }

    @PostMapping("/api/v1/passenger/dpo/notices/{id}/acknowledge")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void acknowledge(@PathVariable String id, Authentication auth) {
        disclosures.acknowledge(CurrentUser.of(auth), id);
    }

    @PostMapping("/api/v1/admin/passenger/carriers")
    @ResponseStatus(HttpStatus.CREATED)
    Carriers.Carrier register(@Valid @RequestBody CarrierInput in, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return carriers.register(p, in.code(), in.name(), in.username());
    }

    @GetMapping("/api/v1/admin/passenger/carriers")
    List<Carriers.Carrier> carriers() {
        return carriers.all();
    }
}
