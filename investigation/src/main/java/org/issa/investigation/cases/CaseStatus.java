package org.issa.investigation.cases;

/** A case is OPEN while the team works it, CLOSED when it ends (it stays readable to its members). */
public enum CaseStatus {
    OPEN, CLOSED
}
