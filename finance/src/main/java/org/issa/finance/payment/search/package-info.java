/**
 * Financial messaging analysis: targeted searches on stored payments that state their link to terrorism or serious
 * crime and their case, return only the subject's transactions and direct counterparties, are logged for review (with
 * sampling), and whose results may be extracted to the case.
 */
package org.issa.finance.payment.search;
