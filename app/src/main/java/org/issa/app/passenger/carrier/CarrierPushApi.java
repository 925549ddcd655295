package org.issa.app.passenger.carrier;

import java.util.List;
import org.issa.app.identity.CurrentUser;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.passenger.ingest.NotAnInterchangeException;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.Quarantined;
import org.issa.passenger.store.Carriers;
import org.issa.passenger.store.Channel;
import org.issa.passenger.store.Delivery;
import org.issa.passenger.store.PnrIngest;
import org.issa.passenger.store.Receipt;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/passenger/messages}: a carrier account pushes one PNRGOV (EDIFACT or XML) or PAXLST interchange,
 * as received bytes; PIU supervisors may upload one for a small carrier (Impl. Decision 2017/759 Art 1(3)). The reply
 * says what was stored and which segments were quarantined (position, segment tag and reason; never the data). A body
 * that is no interchange at all is refused with 400. A carrier pushes only flights of its own designator.
 */
@RestController
public class CarrierPushApi {

    private final PnrIngest ingest;
    private final Carriers carriers;

    public CarrierPushApi(PnrIngest ingest, Carriers carriers) {
        this.ingest = ingest;
        this.carriers = carriers;
    }

    public record QuarantineView(String message, int position, String segment, String reason) {
        static QuarantineView of(Quarantined q) {
            String tag = q.segment().strip();
            int end = 0;
            while (end < Math.min(3, tag.length()) && Character.isLetterOrDigit(tag.charAt(end))) {
                end++;
            }
            return new QuarantineView(q.messageReference(), q.position(), tag.substring(0, end), q.reason());
        }
    }

    public record MessageView(String id, String reference, boolean alreadyStored, int pnrs, int passengers, int sensitiveDeleted,
                              List<QuarantineView> quarantined) {
        static MessageView of(Receipt r) {
            return new MessageView(r.messageId(), r.messageReference(), r.alreadyStored(), r.bookings(), r.passengers(), r.sensitive().size(),
                    r.quarantined().stream().map(QuarantineView::of).toList());
        }
    }

    public record PushReceipt(String format, int messages, int pnrs, int quarantined, List<MessageView> stored, List<QuarantineView> envelope) {
    }

    @PostMapping("/api/v1/passenger/messages")
    @ResponseStatus(HttpStatus.CREATED)
    PushReceipt push(@RequestBody(required = false) byte[] body, Authentication auth) {
        Principal p = CurrentUser.of(auth);
        if (body == null || body.length == 0) {
            throw new InvalidInputException("body", "the body must be a PNRGOV or PAXLST interchange; it is empty");
        }
        Delivery delivery;
        if (p.has(Role.CARRIER)) {
            Carriers.Carrier carrier = carriers.byUsername(p.username()).filter(Carriers.Carrier::enabled)
                    .orElseThrow(() -> new ForbiddenException("this account is not registered as an enabled carrier"));
            delivery = new Delivery(Channel.HTTP, p.username(), carrier.code(), body);
        } else {
            delivery = new Delivery(Channel.UPLOAD, p.username(), "", body);
        }
        try {
            PnrIngest.FileReceipt r = ingest.ingest(delivery, file -> {
                if (!delivery.carrier().isEmpty()) {
                    for (PnrMessage m : file.pnrMessages()) {
                        String flightCarrier = m.flight().map(Flight::carrier).orElse(m.carrier());
                        if (!flightCarrier.isBlank() && !flightCarrier.equalsIgnoreCase(delivery.carrier())) {
                            throw new ForbiddenException("this account pushes for " + delivery.carrier() + "; message " + m.reference()
                                    + " is for a flight of " + flightCarrier);
                        }
                    }
                }
            });
            return new PushReceipt(r.format(), r.messages().size(), r.pnrs(), r.quarantined(),
                    r.messages().stream().map(MessageView::of).toList(), r.fileQuarantined().stream().map(QuarantineView::of).toList());
        } catch (NotAnInterchangeException e) {
            throw new InvalidInputException("body", e.getMessage());
        }
    }
}
