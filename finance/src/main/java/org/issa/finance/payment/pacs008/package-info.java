/** ISO 20022 pacs.008 (FIToFICustomerCreditTransfer) messages, versions .02 to .13, read as payments. */
package org.issa.finance.payment.pacs008;
