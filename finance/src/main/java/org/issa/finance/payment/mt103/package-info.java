/** SWIFT MT103 (single customer credit transfer) messages in FIN block format, read as payments. */
package org.issa.finance.payment.mt103;
