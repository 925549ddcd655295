package org.issa.cyber.taxii;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Classification;
import org.issa.cyber.tlp.Recipient;
import org.issa.cyber.tlp.TlpVersion;

/**
 * Another TAXII server this node exchanges with, and the organisation it stands for (the recipient
 * the release rule judges pushes against).
 *
 * @param apiRoot         the peer's API root URL
 * @param pullCollection  the peer's collection pulled from, if any
 * @param pushCollection  the peer's collection pushed to, if any
 * @param pullInto        the local collection pulled objects go into (empty: none, the store only)
 * @param pushFrom        the local collection pushed objects come from (empty: the whole store)
 * @param secretRef       {@code env:NAME} or {@code file:/path}: where the password or token is; never the secret itself
 * @param clearance       the highest classification the peer organisation may receive
 * @param tlpVersion      the TLP marking-definitions the peer understands (V1: TLP 1.0 only)
 * @param pulledUntil     the peer's X-TAXII-Date-Added-Last of the last pull (the next pull's added_after)
 * @param pushedUntil     the local date added of the last object considered by the last push
 */
public record Peer(String id, String name, URI apiRoot, Optional<String> pullCollection, Optional<String> pushCollection,
                   Optional<String> pullInto, Optional<String> pushFrom, String username, String secretRef, String organisation, String memberState,
                   Classification clearance, TlpVersion tlpVersion, boolean enabled, Optional<String> pulledUntil,
                   Optional<Instant> pushedUntil) {

    private static final Pattern SECRET_REF = Pattern.compile("env:[A-Za-z_][A-Za-z0-9_]{0,127}|file:/[^\\u0000-\\u001f]{1,290}");
    private static final Pattern COLLECTION = Pattern.compile("[A-Za-z0-9._~-]{1,100}");

    public Peer {
        name = org.issa.core.error.Require.text("name", name, 100);
        if (apiRoot == null || apiRoot.getScheme() == null || !(apiRoot.getScheme().equals("https") || apiRoot.getScheme().equals("http"))
                || apiRoot.getHost() == null || apiRoot.toString().length() > 500 || apiRoot.getUserInfo() != null) {
            throw new InvalidInputException("apiRoot", "the API root must be an http(s) URL of at most 500 characters, without credentials");
        }
        if (!apiRoot.toString().endsWith("/")) {
            apiRoot = URI.create(apiRoot + "/");
        }
        pullCollection = collection("pullCollection", pullCollection);
        pushCollection = collection("pushCollection", pushCollection);
        pullInto = pullInto == null ? Optional.empty() : pullInto.filter(s -> !s.isBlank());
        pushFrom = pushFrom == null ? Optional.empty() : pushFrom.filter(s -> !s.isBlank());
        username = org.issa.core.error.Require.text("username", username, 100);
        if (username.contains(":")) {
            throw new InvalidInputException("username", "a user name for HTTP Basic may not contain ':'");
        }
        if (secretRef == null || !SECRET_REF.matcher(secretRef.strip()).matches()) {
            throw new InvalidInputException("secretRef", "give where the secret is, as env:VARIABLE or file:/absolute/path "
                    + "(the secret itself is never stored)");
        }
        secretRef = secretRef.strip();
        if (organisation == null || !org.issa.core.marking.Marking.CODE.matcher(organisation).matches()) {
            throw new InvalidInputException("organisation", "the peer's organisation is an agency code like DE-BSI");
        }
        if (memberState == null || !memberState.matches("[A-Z]{2}")) {
            throw new InvalidInputException("memberState", "the peer's member state is an ISO 3166-1 alpha-2 code like DE");
        }
        if (clearance == null || tlpVersion == null) {
            throw new InvalidInputException("clearance", "clearance and TLP version are required");
        }
        pulledUntil = pulledUntil == null ? Optional.empty() : pulledUntil;
        pushedUntil = pushedUntil == null ? Optional.empty() : pushedUntil;
    }

    private static Optional<String> collection(String field, Optional<String> c) {
        Optional<String> v = c == null ? Optional.empty() : c.map(String::strip).filter(s -> !s.isEmpty());
        if (v.isPresent() && !COLLECTION.matcher(v.get()).matches()) {
            throw new InvalidInputException(field, "a collection id has 1 to 100 letters, digits, '.', '_', '~' or '-'");
        }
        return v;
    }

    /** The peer as the release rule sees it: an organisation of a connected community, no named user. */
    public Recipient recipient() {
        return new Recipient(organisation, memberState, Optional.empty(), clearance, Recipient.Reach.CONNECTED);
    }

    public Peer withState(Optional<String> pulled, Optional<Instant> pushed) {
        return new Peer(id, name, apiRoot, pullCollection, pushCollection, pullInto, pushFrom, username, secretRef, organisation,
                memberState, clearance, tlpVersion, enabled, pulled, pushed);
    }
}
