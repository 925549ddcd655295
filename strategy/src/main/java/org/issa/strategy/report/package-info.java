/** The annual implementation report: built from live data for one reader, printed as HTML or PDF. */
package org.issa.strategy.report;
