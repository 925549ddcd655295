/**
 * Counts of cybercrime reports over time (by RSIT class or type, or by country, in weekly or monthly
 * periods), computed in SQL within the reader's markings, for the cyber dashboard.
 */
package org.issa.cyber.statistics;
