/** The bank account register in the application: wiring, HTTP API, pages, the screening bean and the demo submissions. */
package org.issa.app.finance.register;
