/** ISO 20022 camt.053 (BankToCustomerStatement) statements, versions .02 to .13, read as payments. */
package org.issa.finance.payment.camt053;
