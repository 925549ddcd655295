/**
 * EISAS advisories over HTTP: the staff editor and API, the public pages, Atom feed, subscription
 * forms and the CSAF 2.0 provider distribution under {@code /.well-known/csaf/}.
 */
package org.issa.app.cyber.advisory;
