/**
 * The web side of cybercrime reporting: the public report form and status page (English, French,
 * German; no account), the partner API, and the staff pages for triage, incidents and rules.
 */
package org.issa.app.cyber.report;
