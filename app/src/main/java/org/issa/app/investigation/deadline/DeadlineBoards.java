package org.issa.app.investigation.deadline;

import java.util.ArrayList;
import java.util.List;
import org.issa.core.security.Principal;
import org.issa.investigation.deadline.Deadline;
import org.issa.investigation.deadline.DeadlineBoard;
import org.issa.investigation.exchange.ExchangeDesk;
import org.issa.investigation.warrant.WarrantRegister;

/** Builds the board for a reader from both registers, each filtered by marking in its own query. */
public final class DeadlineBoards {

    private DeadlineBoards() {
    }

    public static DeadlineBoard.Board board(Principal reader, ExchangeDesk exchange, WarrantRegister warrants) {
        List<Deadline> all = new ArrayList<>(exchange.deadlines(reader));
        all.addAll(warrants.deadlines(reader));
        return DeadlineBoard.of(all, exchange.now());
    }

    /** The page of the record a deadline belongs to. */
    public static String url(Deadline d) {
        return (d.recordType().equals("warrant") ? "/investigation/warrants/" : "/investigation/exchange/") + d.recordId();
    }
}
