/** Shared-identifier links: entities from any dataset that share a phone number, address, IBAN, e-mail or document number. */
package org.issa.graph.identifier;
