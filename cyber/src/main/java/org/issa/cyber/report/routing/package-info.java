/** Routing rules: which competent authority or CERT a classified report goes to, by RSIT class and type, country and sector. */
package org.issa.cyber.report.routing;
