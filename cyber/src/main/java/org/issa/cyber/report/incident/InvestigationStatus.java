package org.issa.cyber.report.incident;

/** An investigation is OPEN until it is CLOSED, which is final. */
public enum InvestigationStatus { OPEN, CLOSED }
