/**
 * The cyber dashboard: reports per week or month by RSIT class, RSIT type or country, as a JSON API,
 * a chart and the same figures as a table, counted within the reader's markings.
 */
package org.issa.app.cyber.dashboard;
