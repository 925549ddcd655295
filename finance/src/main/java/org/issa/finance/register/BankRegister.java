package org.issa.finance.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.entity.Entity;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.DataAccessException;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.core.tx.Transactions;
import org.issa.finance.account.Bic;
import org.issa.finance.register.load.AccountReportXml;
import org.issa.finance.register.load.RegisterColumns;
import org.issa.finance.register.load.RegisterCsv;
import org.issa.finance.register.load.SubmissionFileException;
import org.issa.finance.register.load.SubmissionFormat;

/**
 * The register's store: loads a bank's submission so that it replaces the bank's previous one atomically (one
 * transaction: the new rows, the status change of the old submission, the audit entry and the entity publication are
 * stored together, or none of them), refuses a submission identical to an earlier one of the bank, and reads
 * submissions and account details back with the reader's markings applied in the query.
 */
public final class BankRegister {

    /** The record type of the audit entries about the register. */
    public static final String RECORD_TYPE = "bank_account_register";
    private static final int BATCH = 1000;
    private static final int PUBLISH_CHUNK = 2000;

    static final String SUBMISSION_COLUMNS = "s.id, s.bank_bic, b.name AS bank_name, s.received_at, s.content_hash, s.format, "
            + "s.source_name, s.accounts, s.parties, s.loaded_by, s.status, s.replaced_at, s.replaced_by, "
            + "s.m_class, s.m_tlp, s.m_rel, s.m_orig, s.m_flags";

    private final Sql sql;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final RegisterEntities entities;

    public BankRegister(Sql sql, AuditLog audit, Transactions tx, Clock clock, RegisterEntities entities) {
        this.sql = sql;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.entities = entities;
    }

    /**
     * What is being loaded.
     *
     * @param bank     the reporting bank
     * @param bankName its name (kept; updates the stored name when given)
     * @param source   the file name or channel, for the record and the error messages
     * @param format   CSV or ISO 20022
     * @param columns  the CSV column mapping (ignored for ISO 20022)
     * @param marking  the marking requested for the submission, or empty (the loader's default); it is always
     *                 flagged as personal data
     */
    public record Upload(Bic bank, String bankName, String source, SubmissionFormat format, RegisterColumns columns,
                         Optional<Marking> marking) {
        public Upload {
            bankName = bankName == null ? "" : bankName.strip();
            if (bankName.length() > 200) {
                throw new InvalidInputException("bankName", "bankName is longer than 200 characters");
            }
            source = source == null || source.isBlank() ? "upload" : source.strip();
            source = source.length() <= 300 ? source : source.substring(0, 300);
            columns = columns == null ? RegisterColumns.defaults() : columns;
            marking = marking == null ? Optional.empty() : marking;
        }
    }

    /** Who may load submissions: supervisors of the register. */
    public static void requireLoader(Principal who) {
        if (!who.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("loading bank submissions into the account register is for supervisors");
        }
    }

    /**
     * Loads a submission, replacing the bank's current one.
     *
     * @throws SubmissionFileException (400) naming the line and the problem; nothing is stored
     * @throws ConflictException       (409) when the bank sent the same content before, naming that submission
     */
    public Submission load(Principal who, Upload upload, SubmissionContent content) {
        requireLoader(who);
        Marking own = who.markingOfOwnRecord(upload.marking().orElse(null));
        Set<Handling> flags = new HashSet<>(own.handling());
        flags.add(Handling.PERSONAL_DATA);
        Marking marking = own.withHandling(flags);
        String hash = content.sha256();
        String bic = upload.bank().value();
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        try {
            return store(who, upload, content, marking, hash, bic, now, id);
        } catch (InvalidInputException | ConflictException e) {
            // the refusal is on the record too, in its own transaction, since the load's was rolled back
            tx.run(() -> audit.record(AuditEvent.write(who.username(), "finance.register.refuse", RECORD_TYPE, bic,
                    "submission " + upload.source() + " of bank " + bic + " refused: " + e.getMessage())));
            throw e;
        }
    }

