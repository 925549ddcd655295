/** The carriers' channel: authenticated carrier accounts push PNRGOV and PAXLST messages over HTTP, and can do nothing else. */
package org.issa.app.passenger.carrier;
