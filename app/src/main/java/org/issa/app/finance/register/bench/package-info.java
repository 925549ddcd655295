/** {@code issa bench register}: load rate and query latency of the bank account register on a synthetic register. */
package org.issa.app.finance.register.bench;
