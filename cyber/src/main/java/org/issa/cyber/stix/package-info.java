/**
 * STIX 2.1 content: bounded parsing of bundles into objects kept intact (custom objects, custom
 * properties and extensions included), validation against the specification's rules with precise
 * messages (indicator patterns included, by a parser of the STIX patterning language), deterministic
 * identifiers for cyber-observables, and bundle writing.
 */
package org.issa.cyber.stix;
