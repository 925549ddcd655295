package org.issa.app.passenger.pnr;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Pages;
import org.issa.core.error.InvalidInputException;
import org.issa.core.security.Principal;
import org.issa.passenger.retention.Disclosure;
import org.issa.passenger.retention.Disclosures;
import org.issa.passenger.search.BookingDetail;
import org.issa.passenger.search.CoTraveller;
import org.issa.passenger.search.FlightRow;
import org.issa.passenger.search.MessageRow;
import org.issa.passenger.search.PassengerQuery;
import org.issa.passenger.search.PassengerRow;
import org.issa.passenger.search.PassengerViews;
import org.issa.passenger.search.TravelRecord;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PIU pages: flight board, manifest, search, PNR detail, passenger (history and co-travellers), received messages.
 * A page that shows personal data first asks for the purpose, which is audited with the read.
 */
@Controller
public class PnrPages {

    private final PassengerViews views;
    private final Disclosures disclosures;
    private final Clock clock;

    public PnrPages(PassengerViews views, Disclosures disclosures, Clock clock) {
        this.views = views;
        this.disclosures = disclosures;
        this.clock = clock;
    }

    public record BoardPage(LocalDate from, LocalDate to, List<FlightRow> flights, Optional<LocalDate> latest) {
    }

    public record PurposePage(String action, String what, List<String[]> hidden) {
    }

    public record ManifestPage(String flight, LocalDate date, String purpose, List<PassengerRow> passengers) {
    }

    public record SearchPage(String name, String document, String origin, String destination, String from, String to, String purpose,
                             Optional<List<PassengerRow>> results, Optional<String> error) {
        public String csvQuery() {
            return "name=" + enc(name) + "&document=" + enc(document) + "&origin=" + enc(origin) + "&destination=" + enc(destination)
                    + "&from=" + enc(from) + "&to=" + enc(to) + "&purpose=" + enc(purpose);
        }
    }

    public record BookingPage(BookingDetail detail, String purpose, List<Disclosure> disclosures) {
    }

    public record PassengerPage(String passengerId, String purpose, List<TravelRecord> history, List<CoTraveller> coTravellers,
                                Optional<String> error) {
    }

    public record MessagesPage(List<MessageRow> messages, Optional<String> selected, List<BookingDetail.QuarantineRow> quarantine) {
    }

