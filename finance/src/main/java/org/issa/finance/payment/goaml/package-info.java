/** goAML (UNODC) XML reports, schema 4.0: their transactions read as payments between the from and to sides. */
package org.issa.finance.payment.goaml;
