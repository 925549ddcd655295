/** The PIU's store of received PNR and API messages: each message once, bookings in versions, quarantine and the log of data deleted on receipt. */
package org.issa.passenger.store;
