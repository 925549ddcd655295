/** Follow-the-money benchmark: trace latency on a large synthetic ledger, and the AMLSim scan against PageRank. */
package org.issa.app.finance.bench;
