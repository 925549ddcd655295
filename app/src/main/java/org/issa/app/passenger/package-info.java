/** Wiring of the passenger (PIU) module: store, retention job, analyst views. */
package org.issa.app.passenger;
