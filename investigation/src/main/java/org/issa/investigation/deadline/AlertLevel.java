package org.issa.investigation.deadline;

/** A warning before a limit expires, or the flag that it has expired. */
public enum AlertLevel {
    WARNING, OVERDUE
}
