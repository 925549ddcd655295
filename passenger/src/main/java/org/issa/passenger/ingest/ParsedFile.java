package org.issa.passenger.ingest;

import java.util.List;
import org.issa.passenger.pnr.ApiMessage;
import org.issa.passenger.pnr.MessageFormat;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.Quarantined;

/**
 * What one file (interchange or XML document) held.
 *
 * @param format      the format recognised
 * @param pnrMessages PNRGOV messages (multi-part pushes reassembled)
 * @param apiMessages PAXLST messages
 * @param quarantined problems outside any message (envelope, trailer counts, orphan parts); each message carries its own
 */
public record ParsedFile(MessageFormat format, List<PnrMessage> pnrMessages, List<ApiMessage> apiMessages, List<Quarantined> quarantined) {
    public ParsedFile {
        pnrMessages = List.copyOf(pnrMessages);
        apiMessages = List.copyOf(apiMessages);
        quarantined = List.copyOf(quarantined);
    }

    /** Every quarantined segment: the file's and its messages'. */
    public List<Quarantined> allQuarantined() {
        java.util.ArrayList<Quarantined> all = new java.util.ArrayList<>(quarantined);
        pnrMessages.forEach(m -> all.addAll(m.quarantined()));
        apiMessages.forEach(m -> all.addAll(m.quarantined()));
        return all;
    }
}
