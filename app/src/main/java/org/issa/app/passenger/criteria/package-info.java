/** The PIU's pre-determined criteria over HTTP and in the web UI: lifecycle, live compile check and backtest. */
package org.issa.app.passenger.criteria;
