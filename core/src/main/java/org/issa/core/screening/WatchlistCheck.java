package org.issa.core.screening;

import java.util.List;

/**
 * The port through which a domain screens one of its records against every watch list of the
 * node, without knowing the lists or the matching engine: the application implements it over its
 * screening service. Each list is screened with its own threshold; the result names the lists
 * screened (with their versions) and every match, with its list, entry, score and explanation.
 * Screening happens with the system's view of the lists: a match carries the entry's marking, and
 * the domain keeps it on whatever it raises from the match.
 */
public interface WatchlistCheck {

    /** Screens the record against every current list. */
    Result check(ScreenableRecord record);

    /**
     * Screens several records (the passengers of one push) against every current list, in order: the same results as
     * {@link #check} one by one, but an implementation may look the lists up once for all of them.
     */
    default List<Result> checkAll(List<ScreenableRecord> records) {
        List<Result> out = new java.util.ArrayList<>(records.size());
        for (ScreenableRecord r : records) {
            out.add(check(r));
        }
        return out;
    }

    /** What one check saw: the lists screened and the matches found, best first. */
    record Result(List<ListScreened> lists, List<WatchlistMatch> matches) {
        public Result {
            lists = List.copyOf(lists);
            matches = List.copyOf(matches);
        }
    }

    /** A list screened, in the version screened. */
    record ListScreened(String listId, String listName, int version) {
    }
}
