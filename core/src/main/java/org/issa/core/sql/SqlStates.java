package org.issa.core.sql;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What a failed statement's SQL state says, read through the causes of an exception: whether it lost a race that a
 * second attempt of the same transaction would win, on H2 and PostgreSQL alike.
 */
public final class SqlStates {

    /** Unique violation (both), serialization failure and deadlock (PostgreSQL), lock wait timed out (H2). */
    private static final Set<String> LOST_RACE = Set.of("23505", "40001", "40P01", "HYT00");

    private SqlStates() {
    }

    /** A unique key was already taken, possibly by a concurrent transaction that has since committed. */
    public static boolean uniqueViolation(Throwable e) {
        return state(e, Set.of("23505"));
    }

    /** The transaction lost a race with a concurrent one (a key taken, a lock waited on too long, a deadlock): try it again. */
    public static boolean lostRace(Throwable e) {
        return state(e, LOST_RACE);
    }

    /**
     * Runs a transaction, and runs it again (three attempts at most) while it fails with a cause {@code lost} recognises
     * (see {@link #uniqueViolation}, {@link #lostRace}): on the next attempt the concurrent transaction's rows are there.
     */
    public static <T> T retrying(Predicate<Throwable> lost, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= 3 || !lost.test(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean state(Throwable e, Set<String> states) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && states.contains(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