    private Submission store(Principal who, Upload upload, SubmissionContent content, Marking marking, String hash, String bic,
                             Instant now, String id) {
        return tx.inTransaction(() -> {
            String bankName = lockBank(bic, upload.bankName(), now);
            duplicateOf(bic, hash).ifPresent(d -> {
                throw duplicate(d); // the same file sent twice at the same time: the second waits for the lock, then meets the first
            });
            Optional<String> previous = sql.queryOne("SELECT id FROM fin_reg_submission WHERE bank_bic = ? AND status = ?",
                    rs -> rs.getString(1), bic, Submission.CURRENT);
            List<Object> p = new ArrayList<>(List.of(id, bic, now, hash, upload.format().name(), upload.source(), 0, 0,
                    who.username(), "LOADING"));
            p.addAll(MarkingFilter.bind(marking));
            sql.update("INSERT INTO fin_reg_submission (id, bank_bic, received_at, content_hash, format, source_name, accounts, parties, "
                    + "loaded_by, status, " + MarkingFilter.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.toArray());
            Writer writer = new Writer(id, bankName, marking, upload.source(), now);
            try (InputStream in = content.open()) {
                read(upload, in, writer);
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (writer.accounts == 0) {
                throw new SubmissionFileException(upload.source(), "", "the submission lists no account: it would empty the bank's register entry");
            }
            if (previous.isPresent()) {
                sql.update("UPDATE fin_reg_submission SET status = ?, replaced_at = ?, replaced_by = ? WHERE id = ?",
                        Submission.REPLACED, now, id, previous.get());
                if (entities.active()) {
                    Set<String> gone = new HashSet<>();
                    forEachAccount(previous.get(), a -> gone.addAll(RegisterEntities.of(a, bankName, marking, "", now).keySet()));
                    gone.removeAll(writer.published);
                    entities.withdraw(bic, gone);
                }
            }
            sql.update("UPDATE fin_reg_submission SET status = ?, accounts = ?, parties = ? WHERE id = ?",
                    Submission.CURRENT, writer.accounts, writer.parties, id);
            audit.record(AuditEvent.write(who.username(), "finance.register.load", RECORD_TYPE, id,
                    "bank " + bic + ": " + writer.accounts + " accounts, " + writer.parties + " parties from " + upload.source()
                            + " (" + upload.format().name().toLowerCase(java.util.Locale.ROOT) + ", sha256 " + hash + ")"
                            + previous.map(prev -> "; replaces submission " + prev).orElse("; first submission of the bank")
                            + "; " + marking.banner()));
            return submission(id).orElseThrow();
        });
    }

    private static ConflictException duplicate(Submission d) {
        return new ConflictException("this submission is identical (same SHA-256) to submission " + d.id() + " of bank " + d.bankBic()
                + ", received " + d.receivedAt() + " (" + d.status().toLowerCase(java.util.Locale.ROOT) + ")");
    }

    private void read(Upload upload, InputStream in, Writer writer) throws IOException {
        switch (upload.format()) {
            case CSV -> {
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                try {
                    new RegisterCsv(upload.columns(), upload.source(), upload.bank()).read(r, writer::accept);
                } catch (java.nio.charset.CharacterCodingException e) {
                    throw new SubmissionFileException(upload.source(), "", "the file is not UTF-8 text");
                }
            }
            case ISO20022 -> new AccountReportXml(upload.source(), upload.bank()).read(in, writer::accept);
        }
    }

    /** Inserts or renames the bank, then locks its row so that two submissions of one bank load one after the other. */
    private String lockBank(String bic, String name, Instant now) {
        Optional<String> stored = sql.queryOne("SELECT name FROM fin_reg_bank WHERE bic = ?", rs -> rs.getString(1), bic);
        if (stored.isEmpty()) {
            sql.update("INSERT INTO fin_reg_bank (bic, name, created_at) VALUES (?, ?, ?)", bic, name.isEmpty() ? bic : name, now);
        } else if (!name.isEmpty() && !name.equals(stored.get())) {
            sql.update("UPDATE fin_reg_bank SET name = ? WHERE bic = ?", name, bic);
        }
        return sql.queryOne("SELECT name FROM fin_reg_bank WHERE bic = ? FOR UPDATE", rs -> rs.getString(1), bic).orElseThrow();
    }

    private Optional<Submission> duplicateOf(String bic, String hash) {
        return sql.query("SELECT " + SUBMISSION_COLUMNS + " FROM fin_reg_submission s JOIN fin_reg_bank b ON b.bic = s.bank_bic "
                + "WHERE s.bank_bic = ? AND s.content_hash = ? AND s.status IN (?, ?) ORDER BY s.received_at",
                BankRegister::submission, bic, hash, Submission.CURRENT, Submission.REPLACED).stream().findFirst();
    }

    /** Writes accounts and parties in JDBC batches on the transaction's connection, and publishes their entities in chunks. */
    private final class Writer {
        final String submissionId;
        final String bankName;
        final Marking marking;
        final String source;
        final Instant at;
        final Set<String> published = new HashSet<>();
        final Map<String, Entity> pending = new LinkedHashMap<>();
        int accounts;
        int parties;
        private final List<Object[]> accountRows = new ArrayList<>();
        private final List<Object[]> partyRows = new ArrayList<>();

        Writer(String submissionId, String bankName, Marking marking, String source, Instant at) {
            this.submissionId = submissionId;
            this.bankName = bankName;
            this.marking = marking;
            this.source = source;
            this.at = at;
        }

        void accept(RegisterAccount a, long line) {
            int no = ++accounts;
            accountRows.add(new Object[] {submissionId, no, a.identifier(), a.kind().name(), a.bic().value(), a.currency(), a.underlying(),
                    a.opened().orElse(null), a.closed().orElse(null), line});
            int pn = 0;
            for (Party p : a.parties()) {
                parties++;
                partyRows.add(new Object[] {submissionId, no, ++pn, p.role().name(), p.company() ? "COMPANY" : "PERSON", p.name(), p.nameKey(),
                        p.birthDate().orElse(null), p.nationalId(), p.nationality()});
            }
            if (accountRows.size() >= BATCH) {
                flush();
            }
            if (entities.active()) {
                pending.putAll(RegisterEntities.of(a, bankName, marking, source, at));
                if (pending.size() >= PUBLISH_CHUNK) {
                    publish();
                }
            }
        }

        void flush() {
            batch("INSERT INTO fin_reg_account (submission_id, acct_no, identifier, kind, bic, currency, underlying, opened_on, closed_on, "
                    + "line_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", accountRows);
            batch("INSERT INTO fin_reg_party (submission_id, acct_no, party_no, role, party_type, name, name_key, birth_date, national_id, "
                    + "nationality) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", partyRows);
            publish();
        }

        private void publish() {
            if (!pending.isEmpty()) {
                entities.publish(List.copyOf(pending.values()));
                published.addAll(pending.keySet());
                pending.clear();
            }
        }

        private void batch(String statement, List<Object[]> rows) {
            if (rows.isEmpty()) {
                return;
            }
            try (Connection c = sql.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        Object v = row[i];
                        if (v == null) {
                            ps.setNull(i + 1, Types.NULL);
                        } else if (v instanceof LocalDate d) {
                            ps.setDate(i + 1, Date.valueOf(d));
                        } else {
                            ps.setObject(i + 1, v);
                        }
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            } catch (SQLException e) {
                throw new DataAccessException("register batch insert failed: " + e.getMessage(), e);
            }
            rows.clear();
        }
    }

    /** One stored submission, without marking checks (for the store's own use). */
    Optional<Submission> submission(String id) {
        return sql.queryOne("SELECT " + SUBMISSION_COLUMNS + " FROM fin_reg_submission s JOIN fin_reg_bank b ON b.bic = s.bank_bic "
                + "WHERE s.id = ?", BankRegister::submission, id);
    }

    /** The submissions the reader may see, newest first, optionally of one bank. */
    public List<Submission> submissions(Principal reader, Optional<Bic> bank, int limit) {
        SqlFragment where = MarkingFilter.readableBy(reader, "s").and(SqlFragment.of("s.status IN (?, ?)", Submission.CURRENT,
                Submission.REPLACED));
        if (bank.isPresent()) {
            where = where.and(SqlFragment.of("s.bank_bic = ?", bank.get().value()));
        }
        return sql.query("SELECT " + SUBMISSION_COLUMNS + " FROM fin_reg_submission s JOIN fin_reg_bank b ON b.bic = s.bank_bic WHERE "
                + where.sql() + " ORDER BY s.received_at DESC, s.id FETCH FIRST " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY",
                BankRegister::submission, where.paramArray());
    }

    /** Hands every account of a submission, with its parties, to the sink in submission order; reads in chunks. */
    public void forEachAccount(String submissionId, Consumer<RegisterAccount> sink) {
        int after = 0;
        while (true) {
            List<RegisterAccount> chunk = accounts(submissionId, after, 2000);
            if (chunk.isEmpty()) {
                return;
            }
            chunk.forEach(sink);
            after += chunk.size();
        }
    }

    private List<RegisterAccount> accounts(String submissionId, int afterNo, int limit) {
        List<StoredAccount> rows = sql.query("SELECT a.* FROM fin_reg_account a WHERE a.submission_id = ? AND a.acct_no > ? "
                + "ORDER BY a.acct_no FETCH FIRST " + limit + " ROWS ONLY", RegisterRows::account, submissionId, afterNo);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<Party>> parties = new LinkedHashMap<>();
        sql.query("SELECT p.* FROM fin_reg_party p WHERE p.submission_id = ? AND p.acct_no > ? AND p.acct_no <= ? "
                + "ORDER BY p.acct_no, p.party_no", rs -> {
                    parties.computeIfAbsent(rs.getInt("acct_no"), k -> new ArrayList<>()).add(RegisterRows.party(rs));
                    return null;
                }, submissionId, afterNo, rows.getLast().acctNo());
        return rows.stream().map(r -> r.toAccount(parties.getOrDefault(r.acctNo(), List.of()))).toList();
    }

    static Submission submission(ResultSet rs) throws SQLException {
        return new Submission(rs.getString("id"), rs.getString("bank_bic"), rs.getString("bank_name"), Sql.instant(rs, "received_at"),
                rs.getString("content_hash"), rs.getString("format"), rs.getString("source_name"), rs.getInt("accounts"),
                rs.getInt("parties"), rs.getString("loaded_by"), rs.getString("status"), Optional.ofNullable(Sql.instant(rs, "replaced_at")),
                Optional.ofNullable(rs.getString("replaced_by")), MarkingFilter.read(rs));
    }
}
