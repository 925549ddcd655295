package org.issa.finance.freezing;

import java.time.Instant;

/** One change to an order: created, account added, licence granted, amended or lifted; with who, when and why. */
public record FreezingEvent(String orderId, int seq, Kind kind, Instant at, String actor, String reason, String detail) {

    public enum Kind { CREATED, ACCOUNT_ADDED, LICENCE_GRANTED, AMENDED, LIFTED }
}
