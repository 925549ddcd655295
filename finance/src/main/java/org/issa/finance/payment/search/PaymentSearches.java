package org.issa.finance.payment.search;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.error.Require;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.tx.Transactions;
import org.issa.finance.payment.Payment;
import org.issa.finance.payment.store.PaymentStore;
import org.issa.finance.payment.store.StoredPayment;

/**
 * Targeted searches on the stored payments (financial messaging analysis). A search must state its ground (a link to
 * terrorism or serious crime, {@link SearchGround}), a justification and a case reference, else it is refused naming
 * the missing field; it returns only the payments the subject (an account, or a name as payer or payee) made or
 * received, within the reader's markings, and their direct counterparties - nothing about the counterparties' other
 * payments. Each search is logged with its result count in the same transaction as its audit entry; a share of the
 * searches is sampled for review as they are logged, and reviewers may draw more. Supervisors and DPOs review searches
 * (not their own); results may be extracted to the search's case, which keeps them beyond the store's retention.
 */
public final class PaymentSearches {

    /** The most payments one search returns; a search that finds more says it was cut and should be narrowed. */
    public static final int LIMIT = 1000;
    public static final String COMPLIANT = "COMPLIANT";
    public static final String NOT_COMPLIANT = "NOT_COMPLIANT";

    private final PaymentStore store;
    private final Sql sql;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final double sampleRate;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param sampleRate the share of searches sampled for review when they are logged, in [0, 1]
     */
    public PaymentSearches(PaymentStore store, AuditLog audit, Transactions tx, Clock clock, double sampleRate) {
        this.store = store;
        this.sql = store.sql();
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.sampleRate = Math.max(0, Math.min(1, sampleRate));
    }

