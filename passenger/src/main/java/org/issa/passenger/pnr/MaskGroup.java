package org.issa.passenger.pnr;

/**
 * The groups of Article 12(2) of Directive (EU) 2016/681 that are depersonalised by masking six months after the
 * transfer of the PNR data to the PIU.
 */
public enum MaskGroup {
    /** (a) name(s), including the names of other passengers on the PNR and the number of travellers together. */
    A_NAMES,
    /** (b) address and contact information. */
    B_ADDRESS_CONTACT,
    /** (c) all forms of payment information, including billing address, as far as they could identify a person. */
    C_PAYMENT,
    /** (d) frequent flyer information. */
    D_FREQUENT_FLYER,
    /** (e) general remarks, as far as they contain information that could identify the passenger. */
    E_GENERAL_REMARKS,
    /** (f) any API data collected. */
    F_API_DATA
}
