package org.issa.app.passenger.exchange;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.Pages;
import org.issa.core.error.ConflictException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.passenger.exchange.ExchangeDesk;
import org.issa.passenger.exchange.InformationRequest;
import org.issa.passenger.exchange.ThirdCountryTransfer;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The requests page (register, deadlines, answers) and the third-country transfers page (conditions, DPO acknowledgement). */
@Controller
public class PassengerExchangePages {

    private final ExchangeDesk desk;

    public PassengerExchangePages(ExchangeDesk desk) {
        this.desk = desk;
    }

    public record RequestsPage(List<InformationRequest> requests, Instant now, boolean overdueOnly, boolean mayRegister, boolean mayAnswer) {
    }

    public record TransfersPage(List<ThirdCountryTransfer> transfers, boolean mayTransfer, boolean mayAcknowledge) {
    }

    @GetMapping("/passenger/requests")
    ModelAndView requests(@RequestParam(defaultValue = "false") boolean overdue, HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return Pages.view("passengerRequests", Pages.page(request, "Requests from PIUs and Europol", "passenger"),
                new RequestsPage(desk.requests(p, Optional.empty(), overdue, 500), desk.now(), overdue, p.hasAny(Role.ANALYST, Role.SUPERVISOR),
                        p.has(Role.SUPERVISOR)));
    }

    @PostMapping("/passenger/requests")
    String receive(@RequestParam(defaultValue = "") String requesterKind, @RequestParam(defaultValue = "") String requester,
                   @RequestParam(defaultValue = "") String requesterState, @RequestParam(defaultValue = "") String theirReference,
                   @RequestParam(defaultValue = "") String channelReference, @RequestParam(defaultValue = "") String offence,
                   @RequestParam(defaultValue = "") String reasoning, @RequestParam(defaultValue = "") String dataRequested,
                   @RequestParam(defaultValue = "false") boolean depersonalisedData, @RequestParam(defaultValue = "NORMAL") String urgency,
                   Authentication auth, RedirectAttributes flash) {
        try {
            desk.receive(CurrentUser.of(auth), new ExchangeDesk.NewRequest(requesterKind, requester, requesterState, theirReference,
                    channelReference, offence, reasoning, dataRequested, depersonalisedData, urgency), null);
            flash.addFlashAttribute(Pages.NOTICE, "Request registered.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/passenger/requests";
    }

    @PostMapping("/passenger/requests/{id}/close")
    String close(@PathVariable String id, @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String text,
                 @RequestParam(defaultValue = "") String approvalReference, Authentication auth, RedirectAttributes flash) {
        try {
            desk.close(CurrentUser.of(auth), id, outcome, text, approvalReference);
            flash.addFlashAttribute(Pages.NOTICE, "Request closed.");
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/passenger/requests";
    }

    @GetMapping("/passenger/transfers")
    ModelAndView transfers(HttpServletRequest request, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        return Pages.view("passengerTransfers", Pages.page(request, "Transfers to third countries", "passenger"),
                new TransfersPage(desk.transfers(p, false, 500), p.has(Role.SUPERVISOR), p.has(Role.DPO)));
    }

    @PostMapping("/passenger/transfers")
    String transfer(PassengerExchangeApi.TransferInput in, Authentication auth, RedirectAttributes flash) {
        try {
            desk.transfer(CurrentUser.of(auth), in.toRequest(), null);
            flash.addFlashAttribute(Pages.NOTICE, "Transfer registered; the DPO has been informed.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/passenger/transfers";
    }

    @PostMapping("/passenger/transfers/{id}/acknowledge")
    String acknowledge(@PathVariable String id, Authentication auth, RedirectAttributes flash) {
        try {
            desk.acknowledge(CurrentUser.of(auth), id);
            flash.addFlashAttribute(Pages.NOTICE, "Acknowledged.");
        } catch (ConflictException e) {
            flash.addFlashAttribute(Pages.ERROR, e.getMessage());
        }
        return "redirect:/passenger/transfers";
    }
}
