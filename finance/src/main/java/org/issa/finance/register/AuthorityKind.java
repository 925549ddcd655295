package org.issa.finance.register;

/** The kinds of authority a member state may designate for access to its bank account register. */
public enum AuthorityKind {
    /** Financial Intelligence Unit (AMLD5 Art. 32a(2); Directive (EU) 2024/1640 Art. 16). */
    FIU,
    /** Asset Recovery Office (Directive (EU) 2019/1153 Art. 3(1)). */
    ARO,
    /** Police or other law-enforcement authority designated under Directive (EU) 2019/1153 Art. 3. */
    POLICE,
    /** Public prosecution or investigating judge designated under national law. */
    PROSECUTION,
    /** Another authority designated by national law (e.g. AML supervisor, tax authority). */
    OTHER
}
