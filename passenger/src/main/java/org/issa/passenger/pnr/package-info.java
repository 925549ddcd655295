/**
 * The PNR and API data model: immutable records for PNRGOV messages, bookings, passengers and PAXLST API data, each
 * field tagged with the Directive (EU) 2016/681 Annex I item it carries ({@link org.issa.passenger.pnr.Annex}).
 */
package org.issa.passenger.pnr;
