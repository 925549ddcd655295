/**
 * EISAS advisories for citizens and small businesses: drafted from TLP:CLEAR material only, approved
 * under four eyes, published as web pages, an Atom feed and CSAF 2.0 documents, and sent to subscribers.
 */
package org.issa.cyber.advisory;
