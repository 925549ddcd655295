package org.issa.app.watchlist;

import java.time.LocalDate;
import java.util.Optional;
import org.issa.core.marking.Marking;
import org.issa.matching.model.Subject;

/**
 * An entry of a list as stored: the engine's subject, its content hash, the versions it lives in
 * ({@code lastVersion} empty while current) and, for entries kept by hand, why, until when and by whom.
 *
 * @param rowId the stored row: one entry id has one row per content it had
 */
public record WatchlistEntry(String rowId, String listId, String entryId, int firstVersion, Optional<Integer> lastVersion,
                             Subject subject, String contentHash, Optional<ManualNote> manual, Marking marking) {

    /** Why an entry was added by hand, until when it is screened, and by whom. */
    public record ManualNote(String justification, LocalDate expiresOn, String addedBy) {
    }

    public String name() {
        return subject.primaryName().full();
    }

    public boolean expiredOn(LocalDate day) {
        return manual.map(m -> m.expiresOn().isBefore(day)).orElse(false);
    }
}
