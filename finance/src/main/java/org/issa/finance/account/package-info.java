/** Bank accounts: IBAN and BIC identifiers with their checks, and the national bank account register. */
package org.issa.finance.account;
