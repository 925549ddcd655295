/**
 * Seeded synthetic passenger traffic: realistic bookings written as PNRGOV EDIFACT (any separators, multi-part, several
 * PNRs per message, changes-only updates), PNRGOV XML and PAXLST, for tests and benchmarks. No real person's data.
 */
package org.issa.passenger.synthetic;
