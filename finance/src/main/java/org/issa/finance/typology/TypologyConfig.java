package org.issa.finance.typology;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.issa.core.error.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A versioned typology configuration (the Tazama idea): each graph pattern and each CEL rule has a
 * weight; an account's score is the sum of weight x strength over what was found for it, and an
 * account is flagged when its score reaches {@code alertThreshold}. Analysts change detection by
 * changing this configuration, not code; the version is stored with every alert it raised.
 *
 * @param version             the configuration's version, stored with each alert
 * @param alertThreshold      the score from which an account is flagged
 * @param reportingThresholds the cash/transfer reporting threshold per currency (key {@code *} for any other)
 * @param cycle               round-tripping
 * @param loop                round-tripping booked out of order (a closed loop of consistent amounts in a window)
 * @param fanIn               many payers in a short window (smurfing towards a collector)
 * @param fanOut              many payees in a short window (scattering)
 * @param recurringFanIn      a fixed group of payers paying one account again and again
 * @param recurringFanOut     one account paying a fixed group again and again
 * @param structuring         many payments just below the reporting threshold
 * @param passThrough         money in and out again quickly, similar amounts (mules)
 * @param dormant             a long-quiet account suddenly busy
 * @param rules               CEL rules over the account aggregates of {@link AccountFacts}
 */
