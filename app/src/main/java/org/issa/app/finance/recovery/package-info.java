/**
 * The Asset Recovery Office over HTTP and in the web UI: the asset pipeline, sales with the reacquisition check (over the
 * investigation entity store and the name-matching engine), and the evaluation indicators reported to the strategy monitor.
 */
package org.issa.app.finance.recovery;
