package org.issa.app.finance.payment;

import java.io.InputStream;
import java.util.Set;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.finance.payment.PaymentColumns;
import org.issa.finance.payment.PaymentFormat;
import org.issa.finance.payment.store.Channel;
import org.issa.finance.payment.store.ImportReceipt;
import org.issa.finance.payment.store.PaymentBatch;
import org.issa.finance.payment.store.PaymentImport;
import org.issa.finance.payment.store.PaymentStore;

/**
 * Imports a payment file for a user, whatever the channel (HTTP, web form, CLI): checks the role, reads the format and
 * column mapping (naming the field at fault), marks the batch as the importer's agency's record (personal data,
 * RESTREINT UE and TLP:AMBER unless stated), stores it and hands it to the entity store.
 */
public final class PaymentImports {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PaymentImports.class);

    private final PaymentStore store;
    private final PaymentPublication publication;

    private final java.util.function.LongConsumer stored;

    /** Imports without screening on arrival (the CLI: parties are screened at the next list change). */
    public PaymentImports(PaymentStore store, PaymentPublication publication) {
        this(store, publication, batch -> { });
    }

    /** @param stored told the batch id of each import that stored payments (the server screens their parties on arrival) */
    public PaymentImports(PaymentStore store, PaymentPublication publication, java.util.function.LongConsumer stored) {
        this.store = store;
        this.publication = publication;
        this.stored = stored;
    }

    /** What an import did, and how many payments were handed to the entity store. */
    public record Result(ImportReceipt receipt, PaymentBatch batch, long published) {
    }

    public Result importFile(Principal who, Channel channel, String source, String format, String columns, String classification,
                             String tlp, InputStream in) {
        if (!who.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new ForbiddenException("only analysts and supervisors import payments");
        }
        PaymentFormat f = format == null || format.isBlank() ? PaymentFormat.CSV : PaymentFormat.parse(format);
        PaymentColumns mapping = f != PaymentFormat.CSV || columns == null || columns.isBlank() ? PaymentColumns.defaults()
                : PaymentColumns.parse(columns);
        Marking marking = who.markingOfOwnRecord(marking(who, classification, tlp));
        String name = source == null || source.isBlank() ? "upload." + f.name().toLowerCase(java.util.Locale.ROOT) : source.strip();
        if (name.length() > 300) {
            throw new InvalidInputException("source", "the source name must be at most 300 characters");
        }
        ImportReceipt r = store.importFile(new PaymentImport(name, f, channel, who, marking), mapping, in);
        PaymentBatch batch = store.batch(who, r.batchId()).orElseThrow();
        long published;
        try {
            published = publication.publish(batch);
        } catch (RuntimeException e) {
            // The payments are stored and stay stored: a failed hand-off is logged and reported as 0 published (the batch
            // keeps published_count 0), not turned into an import error.
            LOG.warn("payment import {}: not handed to the entity store: {}", r.batchId(), e.getMessage());
            published = 0;
        }
        if (r.stored() > 0) {
            try {
                stored.accept(r.batchId());
            } catch (RuntimeException e) {
                LOG.warn("payment import {}: parties not screened on arrival (they are at the next list change): {}", r.batchId(),
                        e.getMessage());
            }
        }
        return new Result(r, batch, published);
    }

    private static Marking marking(Principal who, String classification, String tlp) {
        Classification c;
        Tlp t;
        try {
            c = classification == null || classification.isBlank()
                    ? (who.clearance().dominates(Classification.RESTREINT_UE) ? Classification.RESTREINT_UE : who.clearance())
                    : Classification.parse(classification);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("classification", e.getMessage());
        }
        try {
            t = tlp == null || tlp.isBlank() ? Tlp.AMBER : Tlp.parse(tlp);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("tlp", e.getMessage());
        }
        return new Marking(c, t, Set.of(), who.agency(), Set.of(Handling.PERSONAL_DATA));
    }
}
