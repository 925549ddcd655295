package org.issa.app.screening;

import java.util.List;
import org.issa.core.screening.ScreenableRecord;
import org.issa.core.screening.WatchlistMatch;

/**
 * A domain whose records offered through {@link org.issa.core.screening.ScreenedRecords} are reviewed in the domain's
 * own queue rather than the generic screening queue (the passengers of a PIU: Directive (EU) 2016/681 Art 6(5)). On a
 * list change {@link Rescreening} screens the domain's records of {@link #recordType()} against the changed list and
 * hands each record's matches here.
 */
public interface DomainReview {

    /** The record type of the {@code ScreenedRecords} source whose hits this domain reviews. */
    String recordType();

    /** Raises the record's matches in the domain's review; returns how many hits were new. */
    int raise(ScreenableRecord record, List<WatchlistMatch> matches);
}
