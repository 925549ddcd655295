package org.issa.core.security;

/** The roles of ISSA users. A user may hold several. */
public enum Role {
    /** Manages users, tokens and configuration; sees no operational data by virtue of the role alone. */
    ADMIN,
    /** Works the operational data: reads, records progress, enters indicators. */
    ANALYST,
    /** Approves and changes status; what an analyst may do, and more. */
    SUPERVISOR,
    /** Data protection officer: sees what the system did and why. */
    DPO,
    /** Reads the audit trail and reports; changes nothing. */
    AUDITOR,
    /** A user of a partner authority: reads what is released to it, writes nothing. */
    PARTNER,
    /** An air carrier's account: pushes PNR and API messages to the PIU, reads nothing. */
    CARRIER
}
