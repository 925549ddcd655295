/**
 * Traffic Light Protocol 2.0 and its STIX marking-definitions (with the TLP 1.0 ids of older
 * peers), MISP-style distribution levels and sharing groups, and the one rule that decides whether
 * an object may go to a recipient.
 */
package org.issa.cyber.tlp;
