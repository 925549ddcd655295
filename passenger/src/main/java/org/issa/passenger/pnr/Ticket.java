package org.issa.passenger.pnr;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A ticket (GR.3: TKT, MON, PTK, TXD, DAT, and its GR.4 payments).
 *
 * @param number      ticket number, empty when ticketless
 * @param documentType document type ({@code T} ticket…)
 * @param conjunctions number of conjunctive tickets (TKT element 1 component 3), 1 when not stated
 * @param ticketless  TKT {@code +:1}
 * @param issuedAt    GR.3 DAT (710) issue time, UTC
 * @param amounts     MON amounts (total, base fare…)
 * @param taxes       TXD taxes
 * @param pricing     PTK pricing/ticketing details as sent (fare basis, one-way indicator…), joined by {@code :}
 * @param fareCalculation IFT 4:15 fare calculation line, empty if none
 * @param payments    forms of payment
 */
public record Ticket(
        @Annex(AnnexItem.TICKETING) String number,
        @Annex(AnnexItem.TICKETING) String documentType,
        @Annex(AnnexItem.TICKETING) int conjunctions,
        @Annex(AnnexItem.TICKETING) boolean ticketless,
        @Annex({AnnexItem.TICKETING, AnnexItem.RESERVATION_DATE}) Optional<Instant> issuedAt,
        @Annex({AnnexItem.TICKETING, AnnexItem.PAYMENT}) List<MonetaryAmount> amounts,
        @Annex(AnnexItem.TICKETING) List<MonetaryAmount> taxes,
        @Annex(AnnexItem.TICKETING) String pricing,
        @Annex(AnnexItem.TICKETING) String fareCalculation,
        @Annex(AnnexItem.PAYMENT) List<Payment> payments) {
    public Ticket {
        number = Flight.nz(number);
        documentType = Flight.nz(documentType);
        conjunctions = Math.max(1, conjunctions);
        issuedAt = issuedAt == null ? Optional.empty() : issuedAt;
        amounts = List.copyOf(amounts);
        taxes = List.copyOf(taxes);
        pricing = Flight.nz(pricing);
        fareCalculation = Flight.nz(fareCalculation);
        payments = List.copyOf(payments);
    }
}
