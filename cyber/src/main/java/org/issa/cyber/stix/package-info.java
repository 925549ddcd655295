/**
 * STIX 2.1 content: bounded parsing of bundles into objects kept intact (custom objects, custom
 * properties and extensions included), validation against the specification's rules with precise
 * messages (STIX patterns included: a parser for the patterning language), deterministic identifiers for cyber-observables, and bundle writing.
 */
package org.issa.cyber.stix;
