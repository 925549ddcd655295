/** The port through which modules report live figures to the strategy implementation monitor. */
package org.issa.core.indicator;
