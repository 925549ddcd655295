package org.issa.app.passenger.review;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Marking;
import org.issa.core.tx.Transactions;
import org.issa.passenger.assessment.PassengerAssessment;
import org.issa.passenger.assessment.PushedFlight;
import org.issa.passenger.keep.KeptBooking;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.store.Delivery;
import org.issa.passenger.store.PnrStore;
import org.issa.passenger.store.Receipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an ingest channel calls once a PNRGOV push is stored: its passengers are assessed for the
 * pushed flight, arriving or departing according to the PIU's airports
 * ({@code issa.passenger.home-airports}, comma-separated IATA codes). A push that cannot be
 * assessed (no flight named, no named passenger) stays stored; the skip is audited with its reason
 * so that the operator sees it, and the carrier's delivery is not refused for it.
 */
public final class PushAssessment {

    private static final Logger LOG = LoggerFactory.getLogger(PushAssessment.class);

    private final PassengerAssessment assessment;
    private final AuditLog audit;
    private final Transactions tx;
    private final Set<String> homeAirports;

    private final PnrStore store;

    /**
     * @param store the PNR store the pushes were stored in: hits name the stored message and booking, whose retention they follow
     */
    public PushAssessment(PassengerAssessment assessment, PnrStore store, AuditLog audit, Transactions tx, String homeAirports) {
        this.assessment = assessment;
        this.store = store;
        this.audit = audit;
        this.tx = tx;
        this.homeAirports = Arrays.stream(homeAirports.split(",")).map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The shape of the store's after-store hook: assesses the bookings kept from a stored push,
     * marked as the store marks passenger data. Empty when the push could not be assessed.
     */
    public java.util.Optional<PassengerAssessment.Result> stored(Delivery delivery, PnrMessage message, List<KeptBooking> kept,
                                                                 Receipt receipt, Marking marking) {
        try {
            return java.util.Optional.of(assessment.assess(delivery.receivedBy(), PushedFlight.of(message,
                    kept.stream().map(KeptBooking::booking).toList(), homeAirports, marking, receipt.messageId(),
                    store.bookingIds(receipt.messageId()))));
        } catch (InvalidInputException e) {
            LOG.warn("push {} stored but not assessed: {}", receipt.messageReference(), e.getMessage());
            tx.run(() -> audit.record(AuditEvent.write(delivery.receivedBy(), "passenger.assessment.skipped", "pnr_message",
                    receipt.messageId(), "not assessed: " + e.getMessage())));
            return java.util.Optional.empty();
        }
    }

    public Set<String> homeAirports() {
        return homeAirports;
    }
}
