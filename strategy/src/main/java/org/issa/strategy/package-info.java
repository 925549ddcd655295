/** The strategy implementation monitor: the Internal Security Strategy as data, its progress and its annual reports. */
package org.issa.strategy;
