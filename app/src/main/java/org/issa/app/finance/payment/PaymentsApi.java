package org.issa.app.finance.payment;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.issa.app.identity.CurrentUser;
import org.issa.app.web.MarkingView;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.finance.payment.store.Channel;
import org.issa.finance.payment.store.PaymentBatch;
import org.issa.finance.payment.store.PaymentStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payment imports over HTTP: a payment file sent as the body ({@code format} csv, pacs008, camt053, mt103 or goaml;
 * {@code columns} the CSV mapping), stored atomically and idempotently; the list of imports.
 */
@RestController
@RequestMapping("/api/v1/finance/payments")
public class PaymentsApi {

    private final PaymentImports imports;
    private final PaymentStore store;

    public PaymentsApi(PaymentImports imports, PaymentStore store) {
        this.imports = imports;
        this.store = store;
    }

    /** An import as the API shows it. */
    public record BatchView(long id, String source, String format, String contentHash, String channel, String status, long read,
                            long stored, long alreadyStored, long deleted, long published, Instant firstPaidAt, Instant lastPaidAt,
                            String importedBy, Instant startedAt, Instant finishedAt, String error, MarkingView marking) {
        public static BatchView of(PaymentBatch b) {
            return new BatchView(b.id(), b.source(), b.format().toLowerCase(java.util.Locale.ROOT), b.contentHash(),
                    b.channel().toLowerCase(java.util.Locale.ROOT), b.status(), b.read(), b.stored(), b.alreadyStored(), b.deleted(),
                    b.published(), b.firstPaidAt().orElse(null), b.lastPaidAt().orElse(null), b.importedBy(), b.startedAt(),
                    b.finishedAt().orElse(null), b.error().orElse(null), MarkingView.of(b.marking()));
        }
    }

    /** What an upload did. */
    public record ImportView(long batch, long read, long stored, long alreadyStored, String contentHash, double seconds, long published,
                             BatchView details) {
        static ImportView of(PaymentImports.Result r) {
            return new ImportView(r.receipt().batchId(), r.receipt().read(), r.receipt().stored(), r.receipt().alreadyStored(),
                    r.receipt().contentHash(), r.receipt().seconds(), r.published(), BatchView.of(r.batch()));
        }
    }

    /**
     * Stores the payment file sent as the body. 201 with the counts when something new was stored, 200 when every
     * payment was stored before; 400 naming {@code format}, {@code columns} or {@code payments} (with the line) otherwise,
     * and then nothing is stored.
     */
    @PostMapping("/imports")
    ResponseEntity<ImportView> upload(@RequestParam(required = false) String format, @RequestParam(required = false) String columns,
                                      @RequestParam(required = false) String source, @RequestParam(required = false) String classification,
                                      @RequestParam(required = false) String tlp, HttpServletRequest request, Authentication auth) {
        try (InputStream in = request.getInputStream()) {
            PaymentImports.Result r = imports.importFile(CurrentUser.of(auth), Channel.HTTP, source, format, columns, classification, tlp, in);
            return ResponseEntity.status(r.receipt().stored() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(ImportView.of(r));
        } catch (IOException e) {
            throw new InvalidInputException("body", "the file could not be received: " + e.getMessage());
        }
    }

    @GetMapping("/imports")
    List<BatchView> list(@RequestParam(defaultValue = "100") int limit, Authentication auth) {
        return store.batches(CurrentUser.of(auth), limit).stream().map(BatchView::of).toList();
    }

    @GetMapping("/imports/{id}")
    BatchView one(@PathVariable long id, Authentication auth) {
        return store.batch(CurrentUser.of(auth), id).map(BatchView::of)
                .orElseThrow(() -> new NotFoundException("payment import", Long.toString(id)));
    }
}
