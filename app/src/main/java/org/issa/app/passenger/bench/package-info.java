/** {@code issa bench pnr}: end-to-end ingest of synthetic PNRGOV traffic (parse, keep, store) on H2 and PostgreSQL. */
package org.issa.app.passenger.bench;
