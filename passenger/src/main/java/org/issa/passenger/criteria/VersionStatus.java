package org.issa.passenger.criteria;

/**
 * Where a criterion version stands. Only an {@link #ACTIVE} version, which a supervisor other than its author
 * approved, is evaluated against passengers.
 */
public enum VersionStatus {
    /** Written or edited, not yet approved; may be backtested. */
    DRAFT,
    /** Approved by a supervisor who is not the author; not yet in force. */
    APPROVED,
    /** In force: evaluated against every passenger. */
    ACTIVE,
    /** Was active and has been withdrawn (retired, or replaced by a newer active version). */
    RETIRED,
    /** A draft or approved version overtaken by a later edit before it became active. */
    SUPERSEDED
}
