package org.issa.cyber.tlp;

import java.util.Optional;
import org.issa.core.marking.Marking;

/**
 * What governs where one stored object may go: the ISSA marking (classification, TLP,
 * releasability with the named recipients of TLP:RED, originator) and the distribution level with
 * its sharing group.
 */
public record Dissemination(Marking marking, Distribution distribution, Optional<SharingGroup> sharingGroup) {

    public Dissemination {
        sharingGroup = sharingGroup == null ? Optional.empty() : sharingGroup;
        if (distribution == Distribution.SHARING_GROUP && sharingGroup.isEmpty()) {
            throw new org.issa.core.error.InvalidInputException("sharingGroup", "distribution SHARING_GROUP needs a sharing group");
        }
        if (distribution != Distribution.SHARING_GROUP && sharingGroup.isPresent()) {
            throw new org.issa.core.error.InvalidInputException("sharingGroup", "a sharing group goes with distribution SHARING_GROUP only");
        }
    }
}
