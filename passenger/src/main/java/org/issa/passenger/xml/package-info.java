/**
 * PNRGOV XML ({@code IATA_PNRGOV_NotifRQ}) reading: a hardened StAX reader (no DTD, no external entities, bounded size,
 * depth and element count) into a small element tree, mapped to the PNR model.
 */
package org.issa.passenger.xml;
