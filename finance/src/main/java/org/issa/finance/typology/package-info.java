/**
 * Laundering typologies over a payment graph: graph patterns (time-respecting cycles, fan-in and
 * fan-out bursts, structuring below a reporting threshold, rapid pass-through, dormant accounts waking
 * up) and CEL rules over per-account aggregates, weighted into a score under a versioned configuration.
 */
package org.issa.finance.typology;
