package org.issa.finance.recovery;

import java.util.Optional;

/**
 * Compares a buyer with a member of a case network by name (fuzzy), birth date and identifiers; implemented by the
 * application with the name-matching engine.
 */
public interface PersonComparison {

    /** A comparison above nothing: the score in [0, 1] and how it was reached ("name 0.93, same birth date"). */
    record Result(double score, String how, String buyerSide) {
    }

    /** The best comparison of the buyer (as a person, or through their company) with the member, if there is any evidence. */
    Optional<Result> compare(Buyer buyer, CaseNetwork.Member member);
}
