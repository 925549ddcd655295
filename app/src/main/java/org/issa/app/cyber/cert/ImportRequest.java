package org.issa.app.cyber.cert;

import java.util.List;
import java.util.Optional;
import org.issa.app.web.MarkingInput;
import org.issa.core.error.InvalidInputException;
import org.issa.core.security.Principal;
import org.issa.cyber.stix.store.ImportOptions;
import org.issa.cyber.stix.store.Source;
import org.issa.cyber.tlp.Distribution;

/**
 * The choices a user makes when importing a bundle, as the API's query parameters and the upload
 * form's fields carry them. Without a choice: UNCLASSIFIED, TLP:GREEN (an object's own stricter
 * TLP wins), releasable to all, distribution COMMUNITY (stays on this node), all-or-nothing.
 */
public record ImportRequest(String classification, String tlp, String releasableTo, String distribution, String sharingGroup,
                            String collection, boolean skipInvalid, String source) {

    public ImportOptions toOptions(Principal p, Optional<String> bundleId) {
        List<String> rel = releasableTo == null ? List.of()
                : List.of(releasableTo.split("[,\\s]+")).stream().filter(s -> !s.isBlank()).toList();
        if (rel.size() > 50) {
            throw new InvalidInputException("releasableTo", "at most 50 releasability entries");
        }
        var marking = new MarkingInput(classification, tlp, rel, List.of()).toMarking(p.agency());
        Distribution d = distribution == null || distribution.isBlank() ? Distribution.COMMUNITY : Distribution.parse(distribution);
        String ref = source == null || source.isBlank() ? bundleId.orElse("") : source.strip();
        if (ref.length() > 500) {
            throw new InvalidInputException("source", "source must be at most 500 characters");
        }
        return new ImportOptions(marking, d, blankToEmpty(sharingGroup), Source.bundle(ref), blankToEmpty(collection), skipInvalid);
    }

    private static Optional<String> blankToEmpty(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
