/** The PIU analysts' REST API and pages over stored PNR data: flight board, PNR detail, search with a purpose, travel history, co-travellers, approvals. */
package org.issa.app.passenger.pnr;
