/** Parse benchmark over generated PNRGOV/PAXLST traffic, reported as a record and a JSON-ready map. */
package org.issa.passenger.bench;
