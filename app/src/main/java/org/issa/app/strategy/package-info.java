/** The strategy implementation monitor's HTTP API and pages, and its wiring. */
package org.issa.app.strategy;
