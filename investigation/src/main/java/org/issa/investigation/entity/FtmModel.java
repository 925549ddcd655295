package org.issa.investigation.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.issa.core.error.InvalidInputException;

/**
 * The schemata the store accepts: FollowTheMoney's people, organisations, assets, documents,
 * events and interval links, and five ISSA additions FtM lacks — {@code Phone}, {@code Email} and
 * {@code Flight} as nodes, {@code CoTravel} (two travellers on the same journey) and
 * {@code Communication} (a count of intercepted communications in a period, as in wiretap matrices).
 * Properties other than the entity-typed ones are kept as strings under their FtM names.
 */
public final class FtmModel {

    private static final Map<String, FtmSchema> SCHEMATA = new LinkedHashMap<>();

    static {
        node("Thing", List.of());
        node("LegalEntity", List.of("Thing"), ref("parent", "is part of"));
        node("Person", List.of("LegalEntity", "Thing"), ref("addressEntity", "lives at"));
        node("Organization", List.of("LegalEntity", "Thing"), ref("addressEntity", "is based at"));
        node("Company", List.of("Organization", "LegalEntity", "Asset", "Thing"), ref("addressEntity", "is based at"));
        node("PublicBody", List.of("Organization", "LegalEntity", "Thing"));
        node("Asset", List.of("Thing"));
        node("BankAccount", List.of("Asset", "Thing"), ref("bank", "is held at"));
        node("RealEstate", List.of("Asset", "Thing"));
        node("Vehicle", List.of("Asset", "Thing"), ref("owner", "is owned by"), ref("operator", "is operated by"));
        node("Vessel", List.of("Vehicle", "Asset", "Thing"), ref("owner", "is owned by"), ref("operator", "is operated by"));
        node("Airplane", List.of("Vehicle", "Asset", "Thing"), ref("owner", "is owned by"), ref("operator", "is operated by"));
        node("CryptoWallet", List.of("Asset", "Thing"), ref("holder", "is held by"));
        node("Address", List.of("Thing"));
        node("Document", List.of("Thing"), ref("holder", "belongs to"));
        node("Event", List.of("Interval", "Thing"), ref("involved", "involved"), ref("organizer", "was organised by"));
        node("Sanction", List.of("Interval"), ref("entity", "is imposed on"));
        custom("Phone", List.of("Thing"));
        custom("Email", List.of("Thing"));
        custom("Flight", List.of("Interval", "Thing"));
        edge("Ownership", "owner", "asset", true, "owns", null);
        edge("Directorship", "director", "organization", true, "directs", null);
        edge("Membership", "member", "organization", true, "is a member of", null);
        edge("Representation", "agent", "client", true, "represents", null);
        edge("Employment", "employer", "employee", true, "employs", null);
        edge("Family", "person", "relative", false, "is family of", null);
        edge("Associate", "person", "associate", false, "is an associate of", null);
        edge("UnknownLink", "subject", "object", false, "is linked to", null);
        edge("Payment", "payer", "beneficiary", true, "paid", null);
        edge("Debt", "debtor", "creditor", true, "owes", null);
        edge("Call", "caller", "receiver", true, "called", null);
        customEdge("CoTravel", "traveller", "companion", false, "travelled with", null);
        customEdge("Communication", "sender", "recipient", true, "communicated with", "count");
    }

    private FtmModel() {
    }

    private static FtmSchema.Reference ref(String property, String verb) {
        return new FtmSchema.Reference(property, verb);
    }

    private static void node(String name, List<String> parents, FtmSchema.Reference... refs) {
        SCHEMATA.put(name, new FtmSchema(name, parents, Optional.empty(), List.of(refs), false));
    }

    private static void custom(String name, List<String> parents) {
        SCHEMATA.put(name, new FtmSchema(name, parents, Optional.empty(), List.of(), true));
    }

    private static void edge(String name, String source, String target, boolean directed, String verb, String weight) {
        SCHEMATA.put(name, new FtmSchema(name, List.of("Interest", "Interval"),
                Optional.of(new FtmSchema.Edge(source, target, directed, verb, Optional.ofNullable(weight))), List.of(), false));
    }

    private static void customEdge(String name, String source, String target, boolean directed, String verb, String weight) {
        SCHEMATA.put(name, new FtmSchema(name, List.of("Interval"),
                Optional.of(new FtmSchema.Edge(source, target, directed, verb, Optional.ofNullable(weight))), List.of(), true));
    }

    public static Optional<FtmSchema> find(String name) {
        return Optional.ofNullable(SCHEMATA.get(name));
    }

    /** The schema of that name, or a 400 naming {@code field}. */
    public static FtmSchema require(String field, String name) {
        return find(name).orElseThrow(() -> new InvalidInputException(field, "unknown schema '" + name
                + "'; the store accepts " + String.join(", ", SCHEMATA.keySet())));
    }

    public static List<FtmSchema> all() {
        return List.copyOf(SCHEMATA.values());
    }

    /** The relation names an edge can carry: link schemata and reference properties. */
    public static List<String> relations() {
        List<String> out = new java.util.ArrayList<>();
        for (FtmSchema s : SCHEMATA.values()) {
            if (s.isEdge()) {
                out.add(s.name());
            }
            s.references().forEach(r -> {
                if (!out.contains(r.property())) {
                    out.add(r.property());
                }
            });
        }
        return out;
    }

    /** How an edge of this relation reads, e.g. "owns", "is held at". */
    public static String verb(String relation) {
        FtmSchema s = SCHEMATA.get(relation);
        if (s != null && s.edge().isPresent()) {
            return s.edge().get().verb();
        }
        for (FtmSchema n : SCHEMATA.values()) {
            for (FtmSchema.Reference r : n.references()) {
                if (r.property().equals(relation)) {
                    return r.verb();
                }
            }
        }
        return relation.toLowerCase(Locale.ROOT);
    }
}
