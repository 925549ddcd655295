package org.issa.investigation.cases;

import java.time.Instant;

/** One entry of a case's timeline: who changed what, when. */
public record CaseEvent(String id, String caseId, int seq, Instant at, String actor, String kind, String summary) {
}
