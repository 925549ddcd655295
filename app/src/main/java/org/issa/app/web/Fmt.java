package org.issa.app.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.issa.core.marking.Marking;
import org.issa.strategy.progress.ActionStatus;

/** Formatting for the templates: dates in UTC, numbers with grouping, CSS classes for states. */
public final class Fmt {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO_SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private Fmt() {
    }

    public static String day(Instant t) {
        return t == null ? "" : DAY.format(t);
    }

    public static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    public static String stamp(Instant t) {
        return t == null ? "" : ISO_SECOND.format(t);
    }

    public static String number(BigDecimal n) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ENGLISH);
        f.setMaximumFractionDigits(4);
        return f.format(n);
    }

    public static String status(ActionStatus s) {
        return "status status-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** CSS class of a marking chip, by classification. */
    public static String marking(Marking m) {
        return "marking marking-" + m.classification().level() + " tlp-" + m.tlp().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A query-string value. */
    public static String url(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A score in [0, 1] with two decimals. */
    public static String score(double s) {
        return String.format(Locale.ROOT, "%.2f", s);
    }

    /** A contribution with its sign. */
    public static String signed(double s) {
        return String.format(Locale.ROOT, "%+.2f", s);
    }

    public static String shortHash(String h) {
        return h == null || h.length() < 12 ? String.valueOf(h) : h.substring(0, 12) + "…";
    }
}
