package org.issa.app.strategy;

import static org.issa.app.web.Csv.cell;

import java.util.Optional;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.strategy.StrategyMonitor;
import org.issa.strategy.progress.UpdateQuery;

/** Progress updates as RFC 4180 CSV, read page by page with the reader's markings applied. */
final class UpdatesCsv {

    static final int MAX_ROWS = 100_000;

    private UpdatesCsv() {
    }

    /** The CSV text and how many updates it holds. */
    record Export(String csv, int rows) {
    }

    static Export write(StrategyMonitor monitor, Principal reader, Optional<String> scope) {
        StringBuilder b = new StringBuilder("id,action,at,author,classification,tlp,releasable_to,originator,status_after,body\r\n");
        int rows = Page.walk(cursor -> monitor.updates(reader, UpdateQuery.scope(scope), cursor, 500), MAX_ROWS, u -> b
                .append(cell(u.id())).append(',').append(cell(u.actionCode())).append(',').append(u.at()).append(',')
                .append(cell(u.author())).append(',').append(u.marking().classification().name()).append(',')
                .append(u.marking().tlp().label()).append(',').append(cell(String.join(" ", u.marking().releasableTo())))
                .append(',').append(cell(u.marking().originator())).append(',')
                .append(u.statusAfter().map(Enum::name).orElse("")).append(',').append(cell(u.body())).append("\r\n"));
        return new Export(b.toString(), rows);
    }
}
