/**
 * Typology alerts kept for human decision: raised by a scan with their evidence and score, marked,
 * dismissed with a reason or escalated to a case by an analyst or supervisor, every step audited.
 */
package org.issa.finance.alert;