public record TypologyConfig(String version, double alertThreshold, Map<String, BigDecimal> reportingThresholds, Cycle cycle,
                             Loop loop, Fan fanIn, Fan fanOut, Recurring recurringFanIn, Recurring recurringFanOut, Structuring structuring, PassThrough passThrough, Dormant dormant,
                             List<Rule> rules) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    private static final int MAX_BYTES = 256 * 1024;

    public TypologyConfig {
        if (version == null || version.isBlank() || version.length() > 40) {
            throw bad("version", "the configuration needs a version (1-40 characters)");
        }
        positive("alertThreshold", alertThreshold);
        reportingThresholds = reportingThresholds == null ? Map.of() : Map.copyOf(reportingThresholds);
        for (Map.Entry<String, BigDecimal> e : reportingThresholds.entrySet()) {
            if (!e.getKey().equals("*") && !e.getKey().matches("[A-Z]{3}")) {
                throw bad("reportingThresholds", "reporting threshold key '" + e.getKey() + "' is not a currency code or *");
            }
            if (e.getValue() == null || e.getValue().signum() <= 0) {
                throw bad("reportingThresholds", "the reporting threshold for " + e.getKey() + " must be positive");
            }
        }
        if (cycle == null || loop == null || fanIn == null || fanOut == null || recurringFanIn == null || recurringFanOut == null || structuring == null || passThrough == null || dormant == null) {
            throw bad("patterns", "the configuration must set cycle, loop, fanIn, fanOut, recurringFanIn, recurringFanOut, structuring, passThrough and dormant");
        }
        rules = rules == null ? List.of() : List.copyOf(rules);
        if (rules.stream().map(Rule::id).distinct().count() != rules.size()) {
            throw bad("rules", "two rules have the same id");
        }
    }

    /** The reporting threshold for a currency, if one is configured. */
    public java.util.Optional<BigDecimal> reportingThreshold(String currency) {
        BigDecimal t = reportingThresholds.get(currency.toUpperCase(Locale.ROOT));
        return java.util.Optional.ofNullable(t != null ? t : reportingThresholds.get("*"));
    }

    /**
     * Round-tripping: a chain of payments, each after the one before, that comes back to the account
     * it left, within {@code windowDays}, each payment carrying between {@code minCarry} and
     * {@code maxCarry} times the previous one (a launderer passes on what came in, less a fee).
     * {@code budget} bounds the search steps from each payment.
     */
    public record Cycle(boolean enabled, int minLength, int maxLength, double windowDays, double minCarry, double maxCarry,
                        int budget, double weight) {
        public Cycle {
            if (minLength < 2 || maxLength < minLength || maxLength > 10) {
                throw bad("cycle", "cycle lengths must satisfy 2 <= minLength <= maxLength <= 10");
            }
            positive("cycle.windowDays", windowDays);
            if (minCarry <= 0 || maxCarry < minCarry) {
                throw bad("cycle", "cycle carry must satisfy 0 < minCarry <= maxCarry");
            }
            if (budget < 1) {
                throw bad("cycle", "cycle.budget must be positive");
            }
            checkWeight("cycle", weight);
        }
    }

    /**
     * A closed loop of payments, each carrying between {@code minCarry} and {@code maxCarry} times the
     * previous one along the loop, all within {@code windowDays}, in any booking order. {@code budget}
     * bounds the search steps from each account.
     */
    public record Loop(boolean enabled, int minLength, int maxLength, double windowDays, double minCarry, double maxCarry,
                       int budget, double weight) {
        public Loop {
            if (minLength < 2 || maxLength < minLength || maxLength > 12) {
                throw bad("loop", "loop lengths must satisfy 2 <= minLength <= maxLength <= 12");
            }
            positive("loop.windowDays", windowDays);
            if (minCarry <= 0 || maxCarry < minCarry) {
                throw bad("loop", "loop carry must satisfy 0 < minCarry <= maxCarry");
            }
            if (budget < 1) {
                throw bad("loop", "loop.budget must be positive");
            }
            checkWeight("loop", weight);
        }
    }

    /**
     * A burst of distinct counterparties (payers for fan-in, payees for fan-out) within
     * {@code windowDays}: at least {@code minCounterparties}, and improbable for the account's own
     * rate (Poisson tail probability at most {@code maxProbability}). Strength grows with
     * {@code -log10(probability) / fullStrengthLog10}. The counterparties of the burst are flagged
     * as members with {@code memberWeight}.
     */
    public record Fan(boolean enabled, int minCounterparties, double windowDays, double maxProbability, double fullStrengthLog10,
                      double weight, double memberWeight) {
        public Fan {
            if (minCounterparties < 2) {
                throw bad("fan", "minCounterparties must be at least 2");
            }
            positive("fan.windowDays", windowDays);
            if (maxProbability <= 0 || maxProbability > 1) {
                throw bad("fan", "maxProbability must be in (0, 1]");
            }
            positive("fan.fullStrengthLog10", fullStrengthLog10);
            checkWeight("fan", weight);
            checkWeight("fan.memberWeight", memberWeight);
        }
    }

    /**
     * At least {@code minCounterparties} distinct counterparties with at least {@code minRepeats}
     * payments each within {@code windowDays}; members flagged with {@code memberWeight}.
     */
    public record Recurring(boolean enabled, int minCounterparties, int minRepeats, double windowDays, double weight, double memberWeight) {
        public Recurring {
            if (minCounterparties < 2 || minRepeats < 2) {
                throw bad("recurring", "recurring fans need minCounterparties >= 2 and minRepeats >= 2");
            }
            positive("recurring.windowDays", windowDays);
            checkWeight("recurring", weight);
            checkWeight("recurring.memberWeight", memberWeight);
        }
    }

    /** At least {@code minPayments} within {@code windowDays} in [threshold x (1 - margin), threshold). */
    public record Structuring(boolean enabled, double margin, int minPayments, double windowDays, double weight) {
        public Structuring {
            if (margin <= 0 || margin >= 1) {
                throw bad("structuring", "structuring.margin must be between 0 and 1");
            }
            if (minPayments < 2) {
                throw bad("structuring", "structuring.minPayments must be at least 2");
            }
            positive("structuring.windowDays", windowDays);
            checkWeight("structuring", weight);
        }
    }

    /**
     * A receipt followed within {@code windowHours} by a payment to someone else of between
     * {@code minCarry} and {@code maxCarry} times it; flagged from {@code minPairs} such pairs.
     */
    public record PassThrough(boolean enabled, double windowHours, double minCarry, double maxCarry, int minPairs, double weight) {
        public PassThrough {
            positive("passThrough.windowHours", windowHours);
            if (minCarry <= 0 || maxCarry < minCarry) {
                throw bad("passThrough", "passThrough carry must satisfy 0 < minCarry <= maxCarry");
            }
            if (minPairs < 1) {
                throw bad("passThrough", "passThrough.minPairs must be at least 1");
            }
            checkWeight("passThrough", weight);
        }
    }

    /** Quiet for at least {@code quietDays}, then at least {@code burstPayments} within {@code burstDays}. */
    public record Dormant(boolean enabled, double quietDays, int burstPayments, double burstDays, double weight) {
        public Dormant {
            positive("dormant.quietDays", quietDays);
            positive("dormant.burstDays", burstDays);
            if (burstPayments < 1) {
                throw bad("dormant", "dormant.burstPayments must be at least 1");
            }
            checkWeight("dormant", weight);
        }
    }

    /** A CEL rule over account aggregates; adds {@code weight} to the score of each account it matches. */
    public record Rule(String id, String description, String cel, double weight) {
        public Rule {
            if (id == null || !ID.matcher(id).matches()) {
                throw bad("rules", "rule id '" + id + "' must be lower case letters, digits, - or _ (1-40)");
            }
            description = description == null ? "" : description;
            if (cel == null || cel.isBlank()) {
                throw bad("rules", "rule " + id + " has no CEL expression");
            }
            checkWeight("rule " + id, weight);
        }
    }

    /** The configuration shipped with ISSA. */
    public static TypologyConfig defaults() {
        try (InputStream in = TypologyConfig.class.getResourceAsStream("typologies.json")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the default typology configuration cannot be read", e);
        }
    }

    /** Parses a configuration; refuses unknown keys and values out of range, naming them. */
    public static TypologyConfig parse(String json) {
        if (json == null || json.length() > MAX_BYTES) {
            throw bad("config", "the configuration is empty or larger than " + MAX_BYTES + " characters");
        }
        JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(20).build()).build())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        try {
            tools.jackson.databind.JsonNode tree = mapper.readTree(json);
            check(tree, TypologyConfig.class, "");
            return mapper.treeToValue(tree, TypologyConfig.class);
        } catch (JacksonException e) {
            Throwable t = e;
            while (t.getCause() != null && t != t.getCause()) {
                t = t.getCause();
                if (t instanceof InvalidInputException ii) {
                    throw ii;
                }
            }
            throw bad("config", "the typology configuration is not valid at '" + e.getPathReference() + "': " + e.getOriginalMessage());
        }
    }

    /** Refuses unknown and missing keys of a record-shaped object, naming them with their path. */
    private static void check(tools.jackson.databind.JsonNode node, Class<?> type, String path) {
        if (!type.isRecord()) {
            return;
        }
        if (!node.isObject()) {
            throw bad("config", "'" + (path.isEmpty() ? "the configuration" : path) + "' must be an object");
        }
        java.util.Map<String, java.lang.reflect.RecordComponent> known = new java.util.LinkedHashMap<>();
        for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
            known.put(c.getName(), c);
        }
        for (String name : node.propertyNames()) {
            if (!known.containsKey(name)) {
                throw bad("config", "unknown key '" + path + name + "' (expected one of " + String.join(", ", known.keySet()) + ")");
            }
        }
        for (java.lang.reflect.RecordComponent c : known.values()) {
            tools.jackson.databind.JsonNode v = node.get(c.getName());
            boolean optional = c.getName().equals("rules") || c.getName().equals("reportingThresholds") || c.getName().equals("description");
            if (v == null || v.isNull()) {
                if (!optional) {
                    throw bad("config", "missing key '" + path + c.getName() + "'");
                }
                continue;
            }
            if (c.getType().isRecord()) {
                check(v, c.getType(), path + c.getName() + ".");
            } else if (c.getName().equals("rules")) {
                if (!v.isArray()) {
                    throw bad("config", "'rules' must be a list");
                }
                for (int i = 0; i < v.size(); i++) {
                    check(v.get(i), Rule.class, "rules[" + i + "].");
                }
            }
        }
    }

    /** The configuration as JSON. */
    public String toJson() {
        return JsonMapper.builder().build().writeValueAsString(this);
    }

    private static void positive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw bad(field, field + " must be a positive number");
        }
    }

    private static void checkWeight(String field, double v) {
        if (!(v >= 0) || v > 100) {
            throw bad(field, field + " weight must be between 0 and 100");
        }
    }

    private static InvalidInputException bad(String field, String message) {
        return new InvalidInputException(field, message);
    }
}
