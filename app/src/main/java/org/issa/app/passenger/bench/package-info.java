/**
 * {@code issa bench pnr}: end-to-end ingest of synthetic PNRGOV traffic (parse, keep, store, then the production
 * assessment against the UN list and 100 criteria) on H2 and PostgreSQL, and a criteria backtest over stored PNRs.
 */
package org.issa.app.passenger.bench;
