/**
 * The CERT network over HTTP and in the web UI: STIX 2.1 bundle import with a validation report,
 * export honouring markings and TLP, object lists, object pages with versions and relationships.
 */
package org.issa.app.cyber.cert;
