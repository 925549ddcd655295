/** Requests from other PIUs and Europol, and transfers to third countries, over HTTP and in the UI. */
package org.issa.app.passenger.exchange;
