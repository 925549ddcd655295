package org.issa.cyber.advisory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A CVSS v3.0 or v3.1 vector string, parsed by the grammar of the FIRST specification (section 6 "Vector String"
 * of CVSS v3.1 and v3.0), and its base and temporal scores computed by the formulas of section 7 of those
 * specifications. Environmental scores are not computed.
 *
 * @param version {@code 3.0} or {@code 3.1}
 * @param metrics metric abbreviation to value abbreviation, e.g. {@code AV -> N}, in the order written
 */
public record Cvss3(String version, Map<String, String> metrics) {

    /** Every metric of CVSS v3 with its allowed values (section 6, table 15). */
    static final Map<String, String> VALUES = new LinkedHashMap<>();
    static final List<String> BASE = List.of("AV", "AC", "PR", "UI", "S", "C", "I", "A");

    static {
        VALUES.put("AV", "NALP");
        VALUES.put("AC", "LH");
        VALUES.put("PR", "NLH");
        VALUES.put("UI", "NR");
        VALUES.put("S", "UC");
        VALUES.put("C", "HLN");
        VALUES.put("I", "HLN");
        VALUES.put("A", "HLN");
        VALUES.put("E", "XHFPU");
        VALUES.put("RL", "XUWTO");
        VALUES.put("RC", "XCRU");
        VALUES.put("CR", "XHML");
        VALUES.put("IR", "XHML");
        VALUES.put("AR", "XHML");
        VALUES.put("MAV", "XNALP");
        VALUES.put("MAC", "XLH");
        VALUES.put("MPR", "XNLH");
        VALUES.put("MUI", "XNR");
        VALUES.put("MS", "XUC");
        VALUES.put("MC", "XHLN");
        VALUES.put("MI", "XHLN");
        VALUES.put("MA", "XHLN");
    }

    private static final Pattern PREFIX = Pattern.compile("CVSS:(3\\.[01])/(.*)", Pattern.DOTALL);

    /**
     * Parses a vector string such as {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H}: the prefix names the
     * version, every base metric is present, no metric appears twice, and every value is one the metric allows.
     *
     * @throws IllegalArgumentException naming the first fault found
     */
    public static Cvss3 parse(String vector) {
        var m = PREFIX.matcher(vector);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + vector + "' does not start with CVSS:3.0/ or CVSS:3.1/");
        }
        Map<String, String> metrics = new LinkedHashMap<>();
        for (String part : m.group(2).split("/", -1)) {
            int colon = part.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("'" + part + "' is not a metric of the form NAME:VALUE");
            }
            String name = part.substring(0, colon);
            String value = part.substring(colon + 1);
            String allowed = VALUES.get(name);
            if (allowed == null) {
                throw new IllegalArgumentException("'" + name + "' is not a CVSS v3 metric");
            }
            if (value.length() != 1 || allowed.indexOf(value.charAt(0)) < 0) {
                throw new IllegalArgumentException("'" + value + "' is not a value of " + name + " (one of " + String.join(", ", allowed.split("")) + ")");
            }
            if (metrics.put(name, value) != null) {
                throw new IllegalArgumentException("metric " + name + " appears more than once");
            }
        }
        List<String> missing = BASE.stream().filter(b -> !metrics.containsKey(b)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the base metric(s) " + String.join(", ", missing) + " are missing");
        }
        return new Cvss3(m.group(1), Map.copyOf(metrics));
    }

    /** The value of a metric, {@code X} (Not Defined) for an absent temporal or environmental metric. */
    public String value(String metric) {
        return metrics.getOrDefault(metric, "X");
    }

    /** The base score (CVSS v3.1 section 7.1, identical in v3.0 except for the rounding of section 7.4 / Appendix A). */
    public double baseScore() {
        boolean changed = value("S").equals("C");
        double iss = 1 - (1 - cia(value("C"))) * (1 - cia(value("I"))) * (1 - cia(value("A")));
        double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
        double exploitability = 8.22 * attackVector(value("AV")) * (value("AC").equals("L") ? 0.77 : 0.44)
                * privileges(value("PR"), changed) * (value("UI").equals("N") ? 0.85 : 0.62);
        if (impact <= 0) {
            return 0;
        }
        return roundUp(changed ? Math.min(1.08 * (impact + exploitability), 10) : Math.min(impact + exploitability, 10));
    }

    /** The temporal score (section 7.2); equal to the base score when no temporal metric is defined. */
    public double temporalScore() {
        double e = switch (value("E")) {
            case "F" -> 0.97;
            case "P" -> 0.94;
            case "U" -> 0.91;
            default -> 1;
        };
        double rl = switch (value("RL")) {
            case "W" -> 0.97;
            case "T" -> 0.96;
            case "O" -> 0.95;
            default -> 1;
        };
        double rc = switch (value("RC")) {
            case "R" -> 0.96;
            case "U" -> 0.92;
            default -> 1;
        };
        return roundUp(baseScore() * e * rl * rc);
    }

    /** The qualitative severity rating of a score (section 5): NONE, LOW, MEDIUM, HIGH or CRITICAL. */
    public static String severity(double score) {
        if (score == 0) {
            return "NONE";
        }
        if (score < 4.0) {
            return "LOW";
        }
        if (score < 7.0) {
            return "MEDIUM";
        }
        return score < 9.0 ? "HIGH" : "CRITICAL";
    }

    /** Whether a temporal metric is given in the vector. */
    public boolean hasTemporal() {
        return metrics.containsKey("E") || metrics.containsKey("RL") || metrics.containsKey("RC");
    }

    /**
     * Rounds up to one decimal: v3.1 uses the integer-based Roundup of Appendix A (avoiding floating-point
     * artefacts), v3.0 the plain "smallest number, to one decimal place, equal to or higher than its input".
     */
    double roundUp(double input) {
        if (version.equals("3.0")) {
            return Math.ceil(input * 10) / 10.0;
        }
        long intInput = Math.round(input * 100000);
        if (intInput % 10000 == 0) {
            return intInput / 100000.0;
        }
        return (Math.floor(intInput / 10000.0) + 1) / 10.0;
    }

    private static double cia(String v) {
        return switch (v) {
            case "H" -> 0.56;
            case "L" -> 0.22;
            default -> 0;
        };
    }

    private static double attackVector(String v) {
        return switch (v) {
            case "N" -> 0.85;
            case "A" -> 0.62;
            case "L" -> 0.55;
            default -> 0.2;
        };
    }

    private static double privileges(String v, boolean changed) {
        return switch (v) {
            case "N" -> 0.85;
            case "L" -> changed ? 0.68 : 0.62;
            default -> changed ? 0.5 : 0.27;
        };
    }
}
