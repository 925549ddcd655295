/**
 * The finance benchmarks behind {@code issa bench finance}: bulk loading of synthetic payments into the payment store (H2,
 * and PostgreSQL when given), trace latency on a large synthetic ledger, and the AMLSim scan against PageRank.
 */
package org.issa.app.finance.bench;
