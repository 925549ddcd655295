package org.issa.cyber.report.routing;

import java.util.Comparator;
import java.util.List;

/** Picks the competent authority for a classified report: the first matching rule by position, else the default rule. */
public final class Router {

    private Router() {
    }

    public static RoutingRule route(List<RoutingRule> rules, String rsitClass, String rsitType, String country, String sector) {
        List<RoutingRule> ordered = rules.stream()
                .sorted(Comparator.comparing(RoutingRule::isDefault).thenComparingInt(RoutingRule::position).thenComparing(RoutingRule::id))
                .toList();
        return ordered.stream().filter(r -> !r.isDefault() && r.matches(rsitClass, rsitType, country, sector)).findFirst()
                .or(() -> ordered.stream().filter(RoutingRule::isDefault).findFirst())
                .orElseThrow(() -> new IllegalStateException("no default routing rule is configured"));
    }
}