    @GetMapping("/passenger")
    ModelAndView board(@RequestParam Optional<LocalDate> from, @RequestParam Optional<LocalDate> to, HttpServletRequest request,
                       Authentication auth) {
        LocalDate f = from.orElse(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        LocalDate t = to.orElse(f.plusDays(1));
        return Pages.view("passengerBoard", Pages.page(request, "Flight board", "passenger"),
                new BoardPage(f, t, views.flightBoard(CurrentUser.of(auth), f, t), views.latestDeparture(CurrentUser.of(auth))));
    }

    @GetMapping("/passenger/flights/{carrier}/{number}/{date}")
    ModelAndView manifest(@PathVariable String carrier, @PathVariable String number, @PathVariable LocalDate date,
                          @RequestParam(defaultValue = "") String purpose, HttpServletRequest request, Authentication auth) {
        String flight = carrier + number;
        if (purpose.isBlank()) {
            return purpose(request, request.getRequestURI(), "the passengers of " + flight + " on " + date, List.of());
        }
        return Pages.view("passengerManifest", Pages.page(request, flight + " " + date, "passenger"),
                new ManifestPage(flight, date, purpose, views.manifest(CurrentUser.of(auth), carrier, number, date, purpose)));
    }

    @GetMapping("/passenger/search")
    ModelAndView search(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String document,
                        @RequestParam(defaultValue = "") String origin, @RequestParam(defaultValue = "") String destination,
                        @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                        @RequestParam(defaultValue = "") String purpose, HttpServletRequest request, Authentication auth) {
        Optional<List<PassengerRow>> results = Optional.empty();
        Optional<String> error = Optional.empty();
        boolean asked = !(name + document + origin + destination).isBlank();
        if (asked) {
            try {
                if (purpose.isBlank()) {
                    throw new InvalidInputException("purpose", "state the purpose of this search: it is recorded with it");
                }
                PassengerQuery q = new PassengerQuery(Optional.of(name), Optional.of(document), Optional.of(origin), Optional.of(destination),
                        date("from", from), date("to", to));
                results = Optional.of(views.search(CurrentUser.of(auth), q, purpose, 200));
            } catch (InvalidInputException e) {
                error = Optional.of(e.getMessage());
            }
        }
        return Pages.view("passengerSearch", Pages.page(request, "Passenger search", "passenger"),
                new SearchPage(name, document, origin, destination, from, to, purpose, results, error));
    }

    /** The search as CSV, from the page: the same rows, masked the same way, audited as the read it is. */
    @GetMapping(value = "/passenger/search.csv", produces = "text/csv")
    org.springframework.http.ResponseEntity<String> searchCsv(@RequestParam(defaultValue = "") String name,
                                                              @RequestParam(defaultValue = "") String document,
                                                              @RequestParam(defaultValue = "") String origin,
                                                              @RequestParam(defaultValue = "") String destination,
                                                              @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                                                              @RequestParam(defaultValue = "") String purpose, Authentication auth) {
        PassengerQuery q = new PassengerQuery(Optional.of(name), Optional.of(document), Optional.of(origin), Optional.of(destination),
                date("from", from), date("to", to));
        return PassengerCsv.of(views.search(CurrentUser.of(auth), q, purpose, 500));
    }

    @GetMapping("/passenger/bookings/{id}")
    ModelAndView booking(@PathVariable String id, @RequestParam(defaultValue = "") String purpose, @RequestParam Optional<String> version,
                         @RequestParam(defaultValue = "false") boolean full, HttpServletRequest request, Authentication auth) {
        if (purpose.isBlank()) {
            return purpose(request, request.getRequestURI(), "this PNR", version.map(v -> List.<String[]>of(new String[] {"version", v}))
                    .orElse(List.of()));
        }
        BookingDetail d = views.booking(CurrentUser.of(auth), id, version, full, purpose);
        return Pages.view("passengerBooking", Pages.page(request, "PNR " + d.locator(), "passenger"),
                new BookingPage(d, purpose, disclosures.of(id)));
    }

    @PostMapping("/passenger/bookings/{id}/disclosures")
    String approve(@PathVariable String id, @RequestParam(defaultValue = "") String requestReference, @RequestParam(defaultValue = "") String grounds,
                   @RequestParam(defaultValue = "") String approvingAuthority, @RequestParam(defaultValue = "") String approvalReference,
                   @RequestParam(defaultValue = "14") int validDays, @RequestParam(defaultValue = "") String purpose, Authentication auth,
                   RedirectAttributes flash) {
        Principal p = CurrentUser.of(auth);
        try {
            disclosures.approve(p, id, requestReference, grounds, approvingAuthority, approvalReference, Duration.ofDays(validDays));
            flash.addFlashAttribute(Pages.NOTICE, "Approval recorded; the data protection officer has been notified.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/passenger/bookings/" + id + "?purpose=" + enc(purpose.isBlank() ? requestReference : purpose);
    }

    @GetMapping("/passenger/passengers/{id}")
    ModelAndView passenger(@PathVariable String id, @RequestParam(defaultValue = "") String purpose, HttpServletRequest request,
                           Authentication auth) {
        if (purpose.isBlank()) {
            return purpose(request, request.getRequestURI(), "this passenger's travel history and co-travellers", List.of());
        }
        Principal p = CurrentUser.of(auth);
        try {
            return Pages.view("passengerTraveller", Pages.page(request, "Passenger", "passenger"), new PassengerPage(id, purpose,
                    views.history(p, id, purpose), views.coTravellers(p, id, purpose), Optional.empty()));
        } catch (InvalidInputException e) {
            return Pages.view("passengerTraveller", Pages.page(request, "Passenger", "passenger"), new PassengerPage(id, purpose, List.of(),
                    List.of(), Optional.of(e.getMessage())));
        }
    }

    @GetMapping("/passenger/messages")
    ModelAndView messages(@RequestParam Optional<String> id, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return Pages.view("passengerMessages", Pages.page(request, "Received messages", "passenger"), new MessagesPage(views.messages(p, 200), id,
                id.map(m -> views.quarantine(p, m)).orElse(List.of())));
    }

    private ModelAndView purpose(HttpServletRequest request, String action, String what, List<String[]> hidden) {
        return Pages.view("passengerPurpose", Pages.page(request, "State the purpose", "passenger"), new PurposePage(action, what, hidden));
    }

    private static Optional<LocalDate> date(String field, String s) {
        if (s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s.strip()));
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, field + " must be a date (YYYY-MM-DD)");
        }
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
