/**
 * Cybercrime incident reports from the public and from partners: intake, reference and status for the
 * reporter, triage, correlation, forwarding to the competent authority, and retention.
 */
package org.issa.cyber.report;
