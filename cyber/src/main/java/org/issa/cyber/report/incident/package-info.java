/** Incidents and investigations built from reports, each with its own lifecycle and an incident timeline, in the spirit of RTIR. */
package org.issa.cyber.report.incident;
