/**
 * The TAXII 2.1 protocol without a web framework: media types and their negotiation, the filters of
 * the query string, envelopes, status and error resources, and a client over {@code java.net.http}
 * that pulls from and pushes to peers under the TLP and distribution release rule, by hand or on a
 * per-peer schedule claimed in the database.
 */
package org.issa.cyber.taxii;
