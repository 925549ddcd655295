package org.issa.app.investigation.network;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.issa.app.identity.CurrentUser;
import org.issa.core.error.InvalidInputException;
import org.issa.investigation.link.Findings;
import org.issa.investigation.link.GraphScope;
import org.issa.investigation.link.LinkAnalysis;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Link analysis over HTTP, for API clients ({@code /api/v1/investigation/network}, bearer tokens)
 * and for the graph explorer's script ({@code /investigation/network/data}, the signed-in session).
 * Every question takes the same scope parameters — {@code datasets} and {@code relations} (comma
 * lists), {@code since} and {@code until} (dates) — and a {@code purpose}, which is audited. The
 * network is built from what the caller may see only.
 */
@RestController
@RequestMapping({"/api/v1/investigation/network", "/investigation/network/data"})
public class NetworkApi {

    private final LinkAnalysis links;

    public NetworkApi(LinkAnalysis links) {
        this.links = links;
    }

    @GetMapping
    Findings.GraphView graph(@RequestParam(required = false) String datasets, @RequestParam(required = false) String relations,
                             @RequestParam(required = false) String since, @RequestParam(required = false) String until,
                             @RequestParam(required = false) String purpose, Authentication auth) {
        return links.graph(CurrentUser.of(auth), scope(datasets, relations, since, until), purpose);
    }

    @GetMapping("/expand")
    Findings.GraphView expand(@RequestParam(required = false) String seeds, @RequestParam(defaultValue = "1") int hops,
                              @RequestParam(required = false) String datasets, @RequestParam(required = false) String relations,
                              @RequestParam(required = false) String since, @RequestParam(required = false) String until,
                              @RequestParam(required = false) String purpose, Authentication auth) {
        return links.expand(CurrentUser.of(auth), list("seeds", seeds), hops, scope(datasets, relations, since, until), purpose);
    }

    @GetMapping("/paths")
    Findings.Paths paths(@RequestParam(required = false) String source, @RequestParam(required = false) String target,
                         @RequestParam(defaultValue = "3") int k, @RequestParam(defaultValue = "0") int maxDegree,
                         @RequestParam(required = false) String avoid,
                         @RequestParam(required = false) String datasets, @RequestParam(required = false) String relations,
                         @RequestParam(required = false) String since, @RequestParam(required = false) String until,
                         @RequestParam(required = false) String purpose, Authentication auth) {
        return links.paths(CurrentUser.of(auth), required("source", source), required("target", target), k, maxDegree,
                Set.copyOf(list("avoid", avoid)), scope(datasets, relations, since, until), purpose);
    }

    @GetMapping("/centrality")
    Findings.Centralities centrality(@RequestParam(defaultValue = "degree") String measure, @RequestParam(defaultValue = "1000") int top,
                                     @RequestParam(required = false) String datasets, @RequestParam(required = false) String relations,
                                     @RequestParam(required = false) String since, @RequestParam(required = false) String until,
                                     @RequestParam(required = false) String purpose, Authentication auth) {
        return links.centrality(CurrentUser.of(auth), LinkAnalysis.measure("measure", measure), scope(datasets, relations, since, until),
                top, purpose);
    }

    @GetMapping("/communities")
    Findings.Communities communities(@RequestParam(required = false) String datasets, @RequestParam(required = false) String relations,
                                     @RequestParam(required = false) String since, @RequestParam(required = false) String until,
                                     @RequestParam(required = false) String purpose, Authentication auth) {
        return links.communities(CurrentUser.of(auth), scope(datasets, relations, since, until), purpose);
    }

    @GetMapping("/key-players")
    List<Findings.KeyPlayer> keyPlayers(@RequestParam(defaultValue = "3") int k, @RequestParam(required = false) String datasets,
                                        @RequestParam(required = false) String relations, @RequestParam(required = false) String since,
                                        @RequestParam(required = false) String until, @RequestParam(required = false) String purpose,
                                        Authentication auth) {
        return links.keyPlayers(CurrentUser.of(auth), k, scope(datasets, relations, since, until), purpose);
    }

    /** How ranks change from period A ({@code fromA}–{@code toA}) to period B ({@code fromB}–{@code toB}). */
    @GetMapping("/periods")
    List<Findings.Shift> periods(@RequestParam(defaultValue = "betweenness") String measure, @RequestParam(required = false) String fromA,
                                 @RequestParam(required = false) String toA, @RequestParam(required = false) String fromB,
                                 @RequestParam(required = false) String toB, @RequestParam(required = false) String datasets,
                                 @RequestParam(required = false) String relations, @RequestParam(required = false) String purpose,
                                 Authentication auth) {
        LocalDate a1 = date("fromA", required("fromA", fromA)).orElseThrow();
        LocalDate a2 = date("toA", required("toA", toA)).orElseThrow();
        LocalDate b1 = date("fromB", required("fromB", fromB)).orElseThrow();
        LocalDate b2 = date("toB", required("toB", toB)).orElseThrow();
        return links.compare(CurrentUser.of(auth), LinkAnalysis.measure("measure", measure), scope(datasets, relations, null, null),
                a1, a2, b1, b2, purpose);
    }

    @GetMapping("/shared-identifiers")
    Findings.SharedIdentifiers shared(@RequestParam(required = false) String datasets, @RequestParam(required = false) String purpose,
                                      Authentication auth) {
        return links.shared(CurrentUser.of(auth), Set.copyOf(list("datasets", datasets)), purpose);
    }

    static GraphScope scope(String datasets, String relations, String since, String until) {
        return new GraphScope(Set.copyOf(list("relations", relations)), Set.copyOf(list("datasets", datasets)), date("since", since),
                date("until", until));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value.strip();
    }

    private static List<String> list(String field, String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        if (value.length() > 20_000) {
            throw new InvalidInputException(field, field + " is too long");
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(
                java.util.LinkedHashSet::new)).stream().toList();
    }

    private static Optional<LocalDate> date(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a date such as 1994-03-01");
        }
    }
}
