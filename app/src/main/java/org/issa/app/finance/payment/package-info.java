/**
 * The payment store in the application: its wiring (the node's {@link org.issa.finance.payment.PaymentLedger}), file
 * imports over HTTP, the CLI and the demo, the hand-off to the entity store, and the payment pages.
 */
package org.issa.app.finance.payment;
