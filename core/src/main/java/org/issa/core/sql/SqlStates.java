package org.issa.core.sql;

import java.sql.SQLException;
import java.util.Set;

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

    private static boolean state(Throwable e, Set<String> states) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && states.contains(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
