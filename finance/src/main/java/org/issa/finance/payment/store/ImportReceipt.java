package org.issa.finance.payment.store;

/**
 * What an import did.
 *
 * @param batchId       the batch's id
 * @param read          payments read from the source
 * @param stored        payments stored by this import
 * @param alreadyStored payments whose reference was stored before (or repeated in the source): not stored again
 * @param contentHash   SHA-256 of the source's bytes (hex)
 * @param seconds       how long the import took
 */
public record ImportReceipt(long batchId, long read, long stored, long alreadyStored, String contentHash, double seconds) {
}
