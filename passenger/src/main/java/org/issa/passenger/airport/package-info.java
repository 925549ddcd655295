/** Airports: the IANA time zone of each airport the data uses, to place local flight times on the time line. */
package org.issa.passenger.airport;
