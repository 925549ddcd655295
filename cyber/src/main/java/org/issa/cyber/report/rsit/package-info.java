/** The Reference Security Incident Taxonomy (RSIT) and the editable rules that suggest a class and type for a report. */
package org.issa.cyber.report.rsit;
