package org.issa.app.investigation.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.issa.app.identity.CurrentUser;
import org.issa.investigation.deadline.Deadline;
import org.issa.investigation.deadline.DeadlineBoard;
import org.issa.investigation.exchange.ExchangeDesk;
import org.issa.investigation.warrant.WarrantRegister;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The deadline board over HTTP: running limits of exchange requests and warrants the caller may see, by time remaining. */
@RestController
public class DeadlineApi {

    private final ExchangeDesk exchange;
    private final WarrantRegister warrants;

    public DeadlineApi(ExchangeDesk exchange, WarrantRegister warrants) {
        this.exchange = exchange;
        this.warrants = warrants;
    }

    public record Item(String recordType, String recordId, String reference, String deadline, String title, Instant startedAt,
                       Instant dueAt, String remaining, String basis, String url) {
        static Item of(Deadline d, Instant now) {
            return new Item(d.recordType(), d.recordId(), d.reference(), d.name(), d.title(), d.startedAt(), d.dueAt(),
                    DeadlineBoard.remainingInWords(d, now), d.basis(), DeadlineBoards.url(d));
        }
    }

    public record BoardView(Instant at, Map<DeadlineBoard.Bucket, List<Item>> groups) {
    }

    @GetMapping("/api/v1/investigation/deadlines")
    BoardView board(Authentication auth) {
        DeadlineBoard.Board b = DeadlineBoards.board(CurrentUser.of(auth), exchange, warrants);
        Map<DeadlineBoard.Bucket, List<Item>> groups = new java.util.EnumMap<>(DeadlineBoard.Bucket.class);
        b.groups().forEach((k, v) -> groups.put(k, v.stream().map(d -> Item.of(d, b.at())).toList()));
        return new BoardView(b.at(), groups);
    }
}
