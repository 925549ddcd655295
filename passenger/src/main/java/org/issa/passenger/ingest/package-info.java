/**
 * Reading passenger data files: recognises PNRGOV EDIFACT, PNRGOV XML and PAXLST, refuses what is none of them, and
 * returns the messages with the segments it had to quarantine.
 */
package org.issa.passenger.ingest;
