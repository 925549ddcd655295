package org.issa.cyber.report;

/** A stored attachment's facts (its bytes are read separately, as a purpose-audited read). */
public record Attachment(String id, String reportId, String filename, String mediaType, long size, String sha256) {
}
