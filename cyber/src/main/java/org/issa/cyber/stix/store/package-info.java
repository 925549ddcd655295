/**
 * The store of STIX objects over JDBC: every version kept with its raw JSON, markings, TLP and
 * distribution enforced in the query, collections for TAXII, idempotent transactional imports.
 */
package org.issa.cyber.stix.store;
