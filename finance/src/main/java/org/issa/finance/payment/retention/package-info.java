/** Retention of stored payments: what no case extracted is deleted at the end of its period from the payment date, and each deletion is logged for the DPO. */
package org.issa.finance.payment.retention;
