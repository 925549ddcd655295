package org.issa.cyber.report.observable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds observables in a report's free text and reads those typed into its dedicated fields, in
 * normal form, without duplicates. Text is "refanged" first ({@code hxxp}, {@code [.]}, {@code [at]}),
 * as reporters and analysts write defused addresses. In free text, host names are taken only with a
 * country-code or a well-known generic top-level domain, so that "e.g." or "Mr.Smith" are not;
 * in the dedicated fields any syntactically valid name is taken, and an entry that is not valid is
 * reported back, so the reporter can correct it.
 */
public final class ObservableExtractor {

    /** At most this many observables per report: correlation stays bounded. */
    public static final int MAX_OBSERVABLES = 200;

    /** The dedicated fields and what they accept. */
    public enum Field {
        URLS("urls"), DOMAINS("domains"), IPS("ips"), EMAILS("emails"), PHONES("phones"), WALLETS("wallets");

        private final String param;

        Field(String param) {
            this.param = param;
        }

        /** The form parameter and JSON property of the field. */
        public String param() {
            return param;
        }
    }

    /** An entry of a dedicated field that is not what the field asks for. */
    public record Rejected(Field field, String entry) {
    }

    /** What was found. */
    public record Extraction(List<Observable> observables, List<Rejected> rejected) {
        public Extraction {
            observables = List.copyOf(observables);
            rejected = List.copyOf(rejected);
        }
    }

