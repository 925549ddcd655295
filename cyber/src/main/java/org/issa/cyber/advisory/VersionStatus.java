package org.issa.cyber.advisory;

/**
 * Where one version of an advisory stands. Only the author edits a DRAFT or REJECTED version; a
 * supervisor who is not the author approves or rejects a SUBMITTED one; an APPROVED version is published.
 */
public enum VersionStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED,
    PUBLISHED;

    public boolean editable() {
        return this == DRAFT || this == REJECTED;
    }

    public boolean open() {
        return this != PUBLISHED;
    }
}
