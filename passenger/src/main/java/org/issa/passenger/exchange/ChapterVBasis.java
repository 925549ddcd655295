package org.issa.passenger.exchange;

/**
 * The ground of a transfer to a third country under Chapter V of Directive (EU) 2016/680, to which
 * Art 11(1)(a) of Directive (EU) 2016/681 refers: an adequacy decision (Art 36), appropriate
 * safeguards (Art 37) or a derogation for a specific situation (Art 38). NONE: no ground recorded.
 */
public enum ChapterVBasis {
    NONE, ADEQUACY_DECISION, APPROPRIATE_SAFEGUARDS, DEROGATION
}