    /** Runs a targeted search for the principal, logs and audits it, and returns the subject's payments and counterparties. */
    public SearchResult search(Principal who, SearchRequest request) {
        if (!who.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new ForbiddenException("only analysts and supervisors search payments");
        }
        SearchGround ground = SearchGround.parse(request.ground());
        String justification = Require.text("justification", request.justification(), 2000);
        if (justification.length() < 20) {
            throw new InvalidInputException("justification", "the justification must say in at least 20 characters why this subject is"
                    + " linked to " + ground.label().toLowerCase(Locale.ROOT));
        }
        String caseRef = Require.text("caseReference", request.caseReference(), 100);
        String kind = request.subjectKind() == null || request.subjectKind().isBlank() ? "" : request.subjectKind().strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("account") && !kind.equals("name")) {
            throw new InvalidInputException("subjectKind", "the subject is an 'account' or a 'name'");
        }
        String subject = Require.text("subject", request.subject(), 300);
        return tx.inTransaction(() -> {
            List<StoredPayment> found = kind.equals("account") ? byAccount(who, subject) : byName(who, subject);
            boolean truncated = found.size() > LIMIT;
            List<StoredPayment> payments = truncated ? found.subList(0, LIMIT) : found;
            List<Counterparty> counterparties = counterparties(payments, kind, subject);
            String id = UUID.randomUUID().toString();
            Instant now = clock.instant();
            boolean sampled = random.nextDouble() < sampleRate;
            sql.update("INSERT INTO fin_payment_search (id, searched_by, agency, searched_at, ground, justification, case_ref, subject_kind,"
                    + " subject, results, counterparties, truncated, sampled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, who.username(),
                    who.agency(), now, ground.name(), justification, caseRef, kind, subject, payments.size(), counterparties.size(), truncated,
                    sampled);
            for (StoredPayment p : payments) {
                sql.update("INSERT INTO fin_payment_search_hit (search_id, payment_id) VALUES (?, ?)", id, p.id());
            }
            audit.recordRead(who.username(), "payment_search", id, ground.label() + "; case " + caseRef + "; " + justification);
            LoggedSearch logged = new LoggedSearch(id, who.username(), who.agency(), now, ground, justification, caseRef, kind, subject,
                    payments.size(), counterparties.size(), truncated, sampled, Optional.empty());
            return new SearchResult(logged, payments, counterparties);
        });
    }

    private List<StoredPayment> byAccount(Principal who, String subject) {
        String compact = subject.replace(" ", "");
        Set<String> forms = new java.util.LinkedHashSet<>(List.of(subject, compact, compact.toUpperCase(Locale.ROOT)));
        Set<Long> ids = new java.util.LinkedHashSet<>();
        for (String form : forms) {
            store.accountKey(form).ifPresent(ids::add);
        }
        Map<Long, StoredPayment> out = new LinkedHashMap<>();
        for (long id : ids) {
            // the account's payer and payee postings name the segments to read; the marking is applied in their SQL
            for (StoredPayment p : store.byAccount(who, id)) {
                out.put(p.id(), p);
            }
        }
        return ordered(out.values()).stream().limit(LIMIT + 1).toList();
    }

    private List<StoredPayment> byName(Principal who, String subject) {
        String name = normalise(subject);
        List<StoredPayment> out = new ArrayList<>();
        store.forEachStored(who, s -> normalise(s.payment().payerName()).equals(name) || normalise(s.payment().payeeName()).equals(name), p -> {
            if (out.size() <= LIMIT) {
                out.add(p);
            }
        });
        return out;
    }

    private static List<StoredPayment> ordered(Collection<StoredPayment> payments) {
        return payments.stream().sorted(Comparator.comparing((StoredPayment s) -> s.payment().time())
                .thenComparing(s -> s.payment().reference())).toList();
    }

    private static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** The other side of each payment, grouped by account and currency. */
    private static List<Counterparty> counterparties(List<StoredPayment> payments, String kind, String subject) {
        record Key(String account, String currency) {
        }
        Map<Key, Object[]> acc = new TreeMap<>(Comparator.comparing(Key::account).thenComparing(Key::currency));
        String name = normalise(subject);
        String compact = subject.replace(" ", "").toUpperCase(Locale.ROOT);
        for (StoredPayment s : payments) {
            Payment p = s.payment();
            boolean subjectPays = kind.equals("account") ? p.payerAccount().replace(" ", "").toUpperCase(Locale.ROOT).equals(compact)
                    : normalise(p.payerName()).equals(name);
            String account = subjectPays ? p.payeeAccount() : p.payerAccount();
            String other = subjectPays ? p.payeeName() : p.payerName();
            Object[] a = acc.computeIfAbsent(new Key(account, p.currency()), k -> new Object[] {other, 0, BigDecimal.ZERO, BigDecimal.ZERO});
            if (((String) a[0]).isEmpty()) {
                a[0] = other;
            }
            a[1] = (int) a[1] + 1;
            if (subjectPays) {
                a[3] = ((BigDecimal) a[3]).add(p.amount());
            } else {
                a[2] = ((BigDecimal) a[2]).add(p.amount());
            }
        }
        List<Counterparty> out = new ArrayList<>();
        acc.forEach((k, a) -> out.add(new Counterparty(k.account(), (String) a[0], (int) a[1], (BigDecimal) a[2], (BigDecimal) a[3], k.currency())));
        return out;
    }

    /** The search log, newest first: all of it for supervisors, DPOs and auditors; an analyst sees their own searches. */
    public List<LoggedSearch> log(Principal who, boolean sampledOnly, boolean unreviewedOnly, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (!who.hasAny(Role.SUPERVISOR, Role.DPO, Role.AUDITOR)) {
            if (!who.has(Role.ANALYST)) {
                throw new ForbiddenException("the search log is for analysts (their own), supervisors, DPOs and auditors");
            }
            where.append(" AND searched_by = ?");
            params.add(who.username());
        }
        if (sampledOnly) {
            where.append(" AND sampled = TRUE");
        }
        if (unreviewedOnly) {
            where.append(" AND reviewed_at IS NULL");
        }
        params.add(Math.max(1, Math.min(limit, 1000)));
        return sql.query("SELECT * FROM fin_payment_search WHERE " + where + " ORDER BY searched_at DESC, id FETCH FIRST ? ROWS ONLY",
                PaymentSearches::logged, params.toArray());
    }

    public LoggedSearch logged(Principal who, String id) {
        LoggedSearch s = sql.queryOne("SELECT * FROM fin_payment_search WHERE id = ?", PaymentSearches::logged, id)
                .orElseThrow(() -> new NotFoundException("search", id));
        if (!who.hasAny(Role.SUPERVISOR, Role.DPO, Role.AUDITOR) && !s.searchedBy().equals(who.username())) {
            throw new NotFoundException("search", id);
        }
        return s;
    }

    /** Draws up to {@code size} unreviewed, unsampled searches at random into the review sample; returns how many. */
    public int drawSample(Principal who, int size) {
        requireReviewer(who);
        if (size < 1 || size > 500) {
            throw new InvalidInputException("size", "draw between 1 and 500 searches");
        }
        return tx.inTransaction(() -> {
            List<String> pool = sql.query("SELECT id FROM fin_payment_search WHERE sampled = FALSE AND reviewed_at IS NULL", rs -> rs.getString(1));
            java.util.Collections.shuffle(pool, random);
            List<String> drawn = pool.subList(0, Math.min(size, pool.size()));
            for (String id : drawn) {
                sql.update("UPDATE fin_payment_search SET sampled = TRUE WHERE id = ?", id);
            }
            audit.record(AuditEvent.write(who.username(), "finance.payments.search.sample", "payment_search", "",
                    drawn.size() + " searches drawn for review out of " + pool.size() + " unreviewed"));
            return drawn.size();
        });
    }

    /** Records a review: {@link #COMPLIANT} or {@link #NOT_COMPLIANT}, with a note (required when not compliant). */
    public LoggedSearch review(Principal who, String id, String outcome, String note) {
        requireReviewer(who);
        String o = outcome == null ? "" : outcome.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (!o.equals(COMPLIANT) && !o.equals(NOT_COMPLIANT)) {
            throw new InvalidInputException("outcome", "the outcome is 'compliant' or 'not_compliant'");
        }
        String n = note == null ? "" : note.strip();
        if (n.length() > 2000) {
            throw new InvalidInputException("note", "the note must be at most 2000 characters");
        }
        if (o.equals(NOT_COMPLIANT) && n.isEmpty()) {
            throw new InvalidInputException("note", "say what was not compliant");
        }
        return tx.inTransaction(() -> {
            LoggedSearch s = logged(who, id);
            if (s.searchedBy().equals(who.username())) {
                throw new ForbiddenException("a search is reviewed by someone other than the one who ran it");
            }
            if (s.review().isPresent()) {
                throw new ConflictException("search " + id + " was reviewed already");
            }
            sql.update("UPDATE fin_payment_search SET reviewed_by = ?, reviewed_at = ?, review_outcome = ?, review_note = ? WHERE id = ?",
                    who.username(), clock.instant(), o, n, id);
            audit.record(AuditEvent.write(who.username(), "finance.payments.search.review", "payment_search", id,
                    o.toLowerCase(Locale.ROOT) + (n.isEmpty() ? "" : ": " + n)));
            return logged(who, id);
        });
    }

    private static void requireReviewer(Principal who) {
        if (!who.hasAny(Role.SUPERVISOR, Role.DPO)) {
            throw new ForbiddenException("searches are reviewed by supervisors and data protection officers");
        }
    }

    /**
     * Extracts payments a search returned to the search's case (all of them when {@code paymentIds} is empty): they are
     * kept with the case beyond the store's retention. Only the one who ran the search extracts, within their markings.
     *
     * @return how many payments were newly extracted
     */
    public int extract(Principal who, String searchId, List<Long> paymentIds) {
        if (!who.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new ForbiddenException("only analysts and supervisors extract payments");
        }
        return tx.inTransaction(() -> {
            LoggedSearch s = logged(who, searchId);
            if (!s.searchedBy().equals(who.username())) {
                throw new ForbiddenException("only the one who ran search " + searchId + " extracts its results");
            }
            List<Long> logged = sql.query("SELECT payment_id FROM fin_payment_search_hit WHERE search_id = ?", rs -> rs.getLong(1), searchId);
            // the hits the searcher may still see (the batch's marking applied in the SQL that selects the segments)
            List<Long> hits = store.byIds(who, logged).stream().map(StoredPayment::id).toList();
            Set<Long> allowed = new HashSet<>(hits);
            List<Long> wanted = paymentIds == null || paymentIds.isEmpty() ? hits : paymentIds;
            for (long id : wanted) {
                if (!allowed.contains(id)) {
                    throw new InvalidInputException("paymentIds", "payment " + id + " was not returned by search " + searchId);
                }
            }
            Instant now = clock.instant();
            int added = 0;
            for (long id : new java.util.LinkedHashSet<>(wanted)) {
                if (sql.count("SELECT COUNT(*) FROM fin_payment_extract WHERE payment_id = ? AND case_ref = ?", id, s.caseReference()) == 0) {
                    sql.update("INSERT INTO fin_payment_extract (payment_id, case_ref, search_id, extracted_by, extracted_at) VALUES (?, ?, ?, ?, ?)",
                            id, s.caseReference(), searchId, who.username(), now);
                    added++;
                }
            }
            audit.record(AuditEvent.write(who.username(), "finance.payments.extract", "payment_search", searchId,
                    added + " payments extracted to case " + s.caseReference()));
            return added;
        });
    }

    /** The payments extracted to a case that the reader may see, in time order; the read is audited with the case as purpose. */
    public List<StoredPayment> extracted(Principal who, String caseReference) {
        if (!who.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new ForbiddenException("only analysts and supervisors read extracted payments");
        }
        String caseRef = Require.text("caseReference", caseReference, 100);
        return tx.inTransaction(() -> {
            List<StoredPayment> out = store.byIds(who, sql.query("SELECT payment_id FROM fin_payment_extract WHERE case_ref = ?",
                    rs -> rs.getLong(1), caseRef));
            audit.recordRead(who.username(), "payment_extract", caseRef, "extracted payments of case " + caseRef);
            return out;
        });
    }

    static LoggedSearch logged(ResultSet rs) throws SQLException {
        Optional<LoggedSearch.Review> review = rs.getString("reviewed_by") == null ? Optional.empty()
                : Optional.of(new LoggedSearch.Review(rs.getString("reviewed_by"), Sql.instant(rs, "reviewed_at"), rs.getString("review_outcome"),
                        rs.getString("review_note") == null ? "" : rs.getString("review_note")));
        return new LoggedSearch(rs.getString("id"), rs.getString("searched_by"), rs.getString("agency"), Sql.instant(rs, "searched_at"),
                SearchGround.valueOf(rs.getString("ground")), rs.getString("justification"), rs.getString("case_ref"),
                rs.getString("subject_kind"), rs.getString("subject"), rs.getInt("results"), rs.getInt("counterparties"),
                rs.getBoolean("truncated"), rs.getBoolean("sampled"), review);
    }
}
