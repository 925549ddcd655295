package org.issa.finance.recovery;

import java.time.Instant;
import java.time.LocalDate;

/** A move of an asset from one stage to the next: on which day, recorded by whom and when, and why. */
public record Transition(int seq, AssetStage from, AssetStage to, LocalDate on, String actor, String reason, Instant recordedAt) {
}
