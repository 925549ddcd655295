/**
 * Follow the money in the application: traces and typology scans over the stored payments (read through the
 * {@code PaymentLedger} port under the reader's marking), the typology alerts, their HTTP API and pages.
 */
package org.issa.app.finance.flow;
