package org.issa.cyber.tlp;

/** TLP 1.0 (WHITE, GREEN, AMBER, RED; the ids in the STIX 2.1 specification) or TLP 2.0 (the OASIS extension). */
public enum TlpVersion { V1, V2 }
