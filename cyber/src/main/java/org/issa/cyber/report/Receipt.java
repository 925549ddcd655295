package org.issa.cyber.report;

/**
 * What a reporter gets back: the reference and, once only, the secret that opens the status page
 * (only its hash is kept, so it cannot be sent again).
 */
public record Receipt(String id, String reference, String secret) {
}
