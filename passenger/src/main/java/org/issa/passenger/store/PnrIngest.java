package org.issa.passenger.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issa.passenger.ingest.NotAnInterchangeException;
import org.issa.passenger.ingest.ParsedFile;
import org.issa.passenger.keep.KeptBooking;
import org.issa.passenger.pnr.ApiMessage;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.Quarantined;

/**
 * Ingest end to end: read the file, keep only what may be kept, store each message (one transaction each), then hand
 * the stored messages to what comes after storage (assessment against watch lists and criteria, added by the
 * application through {@link AfterStore}).
 */
public final class PnrIngest {

    /** Reads one file's bytes into messages, or refuses it as no PNRGOV/PAXLST interchange. */
    @FunctionalInterface
    public interface Reader {
        ParsedFile read(byte[] data) throws NotAnInterchangeException;
    }

    /** Cleans a booking of what may not be kept (sensitive data, non-Annex-I items), listing what it removed. */
    @FunctionalInterface
    public interface Keeper {
        KeptBooking keep(Booking booking);
    }

    /** What runs after a PNR message is stored, e.g. assessment before arrival or departure. */
    @FunctionalInterface
    public interface AfterStore {
        void stored(Delivery delivery, PnrMessage message, List<KeptBooking> kept, Receipt receipt);

        static AfterStore nothing() {
            return (d, m, k, r) -> {
            };
        }
    }

    /** What one file gave. */
    public record FileReceipt(String format, List<Receipt> messages, List<Quarantined> fileQuarantined) {
        public FileReceipt {
            messages = List.copyOf(messages);
            fileQuarantined = List.copyOf(fileQuarantined);
        }

        public int pnrs() {
            return messages.stream().mapToInt(Receipt::bookings).sum();
        }

        public int quarantined() {
            return fileQuarantined.size() + messages.stream().mapToInt(r -> r.quarantined().size()).sum();
        }
    }

    private final Reader reader;
    private final Keeper keeper;
    private final PnrStore store;
    private final AfterStore after;

    public PnrIngest(Reader reader, Keeper keeper, PnrStore store, AfterStore after) {
        this.reader = reader;
        this.keeper = keeper;
        this.store = store;
        this.after = after;
    }

    public FileReceipt ingest(Delivery delivery) throws NotAnInterchangeException {
        return ingest(delivery, file -> {
        });
    }

    /** Ingests after {@code check} has seen the parsed file (it may refuse it by throwing; nothing is stored then). */
    public FileReceipt ingest(Delivery delivery, java.util.function.Consumer<ParsedFile> check) throws NotAnInterchangeException {
        ParsedFile file = reader.read(delivery.raw());
        check.accept(file);
        if (file.pnrMessages().isEmpty() && file.apiMessages().isEmpty()) {
            String why = file.quarantined().isEmpty() ? "no message could be read"
                    : file.quarantined().get(0).reason() + (file.quarantined().size() > 1 ? " (and " + (file.quarantined().size() - 1)
                    + " more problems)" : "");
            throw new NotAnInterchangeException("the interchange holds no readable message: " + why);
        }
        List<Receipt> receipts = new ArrayList<>();
        // Problems of the envelope are stored with the first message, where the operator finds them.
        List<Quarantined> pending = new ArrayList<>(file.quarantined());
        for (PnrMessage m : file.pnrMessages()) {
            PnrMessage withEnvelope = pending.isEmpty() ? m : withQuarantine(m, pending);
            pending.clear();
            List<KeptBooking> kept = withEnvelope.bookings().stream().map(keeper::keep).toList();
            Receipt r = store.store(delivery, withEnvelope, kept);
            if (!r.alreadyStored()) {
                after.stored(delivery, withEnvelope, kept, r);
            }
            receipts.add(r);
        }
        for (ApiMessage m : file.apiMessages()) {
            ApiMessage withEnvelope = pending.isEmpty() ? m : withQuarantine(m, pending);
            pending.clear();
            receipts.add(store.storeApi(delivery, withEnvelope));
        }
        return new FileReceipt(file.format().name(), receipts, file.quarantined());
    }

