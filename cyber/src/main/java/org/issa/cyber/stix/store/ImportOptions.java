package org.issa.cyber.stix.store;

import java.util.Optional;
import org.issa.core.marking.Marking;
import org.issa.cyber.tlp.Distribution;

/**
 * How to store a bundle.
 *
 * @param marking      the ISSA marking to give the objects (the originator becomes the importer's
 *                     organisation; an object's own TLP marking wins when it is stricter)
 * @param distribution how far the objects may travel
 * @param sharingGroup the sharing group, with distribution SHARING_GROUP
 * @param source       where the bundle came from
 * @param collection   a collection to add the objects to
 * @param skipInvalid  store the valid objects of a bundle that has refused ones; otherwise such a
 *                     bundle stores nothing
 */
public record ImportOptions(Marking marking, Distribution distribution, Optional<String> sharingGroup, Source source,
                            Optional<String> collection, boolean skipInvalid) {

    public ImportOptions {
        if (marking == null || distribution == null || source == null) {
            throw new IllegalArgumentException("marking, distribution and source are required");
        }
        sharingGroup = sharingGroup == null ? Optional.empty() : sharingGroup;
        collection = collection == null ? Optional.empty() : collection;
    }

    public ImportOptions inCollection(String collectionId) {
        return new ImportOptions(marking, distribution, sharingGroup, source, Optional.of(collectionId), skipInvalid);
    }

    public ImportOptions skippingInvalid() {
        return new ImportOptions(marking, distribution, sharingGroup, source, collection, true);
    }
}
