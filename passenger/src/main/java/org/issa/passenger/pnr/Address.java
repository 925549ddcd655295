package org.issa.passenger.pnr;

/**
 * A postal address (ADD {@code purpose+street:city:region:postcode:country}, DOCA, GR.4 billing address).
 *
 * @param purpose the sender's purpose code (e.g. {@code 700} home), empty if none
 */
public record Address(String purpose, String street, String city, String region, String postalCode, String country) {
    public Address {
        purpose = Flight.nz(purpose);
        street = Flight.nz(street);
        city = Flight.nz(city);
        region = Flight.nz(region);
        postalCode = Flight.nz(postalCode);
        country = Flight.nz(country);
    }

    /** The address on one line, parts separated by comma. */
    public String oneLine() {
        StringBuilder b = new StringBuilder();
        for (String s : new String[] {street, postalCode, city, region, country}) {
            if (!s.isEmpty()) {
                b.append(b.isEmpty() ? "" : ", ").append(s);
            }
        }
        return b.toString();
    }
}
