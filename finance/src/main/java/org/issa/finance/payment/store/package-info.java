/**
 * The payment store: payments between accounts imported in atomic, idempotent batches (bulk rows,
 * PostgreSQL COPY), read back under each batch's marking; the {@link org.issa.finance.payment.PaymentLedger} of the node.
 */
package org.issa.finance.payment.store;
