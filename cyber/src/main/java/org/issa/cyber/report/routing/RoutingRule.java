package org.issa.cyber.report.routing;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;
import org.issa.cyber.report.Sectors;
import org.issa.cyber.report.rsit.RsitTaxonomy;

/**
 * One routing rule: reports whose RSIT class (and type), country and sector match go to the named
 * authority. An empty condition matches anything. The default rule has no conditions and is tried
 * last; there is exactly one.
 */
public record RoutingRule(String id, int position, String rsitClass, String rsitType, String country, String sector,
                          String authorityCode, String authorityName, boolean isDefault, boolean active) {

    public RoutingRule {
        rsitClass = rsitClass == null ? "" : rsitClass.strip();
        rsitType = rsitType == null ? "" : rsitType.strip();
        country = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        sector = sector == null ? "" : sector.strip();
    }

    public boolean matches(String cls, String type, String reportCountry, String reportSector) {
        return active && (rsitClass.isEmpty() || rsitClass.equals(cls)) && (rsitType.isEmpty() || rsitType.equals(type))
                && (country.isEmpty() || country.equals(reportCountry)) && (sector.isEmpty() || sector.equals(reportSector));
    }

    /** The rule in words, as it is kept with each forwarding. */
    public String describe() {
        if (isDefault) {
            return "default rule → " + authorityName + " (" + authorityCode + ")";
        }
        StringBuilder b = new StringBuilder("rule ").append(position).append(": ");
        b.append(rsitClass.isEmpty() ? "any class" : "class " + rsitClass);
        if (!rsitType.isEmpty()) {
            b.append("/").append(rsitType);
        }
        b.append(", ").append(country.isEmpty() ? "any country" : "country " + country);
        b.append(", ").append(sector.isEmpty() ? "any sector" : "sector " + sector);
        return b.append(" → ").append(authorityName).append(" (").append(authorityCode).append(")").toString();
    }

    /** Checks a rule as a supervisor entered it. */
    public RoutingRule validated(RsitTaxonomy taxonomy) {
        if (!isDefault) {
            if (!rsitClass.isEmpty()) {
                if (rsitType.isEmpty()) {
                    taxonomy.rsitClass(rsitClass).orElseThrow(() -> new InvalidInputException("rsitClass",
                            "'" + rsitClass + "' is not an RSIT class"));
                } else {
                    taxonomy.require(rsitClass, rsitType);
                }
            } else if (!rsitType.isEmpty()) {
                throw new InvalidInputException("rsitType", "a type needs its class");
            }
            if (!country.isEmpty() && !country.matches("[A-Z]{2}")) {
                throw new InvalidInputException("country", "country must be an ISO 3166-1 alpha-2 code such as FR");
            }
            if (!sector.isEmpty() && !Sectors.CODES.contains(sector)) {
                throw new InvalidInputException("sector", "unknown sector '" + sector + "'; expected one of " + String.join(", ", Sectors.CODES));
            }
            if (rsitClass.isEmpty() && country.isEmpty() && sector.isEmpty()) {
                throw new InvalidInputException("rsitClass", "a rule without any condition would hide the default rule; give a class, a country or a sector");
            }
            if (position < 0 || position >= 1_000_000) {
                throw new InvalidInputException("position", "position must lie between 0 and 999999");
            }
        }
        if (authorityCode == null || !authorityCode.matches("[A-Za-z0-9.@-]{1,64}")) {
            throw new InvalidInputException("authorityCode", "authority code must be 1-64 letters, digits, '.', '@' or '-'");
        }
        if (authorityName == null || authorityName.isBlank() || authorityName.length() > 200) {
            throw new InvalidInputException("authorityName", "authority name must have 1 to 200 characters");
        }
        return new RoutingRule(id, isDefault ? 1_000_000 : position, rsitClass, rsitType, country, sector, authorityCode,
                authorityName.strip(), isDefault, isDefault || active);
    }
}
