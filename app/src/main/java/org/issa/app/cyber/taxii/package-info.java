/**
 * The TAXII 2.1 server of the CERT network under {@code /taxii2/} (over the STIX store, with TLP and
 * distribution enforced in its queries) and the TAXII peers a supervisor configures, pulls from and pushes to,
 * by hand or on a schedule the application runs every minute.
 */
package org.issa.app.cyber.taxii;
