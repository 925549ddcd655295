/** The Passenger Information Unit: PNR (PNRGOV) and API (PAXLST) data under Directive (EU) 2016/681. */
package org.issa.passenger;