    static final Set<String> GENERIC_TLDS = Set.of("com", "net", "org", "info", "biz", "app", "dev", "xyz", "online", "site", "shop",
            "store", "top", "club", "live", "tech", "cloud", "email", "link", "click", "finance", "bank", "money", "gov", "edu",
            "mobi", "pro", "name", "icu", "vip", "win", "bid", "loan", "work", "support", "services", "digital", "network",
            "space", "website", "fun", "buzz", "best", "life", "world", "today", "news", "media", "agency", "company", "solutions",
            "exchange", "trade", "market", "capital", "investments", "crypto", "wallet", "sbs", "cfd", "rest", "bar", "monster",
            "cyou", "lol", "quest", "help", "page", "host", "int", "museum", "travel", "jobs", "asia", "cat");

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp)://[^\\s<>\"'`]+|\\bwww\\.[^\\s<>\"'`]+");
    private static final Pattern EMAIL = Pattern.compile("(?i)(?<![\\w.+-])[a-z0-9._%+-]{1,64}@(?:[\\p{L}0-9-]{1,63}\\.)+[\\p{L}]{2,63}\\b");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\d.]*\\d)");
    private static final Pattern IPV6 = Pattern.compile("(?i)(?<![0-9a-f:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:\\.\\d{1,3}){0,3}(?![0-9a-f:])");
    private static final Pattern BTC = Pattern.compile("\\b(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|(?i:bc1)[02-9ac-hj-np-zAC-HJ-NP-Z]{11,87})\\b");
    private static final Pattern ETH = Pattern.compile("\\b0[xX][0-9a-fA-F]{40}\\b");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+])(?:\\+|00)?\\d[\\d ()./-]{6,22}\\d(?![\\w])");
    private static final Pattern DATE = Pattern.compile(
            "\\b\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d{2}\\b|\\b(?:19|20)\\d{2}[./-]\\d{1,2}[./-]\\d{1,2}\\b");
    private static final Pattern DOMAIN = Pattern.compile("(?i)(?<![\\w@.-])(?:[\\p{L}0-9](?:[\\p{L}0-9-]{0,61}[\\p{L}0-9])?\\.)+[\\p{L}]{2,63}(?![\\w@-])");

    private ObservableExtractor() {
    }

    /** Undoes the usual defusing of addresses in reports: hxxp, [.], (.), [dot], [at], [:]. */
    public static String refang(String text) {
        return text.replaceAll("(?i)\\bhxxp(s?)\\b", "http$1").replaceAll("(?i)\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]", ".")
                .replaceAll("(?i)\\[@\\]|\\[at\\]", "@").replace("[:]", ":").replace("[://]", "://");
    }

    /**
     * Observables of a report.
     *
     * @param text    the free text ("what happened")
     * @param fields  the dedicated fields' raw contents (entries on lines or separated by commas; URLs by white space)
     * @param country the report's country (ISO alpha-2) for national phone numbers, or ""
     */
    public static Extraction extract(String text, Map<Field, String> fields, String country) {
        Map<String, Observable> found = new LinkedHashMap<>();
        List<Rejected> rejected = new ArrayList<>();
        for (Map.Entry<Field, String> f : fields.entrySet()) {
            String raw = f.getValue() == null ? "" : f.getValue();
            for (String entry : raw.split(f.getKey() == Field.URLS ? "\\s+" : "[,;\\s]*[\\r\\n]+[,;\\s]*|\\s*[,;]\\s*")) {
                String e = entry.strip();
                if (e.isEmpty()) {
                    continue;
                }
                Optional<Observable> o = field(f.getKey(), refang(e), country);
                if (o.isPresent()) {
                    add(found, o.get());
                } else {
                    rejected.add(new Rejected(f.getKey(), e.length() > 80 ? e.substring(0, 80) + "…" : e));
                }
            }
        }
        fromText(text == null ? "" : refang(text), country, found);
        List<Observable> all = new ArrayList<>(found.values());
        return new Extraction(all.size() > MAX_OBSERVABLES ? all.subList(0, MAX_OBSERVABLES) : all, rejected);
    }

    /** Reads one entry of a dedicated field. */
    public static Optional<Observable> field(Field field, String entry, String country) {
        return switch (field) {
            case URLS -> NetworkNames.url(entry).map(u -> new Observable(ObservableKind.URL, u.normalised(), Observable.Origin.FIELD));
            case DOMAINS -> NetworkNames.domain(stripScheme(entry)).map(d -> new Observable(ObservableKind.DOMAIN, d, Observable.Origin.FIELD));
            case IPS -> NetworkNames.ipv4(entry).map(v -> new Observable(ObservableKind.IPV4, v, Observable.Origin.FIELD))
                    .or(() -> NetworkNames.ipv6(entry).map(v -> new Observable(ObservableKind.IPV6, v, Observable.Origin.FIELD)));
            case EMAILS -> NetworkNames.email(entry).map(v -> new Observable(ObservableKind.EMAIL, v, Observable.Origin.FIELD));
            case PHONES -> PhoneNumbers.normalise(entry, country).map(v -> new Observable(ObservableKind.PHONE, v, Observable.Origin.FIELD));
            case WALLETS -> Wallets.bitcoin(entry).map(v -> new Observable(ObservableKind.BTC_WALLET, v, Observable.Origin.FIELD))
                    .or(() -> Wallets.ethereum(entry).map(v -> new Observable(ObservableKind.ETH_WALLET, v, Observable.Origin.FIELD)));
        };
    }

    private static String stripScheme(String s) {
        int i = s.indexOf("://");
        String rest = i >= 0 ? s.substring(i + 3) : s;
        int slash = rest.indexOf('/');
        return slash >= 0 ? rest.substring(0, slash) : rest;
    }

    private static void fromText(String text, String country, Map<String, Observable> found) {
        StringBuilder rest = new StringBuilder(text);
        for (Matcher m = URL.matcher(text); m.find(); ) {
            String candidate = trimTrailing(m.group());
            NetworkNames.url(candidate).ifPresent(u -> add(found, new Observable(ObservableKind.URL, u.normalised(), Observable.Origin.TEXT)));
            blank(rest, m.start(), m.start() + candidate.length());
        }
        for (Matcher m = EMAIL.matcher(rest); m.find(); ) {
            NetworkNames.email(m.group()).ifPresent(v -> add(found, new Observable(ObservableKind.EMAIL, v, Observable.Origin.TEXT)));
            blank(rest, m.start(), m.end());
        }
        for (Matcher m = ETH.matcher(rest); m.find(); ) {
            Wallets.ethereum(m.group()).ifPresent(v -> add(found, new Observable(ObservableKind.ETH_WALLET, v, Observable.Origin.TEXT)));
            blank(rest, m.start(), m.end());
        }
        for (Matcher m = BTC.matcher(rest); m.find(); ) {
            Optional<String> w = Wallets.bitcoin(m.group());
            if (w.isPresent()) {
                add(found, new Observable(ObservableKind.BTC_WALLET, w.get(), Observable.Origin.TEXT));
                blank(rest, m.start(), m.end());
            }
        }
        for (Matcher m = IPV4.matcher(rest); m.find(); ) {
            Optional<String> v = NetworkNames.ipv4(m.group());
            if (v.isPresent()) {
                add(found, new Observable(ObservableKind.IPV4, v.get(), Observable.Origin.TEXT));
                blank(rest, m.start(), m.end());
            }
        }
        for (Matcher m = IPV6.matcher(rest); m.find(); ) {
            Optional<String> v = m.group().contains("::") || m.group().chars().filter(c -> c == ':').count() >= 7
                    ? NetworkNames.ipv6(m.group()) : Optional.empty();
            if (v.isPresent()) {
                add(found, new Observable(ObservableKind.IPV6, v.get(), Observable.Origin.TEXT));
                blank(rest, m.start(), m.end());
            }
        }
        for (Matcher m = DOMAIN.matcher(rest); m.find(); ) {
            String tld = m.group().substring(m.group().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (tld.length() == 2 || GENERIC_TLDS.contains(tld)) {
                NetworkNames.domain(m.group()).ifPresent(d -> add(found, new Observable(ObservableKind.DOMAIN, d, Observable.Origin.TEXT)));
            }
            blank(rest, m.start(), m.end());
        }
        for (Matcher m = PHONE.matcher(rest); m.find(); ) {
            if (DATE.matcher(m.group()).find()) {
                continue; // 01/02/2024 10:30 is a time, not a number to call
            }
            PhoneNumbers.normalise(m.group(), country).ifPresent(v -> add(found, new Observable(ObservableKind.PHONE, v, Observable.Origin.TEXT)));
        }
    }

    /** Trailing punctuation of a sentence is not part of an address; a closing bracket only when unbalanced. */
    static String trimTrailing(String s) {
        String t = s;
        while (!t.isEmpty()) {
            char c = t.charAt(t.length() - 1);
            if (".,;:!?'\"".indexOf(c) >= 0) {
                t = t.substring(0, t.length() - 1);
            } else if (c == ')' && count(t, '(') < count(t, ')')) {
                t = t.substring(0, t.length() - 1);
            } else if (c == ']' && count(t, '[') < count(t, ']')) {
                t = t.substring(0, t.length() - 1);
            } else {
                break;
            }
        }
        return t;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private static void blank(StringBuilder b, int from, int to) {
        for (int i = from; i < to && i < b.length(); i++) {
            b.setCharAt(i, ' ');
        }
    }

    /** Adds an observable, and for a URL the domain or address of its host, derived. */
    private static void add(Map<String, Observable> found, Observable o) {
        found.putIfAbsent(o.kind() + "|" + o.value(), o);
        if (o.kind() == ObservableKind.URL) {
            NetworkNames.url(o.value()).ifPresent(u -> {
                ObservableKind k = ObservableKind.valueOf(u.hostKind());
                found.putIfAbsent(k + "|" + u.host(), new Observable(k, u.host(), Observable.Origin.DERIVED));
            });
        }
    }
}