    /**
     * What one file of a group gave: its receipt (the messages stored, or found stored before), and the problems that kept
     * the file or some of its messages out (a refused file, a message that failed to store: nothing of it was kept).
     */
    public record FileOutcome(Delivery delivery, Optional<FileReceipt> receipt, List<String> problems) {
        public FileOutcome {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Ingests several files with their PNRGOV messages stored in one transaction ({@link PnrStore#storeAll}): the same
     * reading, keeping, rows, audit entries and idempotency as {@link #ingest} file by file, with one commit for the group.
     * A file that is not an interchange is refused alone; a message that fails to store is rolled back alone and reported,
     * the others are kept. What comes after storage runs for each newly stored message once the group is committed.
     */
    public List<FileOutcome> ingestAll(List<Delivery> deliveries) {
        List<List<PnrStore.Item>> itemsByFile = new ArrayList<>(deliveries.size());
        List<ParsedFile> files = new ArrayList<>(deliveries.size());
        List<List<String>> problems = new ArrayList<>(deliveries.size());
        List<PnrStore.Item> all = new ArrayList<>();
        for (Delivery d : deliveries) {
            List<PnrStore.Item> items = new ArrayList<>();
            List<String> fileProblems = new ArrayList<>();
            ParsedFile file = null;
            try {
                file = reader.read(d.raw());
                if (file.pnrMessages().isEmpty() && file.apiMessages().isEmpty()) {
                    fileProblems.add("the interchange holds no readable message");
                    file = null;
                }
            } catch (NotAnInterchangeException e) {
                fileProblems.add(e.getMessage());
            }
            if (file != null) {
                List<Quarantined> pending = new ArrayList<>(file.quarantined());
                for (PnrMessage m : file.pnrMessages()) {
                    PnrMessage withEnvelope = pending.isEmpty() ? m : withQuarantine(m, pending);
                    pending.clear();
                    items.add(new PnrStore.Item(d, withEnvelope, withEnvelope.bookings().stream().map(keeper::keep).toList()));
                }
            }
            files.add(file);
            itemsByFile.add(items);
            problems.add(fileProblems);
            all.addAll(items);
        }
        List<PnrStore.Outcome> outcomes = store.storeAll(all);
        List<FileOutcome> out = new ArrayList<>(deliveries.size());
        int next = 0;
        for (int f = 0; f < deliveries.size(); f++) {
            ParsedFile file = files.get(f);
            List<String> fileProblems = problems.get(f);
            if (file == null) {
                out.add(new FileOutcome(deliveries.get(f), Optional.empty(), fileProblems));
                continue;
            }
            List<Receipt> receipts = new ArrayList<>();
            for (int k = 0; k < itemsByFile.get(f).size(); k++) {
                PnrStore.Outcome o = outcomes.get(next++);
                if (o.stored()) {
                    Receipt r = o.receipt().get();
                    if (!r.alreadyStored()) {
                        after.stored(o.item().delivery(), o.item().message(), o.item().kept(), r);
                    }
                    receipts.add(r);
                } else {
                    fileProblems.add("message " + o.item().message().reference() + " not stored: " + o.failure());
                }
            }
            List<Quarantined> pending = file.pnrMessages().isEmpty() ? new ArrayList<>(file.quarantined()) : new ArrayList<>();
            for (ApiMessage m : file.apiMessages()) {
                ApiMessage withEnvelope = pending.isEmpty() ? m : withQuarantine(m, pending);
                pending.clear();
                try {
                    receipts.add(store.storeApi(deliveries.get(f), withEnvelope));
                } catch (RuntimeException e) {
                    fileProblems.add("message " + m.reference() + " not stored: " + e.getMessage());
                }
            }
            out.add(new FileOutcome(deliveries.get(f), Optional.of(new FileReceipt(file.format().name(), receipts, file.quarantined())),
                    fileProblems));
        }
        return out;
    }

    private static PnrMessage withQuarantine(PnrMessage m, List<Quarantined> extra) {
        List<Quarantined> all = new ArrayList<>(extra);
        all.addAll(m.quarantined());
        return new PnrMessage(m.reference(), m.interchangeReference(), m.format(), m.version(), m.pushType(), m.sender(), m.recipient(),
                m.carrier(), m.preparedAt(), m.commonAccessReference(), m.parts(), m.flight(), m.declaredPnrCount(), m.bookings(), all);
    }

    private static ApiMessage withQuarantine(ApiMessage m, List<Quarantined> extra) {
        List<Quarantined> all = new ArrayList<>(extra);
        all.addAll(m.quarantined());
        return new ApiMessage(m.reference(), m.interchangeReference(), m.version(), m.sender(), m.recipient(), m.preparedAt(), m.listType(),
                m.transactionRef(), m.reportingParty(), m.flights(), m.persons(), m.declaredCount(), m.parts(), all);
    }
}
