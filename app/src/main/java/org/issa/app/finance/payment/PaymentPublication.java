package org.issa.app.finance.payment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.issa.core.entity.Entity;
import org.issa.core.entity.EntityPort;
import org.issa.core.entity.Provenance;
import org.issa.finance.account.Iban;
import org.issa.finance.payment.Payment;
import org.issa.finance.payment.store.PaymentBatch;
import org.issa.finance.payment.store.PaymentStore;
import org.issa.finance.payment.store.StoredPayment;

/**
 * Hands the payments of an import to the entity store through the core {@link EntityPort}, in the FollowTheMoney
 * shape: a {@code BankAccount} per account and a {@code Payment} between them ({@code payerAccount},
 * {@code beneficiaryAccount}, {@code amount}, {@code currency}, {@code date}, {@code transactionNumber}, and the
 * parties' names and purpose as {@code payer}/{@code beneficiary} notes). Imports larger than the publish limit are not
 * handed on (see docs/modules/finance-payments.md): the entity store is the investigators' graph of persons and links,
 * not a second copy of the ledger. Without a port (a node without an entity store) it does nothing.
 */
public final class PaymentPublication {

    /** The dataset under which payments are published. */
    public static final String DATASET = "finance-payments";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,150}");
    private static final int CHUNK = 1_000;

    private final Optional<EntityPort> port;
    private final PaymentStore store;
    private final int limit;

    public PaymentPublication(Optional<EntityPort> port, PaymentStore store, int limit) {
        this.port = port;
        this.store = store;
        this.limit = limit;
    }

    public boolean active() {
        return port.isPresent();
    }

    public int limit() {
        return limit;
    }

    /** Publishes the stored payments of a batch (when there is a port and the batch is within the limit); returns how many. */
    public long publish(PaymentBatch batch) {
        if (port.isEmpty() || batch.stored() == 0 || batch.stored() > limit) {
            return 0;
        }
        Provenance provenance = new Provenance(DATASET, batch.source(), batch.startedAt());
        Set<String> accountsSent = new LinkedHashSet<>();
        List<Entity> pending = new ArrayList<>();
        long[] n = {0};
        store.forEachInBatch(batch.id(), s -> {
            Payment p = s.payment();
            for (String account : List.of(p.payerAccount(), p.payeeAccount())) {
                if (accountsSent.add(account)) {
                    pending.add(account(account, s, provenance));
                }
            }
            pending.add(payment(s, provenance));
            n[0]++;
            if (pending.size() >= CHUNK) {
                port.get().publish(List.copyOf(pending));
                pending.clear();
            }
        });
        if (!pending.isEmpty()) {
            port.get().publish(List.copyOf(pending));
        }
        store.published(batch.id(), n[0]);
        return n[0];
    }

    /** Withdraws deleted payments from the entity store. */
    public void withdraw(Collection<String> references) {
        if (port.isPresent() && !references.isEmpty()) {
            port.get().withdraw(DATASET, references.stream().map(PaymentPublication::paymentId).toList());
        }
    }

    private static Entity account(String account, StoredPayment s, Provenance provenance) {
        Map<String, List<String>> props = new LinkedHashMap<>();
        props.put("name", List.of(account));
        if (Iban.isValid(account)) {
            props.put("iban", List.of(account));
        } else {
            props.put("accountNumber", List.of(account));
        }
        return new Entity(accountId(account), "BankAccount", props, s.marking(), provenance);
    }

    private static Entity payment(StoredPayment s, Provenance provenance) {
        Payment p = s.payment();
        Map<String, List<String>> props = new LinkedHashMap<>();
        // The entity store draws a Payment as an edge from payer to beneficiary: here, from account to account.
        props.put("payer", List.of(accountId(p.payerAccount())));
        props.put("beneficiary", List.of(accountId(p.payeeAccount())));
        props.put("payerAccount", List.of(accountId(p.payerAccount())));
        props.put("beneficiaryAccount", List.of(accountId(p.payeeAccount())));
        props.put("amount", List.of(p.amount().toPlainString()));
        props.put("currency", List.of(p.currency()));
        props.put("date", List.of(LocalDate.ofInstant(p.time(), ZoneOffset.UTC).toString()));
        props.put("transactionNumber", List.of(p.reference()));
        props.put("purpose", List.of(p.purpose()));
        props.put("summary", List.of((p.payerName() + " → " + p.payeeName()).strip()));
        return new Entity(paymentId(p.reference()), "Payment", props, s.marking(),
                new Provenance(provenance.dataset(), provenance.source(), p.time()));
    }

    static String accountId(String account) {
        return "acct:" + safe(account);
    }

    static String paymentId(String reference) {
        return "pay:" + safe(reference);
    }

    private static String safe(String key) {
        if (SAFE.matcher(key).matches()) {
            return key;
        }
        try {
            return "sha256-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
