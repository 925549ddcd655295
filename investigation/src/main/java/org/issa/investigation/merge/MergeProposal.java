package org.issa.investigation.merge;

/**
 * Two entities the entity-resolution engine thinks may be the same, for an analyst to confirm or reject.
 *
 * @param leftId       one entity
 * @param leftCaption  its name
 * @param rightId      the other
 * @param rightCaption its name
 * @param probability  the match probability (Fellegi-Sunter, parameters learnt without labels)
 * @param explanation  why, field by field, in words
 */
public record MergeProposal(String leftId, String leftCaption, String rightId, String rightCaption, double probability,
                            String explanation) {
}
