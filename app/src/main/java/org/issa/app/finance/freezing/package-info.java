/** Freezing orders and the frozen-funds register over HTTP and in the web UI, and their link from confirmed screening hits. */
package org.issa.app.finance.freezing;
