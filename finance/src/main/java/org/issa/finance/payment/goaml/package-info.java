/**
 * goAML (UNODC) XML reports, schema 4.0: their transactions read as payments between the from and to sides, or between
 * the payer and the payee of a multi-party transaction whose parties' roles say which is which.
 */
package org.issa.finance.payment.goaml;
