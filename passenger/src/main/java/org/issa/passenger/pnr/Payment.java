package org.issa.passenger.pnr;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A form of payment (GR.4 FOP, e.g. {@code FOP+CC::416.00:AX:373212341234123:1211}) with the card holder (IFT) and
 * billing address (ADD) when sent.
 *
 * @param type           card, cash, cheque…
 * @param code           the FOP code as sent ({@code CC})
 * @param amount         the amount paid this way, if sent
 * @param vendor         card vendor code ({@code AX}, {@code VI}…), empty if none
 * @param accountNumber  card or account number as sent (often partly masked by the carrier)
 * @param expiry         card expiry as sent ({@code MMYY})
 * @param cardHolder     card holder's name when it differs from the passenger's
 * @param billingAddress the payer's address
 */
@Annex(AnnexItem.PAYMENT)
public record Payment(PaymentType type, String code, Optional<BigDecimal> amount, String vendor, String accountNumber, String expiry,
                      String cardHolder, Optional<Address> billingAddress) {
    public Payment {
        type = type == null ? PaymentType.OTHER : type;
        code = Flight.nz(code);
        amount = amount == null ? Optional.empty() : amount;
        vendor = Flight.nz(vendor);
        accountNumber = Flight.nz(accountNumber);
        expiry = Flight.nz(expiry);
        cardHolder = Flight.nz(cardHolder);
        billingAddress = billingAddress == null ? Optional.empty() : billingAddress;
    }
}
