package org.issa.cyber.stix.store;

import java.time.Instant;
import java.util.Optional;
import org.issa.core.marking.Marking;
import org.issa.cyber.stix.StixJson;
import org.issa.cyber.stix.StixTimestamp;
import org.issa.cyber.tlp.Distribution;
import tools.jackson.databind.JsonNode;

/**
 * One stored version of a STIX object.
 *
 * @param seq          the row's key; stable, increasing in the order rows were added
 * @param version      the producer's modified (else created) text, or "" for an unversioned object
 * @param dateAdded    when it was added to the collection queried, else to the store (TAXII date_added)
 * @param json         the object as received (compact JSON, producer's property order)
 * @param marking      the ISSA marking (originator = the organisation that holds it here)
 * @param sharingGroup the sharing group's id when the distribution is SHARING_GROUP
 */
public record StoredObject(long seq, String id, String type, String specVersion, String version, Instant dateAdded,
                           boolean revoked, String title, String json, Marking marking, Distribution distribution,
                           Optional<String> sharingGroup, Source source, String addedBy) {

    public JsonNode node() {
        return StixJson.read(json);
    }

    /** The version TAXII reports: modified, else created, else the date the object was added. */
    public String taxiiVersion() {
        return version.isEmpty() ? StixTimestamp.format(dateAdded) : version;
    }

    /** The TAXII media type of the object. */
    public String mediaType() {
        return "application/stix+json;version=" + specVersion;
    }
}
