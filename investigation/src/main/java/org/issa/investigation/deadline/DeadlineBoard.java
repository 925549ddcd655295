package org.issa.investigation.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The deadline board: running limits grouped by time remaining — overdue, due today (before the end
 * of the current UTC day), this week (within seven days), later — each group soonest first.
 */
public final class DeadlineBoard {

    /** The groups of the board. */
    public enum Bucket {
        OVERDUE("Overdue"), DUE_TODAY("Due today"), THIS_WEEK("This week"), LATER("Later");

        private final String label;

        Bucket(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The board at one instant. */
    public record Board(Instant at, Map<Bucket, List<Deadline>> groups) {

        public List<Deadline> in(Bucket b) {
            return groups.getOrDefault(b, List.of());
        }

        public int total() {
            return groups.values().stream().mapToInt(List::size).sum();
        }
    }

    private DeadlineBoard() {
    }

    public static Bucket bucket(Deadline d, Instant now) {
        if (d.expired(now)) {
            return Bucket.OVERDUE;
        }
        Instant endOfToday = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        if (d.dueAt().isBefore(endOfToday)) {
            return Bucket.DUE_TODAY;
        }
        return d.dueAt().isBefore(now.plus(Duration.ofDays(7))) ? Bucket.THIS_WEEK : Bucket.LATER;
    }

    public static Board of(List<Deadline> deadlines, Instant now) {
        Map<Bucket, List<Deadline>> groups = new EnumMap<>(Bucket.class);
        for (Bucket b : Bucket.values()) {
            groups.put(b, new ArrayList<>());
        }
        for (Deadline d : deadlines) {
            groups.get(bucket(d, now)).add(d);
        }
        Map<Bucket, List<Deadline>> sorted = new EnumMap<>(Bucket.class);
        groups.forEach((b, list) -> sorted.put(b, list.stream().sorted(Comparator.comparing(Deadline::dueAt)
                .thenComparing(Deadline::reference)).toList()));
        return new Board(now, sorted);
    }

    /** Time remaining in words: "3 d 4 h", "2 h 5 min", or "overdue by 1 d 2 h". */
    public static String remainingInWords(Deadline d, Instant now) {
        Duration r = d.remaining(now);
        String w = words(r.abs());
        return r.isNegative() ? "overdue by " + w : w;
    }

    static String words(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        return minutes + " min";
    }
}
