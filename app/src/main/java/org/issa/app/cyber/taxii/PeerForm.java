package org.issa.app.cyber.taxii;

import java.net.URI;
import java.util.Optional;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Classification;
import org.issa.cyber.taxii.Peer;
import org.issa.cyber.tlp.TlpVersion;

/**
 * A TAXII peer as a supervisor enters it (API and page). The secret is never entered: only where
 * it is ({@code env:NAME} or {@code file:/path}).
 */
public record PeerForm(String name, String apiRoot, String pullCollection, String pushCollection, String pullInto, String pushFrom,
                       String username, String secretRef, String organisation, String memberState, String clearance,
                       String tlpVersion, Boolean enabled) {

    Peer toPeer(String id) {
        URI root;
        try {
            root = URI.create(apiRoot == null ? "" : apiRoot.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("apiRoot", "the API root is not a URL");
        }
        Classification c;
        try {
            c = clearance == null || clearance.isBlank() ? Classification.UNCLASSIFIED : Classification.parse(clearance);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("clearance", e.getMessage());
        }
        TlpVersion v = switch (tlpVersion == null ? "" : tlpVersion.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "", "2", "2.0", "V2" -> TlpVersion.V2;
            case "1", "1.0", "V1" -> TlpVersion.V1;
            default -> throw new InvalidInputException("tlpVersion", "tlpVersion must be 1 or 2");
        };
        return new Peer(id, name, root, opt(pullCollection), opt(pushCollection), opt(pullInto), opt(pushFrom), username, secretRef,
                organisation == null ? null : organisation.strip(), memberState == null ? null : memberState.strip().toUpperCase(java.util.Locale.ROOT),
                c, v, enabled == null || enabled, Optional.empty(), Optional.empty());
    }

    private static Optional<String> opt(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
