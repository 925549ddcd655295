package org.issa.passenger.pnr;

import java.util.Optional;

/**
 * An address, phone number or e-mail address of a booking or passenger (Annex I item 5). E-mail addresses are given
 * in their usual form: the PNRGOV escapes ({@code //} for {@code @}, {@code ..} for {@code _}) are undone.
 *
 * @param kind    what it is
 * @param value   the phone number, e-mail address or the address on one line
 * @param address the structured address, for {@link ContactKind#ADDRESS}
 */
@Annex(AnnexItem.ADDRESS_CONTACT)
public record Contact(ContactKind kind, String value, Optional<Address> address) {
    public Contact {
        value = Flight.nz(value);
        address = address == null ? Optional.empty() : address;
    }
}
