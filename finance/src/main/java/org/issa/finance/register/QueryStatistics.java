package org.issa.finance.register;

/** How many queries one authority made in one month, and how many accounts they returned. */
public record QueryStatistics(String authorityId, String authorityName, AuthorityKind kind, String memberState, String month,
                              long queries, long results) {
}
