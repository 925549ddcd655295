package org.issa.finance.payment.search;

import java.time.Instant;
import java.util.Optional;

/** A targeted search as logged: who, when, on what ground and justification, for which case, on which subject, with how many results; and its review. */
public record LoggedSearch(String id, String searchedBy, String agency, Instant searchedAt, SearchGround ground, String justification,
                           String caseReference, String subjectKind, String subject, int results, int counterparties, boolean truncated,
                           boolean sampled, Optional<Review> review) {

    /** A supervisor's or DPO's review of a logged search. */
    public record Review(String reviewedBy, Instant reviewedAt, String outcome, String note) {
    }
}
