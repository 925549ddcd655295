package org.issa.finance.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.error.Require;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.core.tx.Transactions;

/**
 * Queries of designated authorities: each names the authority, its legal basis and a case reference, or is refused;
 * searches the banks' current submissions by IBAN (also as the underlying account of virtual IBANs) or by the
 * normalised name of any party, optionally narrowed by birth date or identification number; is logged (who, authority,
 * basis, case, criteria, number of results) and audited as a read of personal data in the same transaction. The
 * reader's markings apply in the query. Also keeps the table of designated authorities and the query statistics.
 */
public final class RegisterSearch {

    /** The most accounts one query returns. */
    public static final int MAX_RESULTS = 200;
    private static final Pattern AUTHORITY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Sql sql;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public RegisterSearch(Sql sql, AuditLog audit, Transactions tx, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public static void requireSearcher(Principal who) {
        if (!who.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new ForbiddenException("querying the bank account register is for analysts and supervisors of designated authorities");
        }
    }

    public static void requireOversight(Principal who) {
        if (!who.hasAny(Role.SUPERVISOR, Role.DPO, Role.AUDITOR)) {
            throw new ForbiddenException("the register's query log and statistics are for supervisors, the DPO and auditors");
        }
    }

    // ---- designated authorities ----

    public List<DesignatedAuthority> authorities() {
        return sql.query("SELECT * FROM fin_reg_authority ORDER BY member_state, kind, name", RegisterSearch::authority);
    }

    public Optional<DesignatedAuthority> authority(String id) {
        return sql.queryOne("SELECT * FROM fin_reg_authority WHERE id = ?", RegisterSearch::authority, id);
    }

    /** Designates an authority (or renames it, re-activating it): supervisors and administrators configure the table. */
    public DesignatedAuthority designate(Principal who, String id, String name, AuthorityKind kind, String memberState) {
        if (!who.hasAny(Role.SUPERVISOR, Role.ADMIN)) {
            throw new ForbiddenException("designating authorities is for supervisors and administrators");
        }
        String aid = Require.text("id", id, 64);
        if (!AUTHORITY_ID.matcher(aid).matches()) {
            throw new InvalidInputException("id", "id must be 1-64 letters, digits, '.', '_' or '-'");
        }
        String n = Require.text("name", name, 200);
        if (kind == null) {
            throw new InvalidInputException("kind", "kind is required (FIU, ARO, POLICE, PROSECUTION, OTHER)");
        }
        String state = Require.text("memberState", memberState, 2).toUpperCase(Locale.ROOT);
        if (!state.matches("[A-Z]{2}")) {
            throw new InvalidInputException("memberState", "member_state must be a two-letter ISO 3166-1 code");
        }
        Instant now = clock.instant();
        tx.run(() -> {
            if (authority(aid).isPresent()) {
                sql.update("UPDATE fin_reg_authority SET name = ?, kind = ?, member_state = ?, active = ? WHERE id = ?", n, kind.name(),
                        state, true, aid);
            } else {
                sql.update("INSERT INTO fin_reg_authority (id, name, kind, member_state, active, created_at, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", aid, n, kind.name(), state, true, now, who.username());
            }
            audit.record(AuditEvent.write(who.username(), "finance.register.authority.designate", "register_authority", aid,
                    n + " (" + kind + ", " + state + ")"));
        });
        return authority(aid).orElseThrow();
    }

    /** Withdraws a designation; the authority's past queries stay in the log. */
    public void revoke(Principal who, String id) {
        if (!who.hasAny(Role.SUPERVISOR, Role.ADMIN)) {
            throw new ForbiddenException("designating authorities is for supervisors and administrators");
        }
        DesignatedAuthority a = authority(id).orElseThrow(() -> new NotFoundException("designated authority", id));
        tx.run(() -> {
            sql.update("UPDATE fin_reg_authority SET active = ? WHERE id = ?", false, a.id());
            audit.record(AuditEvent.write(who.username(), "finance.register.authority.revoke", "register_authority", a.id(), a.name()));
        });
    }

    // ---- queries ----

    /**
     * Runs a query: checks its purpose, searches the current submissions within the reader's markings, logs it and
     * audits the read, all in one transaction.
     */
    public QueryResult query(Principal who, RegisterQuery q) {
        requireSearcher(who);
        DesignatedAuthority authority = authority(q.authorityId()).filter(DesignatedAuthority::active)
                .orElseThrow(() -> new InvalidInputException("authority", "authority '" + q.authorityId()
                        + "' is not a designated authority of this register"));
        if (!authority.memberState().equals(who.memberState())) {
            throw new InvalidInputException("authority", "authority " + authority.name() + " is designated by " + authority.memberState()
                    + "; you act for " + who.memberState());
        }
        if (!q.legalBasis().serves(authority.kind())) {
            throw new InvalidInputException("legalBasis", q.legalBasis().label() + " does not give a " + authority.kind()
                    + " access to the register");
        }
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        return tx.inTransaction(() -> {
            List<Key> keys = find(who, q);
            boolean truncated = keys.size() > MAX_RESULTS;
            List<AccountRecord> found = records(keys.subList(0, Math.min(keys.size(), MAX_RESULTS)));
            sql.update("INSERT INTO fin_reg_query (id, at, query_month, username, agency, authority_id, legal_basis, basis_text, case_ref, "
                    + "criteria, results) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, now,
                    now.atOffset(ZoneOffset.UTC).toLocalDate().toString().substring(0, 7), who.username(), who.agency(), authority.id(),
                    q.legalBasis().name(), q.basisText(), q.caseRef(), q.criteria(), found.size());
            audit.record(new AuditEvent(who.username(), "personal-data.read", BankRegister.RECORD_TYPE, id, purpose(authority, q),
                    "query " + q.criteria() + ": " + found.size() + " accounts" + (truncated ? " (more not shown)" : "")));
            return new QueryResult(id, found, truncated);
        });
    }

    private static String purpose(DesignatedAuthority a, RegisterQuery q) {
        String p = "case " + q.caseRef() + ", for " + a.name() + " (" + a.kind() + "), " + q.legalBasis().name()
                + (q.basisText().isEmpty() ? "" : ": " + q.basisText());
        return p.length() <= 1000 ? p : p.substring(0, 1000);
    }

    /** The account page: the account's current entries and its history, read under a query the reader made before. */
    public AccountView account(Principal who, String identifier, String queryId) {
        requireSearcher(who);
        LoggedQuery q = loggedQuery(queryId).filter(l -> l.username().equals(who.username()))
                .orElseThrow(() -> new InvalidInputException("query", "open an account from the results of your own register query"));
        String ident = identifier.strip();
        if (org.issa.finance.account.Iban.isValid(ident)) {
            ident = org.issa.finance.account.Iban.parse("iban", ident).value();
        }
        String key = ident;
        return tx.inTransaction(() -> {
            SqlFragment where = MarkingFilter.readableBy(who, "s").and(SqlFragment.of("a.identifier = ?", key));
            List<Key> current = sql.query("SELECT a.submission_id, a.acct_no FROM fin_reg_account a JOIN fin_reg_submission s "
                    + "ON s.id = a.submission_id WHERE " + where.and(SqlFragment.of("s.status = ?", Submission.CURRENT)).sql(),
                    RegisterSearch::key, where.and(SqlFragment.of("s.status = ?", Submission.CURRENT)).paramArray());
            List<AccountRecord> records = records(current);
            List<AccountRecord> history = records(sql.query("SELECT a.submission_id, a.acct_no FROM fin_reg_account a JOIN fin_reg_submission s "
                    + "ON s.id = a.submission_id WHERE " + where.and(SqlFragment.of("s.status = ?", Submission.REPLACED)).sql()
                    + " ORDER BY s.received_at DESC FETCH FIRST 50 ROWS ONLY", RegisterSearch::key,
                    where.and(SqlFragment.of("s.status = ?", Submission.REPLACED)).paramArray()));
            List<AccountRecord> virtuals = records(sql.query("SELECT a.submission_id, a.acct_no FROM fin_reg_account a JOIN fin_reg_submission s "
                    + "ON s.id = a.submission_id WHERE " + MarkingFilter.readableBy(who, "s").sql() + " AND a.underlying = ? AND s.status = ?"
                    + " FETCH FIRST 200 ROWS ONLY", RegisterSearch::key, concat(MarkingFilter.readableBy(who, "s").paramArray(), key,
                    Submission.CURRENT)));
            if (records.isEmpty() && history.isEmpty()) {
                throw new NotFoundException("account", key);
            }
            audit.record(new AuditEvent(who.username(), "personal-data.read", BankRegister.RECORD_TYPE, key, "case " + q.caseRef() + ", under register query " + q.id()
                    + " (" + q.legalBasis().name() + ")", "account page " + key));
            return new AccountView(key, records, history, virtuals, q);
        });
    }

    /** What the account page shows. */
    public record AccountView(String identifier, List<AccountRecord> current, List<AccountRecord> history, List<AccountRecord> virtualIbans,
                              LoggedQuery query) {
    }

    private static Object[] concat(Object[] a, Object... b) {
        Object[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private record Key(String submissionId, int acctNo) {
    }

    private static Key key(ResultSet rs) throws SQLException {
        return new Key(rs.getString(1), rs.getInt(2));
    }

    private List<Key> find(Principal who, RegisterQuery q) {
        SqlFragment readable = MarkingFilter.readableBy(who, "s").and(SqlFragment.of("s.status = ?", Submission.CURRENT));
        String limit = " FETCH FIRST " + (MAX_RESULTS + 1) + " ROWS ONLY";
        if (q.identifier().isPresent()) {
            // two indexed lookups (the account itself, and virtual IBANs routing to it) rather than an OR no index serves
            String ident = q.identifier().get();
            List<Key> keys = new ArrayList<>();
            for (String column : List.of("a.identifier", "a.underlying")) {
                SqlFragment w = readable.and(SqlFragment.of(column + " = ?", ident));
                for (Key k : sql.query("SELECT a.submission_id, a.acct_no FROM fin_reg_account a JOIN fin_reg_submission s "
                        + "ON s.id = a.submission_id WHERE " + w.sql() + " ORDER BY a.submission_id, a.acct_no" + limit, RegisterSearch::key,
                        w.paramArray())) {
                    if (!keys.contains(k)) {
                        keys.add(k);
                    }
                }
            }
            return keys;
        }
        SqlFragment w = readable;
        if (q.name().isPresent()) {
            w = w.and(SqlFragment.of("p.name_key = ?", PartyName.key(q.name().get())));
        }
        if (q.birthDate().isPresent()) {
            w = w.and(SqlFragment.of("p.birth_date = ?", java.sql.Date.valueOf(q.birthDate().get())));
        }
        if (q.nationalId().isPresent()) {
            w = w.and(SqlFragment.of("p.national_id = ?", q.nationalId().get()));
        }
        return sql.query("SELECT DISTINCT p.submission_id, p.acct_no FROM fin_reg_party p JOIN fin_reg_submission s ON s.id = p.submission_id "
                + "WHERE " + w.sql() + " ORDER BY p.submission_id, p.acct_no" + limit, RegisterSearch::key, w.paramArray());
    }

    /** The accounts and parties of the keys, in key order (the keys were found within the reader's markings). */
    private List<AccountRecord> records(List<Key> keys) {
        List<AccountRecord> out = new ArrayList<>();
        for (Key k : keys) {
            Optional<Object[]> head = sql.queryOne("SELECT a.*, b.name AS bank_name, s.received_at, s.status, s.m_class, s.m_tlp, s.m_rel, "
                    + "s.m_orig, s.m_flags FROM fin_reg_account a JOIN fin_reg_submission s ON s.id = a.submission_id "
                    + "JOIN fin_reg_bank b ON b.bic = s.bank_bic WHERE a.submission_id = ? AND a.acct_no = ?",
                    rs -> new Object[] {RegisterRows.account(rs), rs.getString("bank_name"), Sql.instant(rs, "received_at"),
                            rs.getString("status"), MarkingFilter.read(rs)}, k.submissionId(), k.acctNo());
            if (head.isEmpty()) {
                continue;
            }
            List<Party> parties = sql.query("SELECT p.* FROM fin_reg_party p WHERE p.submission_id = ? AND p.acct_no = ? ORDER BY p.party_no",
                    RegisterRows::party, k.submissionId(), k.acctNo());
            Object[] h = head.get();
            StoredAccount a = (StoredAccount) h[0];
            out.add(new AccountRecord(a.toAccount(parties), (String) h[1], a.submissionId(), (Instant) h[2], (String) h[3],
                    (org.issa.core.marking.Marking) h[4]));
        }
        return out;
    }

    // ---- the log and its statistics ----

    public Optional<LoggedQuery> loggedQuery(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return sql.queryOne("SELECT * FROM fin_reg_query WHERE id = ?", RegisterSearch::logged, id.strip());
    }

    /** The latest queries, newest first: for oversight. */
    public List<LoggedQuery> log(Principal who, int limit) {
        requireOversight(who);
        return tx.inTransaction(() -> {
            List<LoggedQuery> rows = sql.query("SELECT * FROM fin_reg_query ORDER BY at DESC, id FETCH FIRST "
                    + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY", RegisterSearch::logged);
            audit.record(new AuditEvent(who.username(), "personal-data.read", "bank_account_register_log", "",
                    "oversight of register queries", rows.size() + " logged queries listed"));
            return rows;
        });
    }

    /** Queries and results per authority and month, newest month first. */
    public List<QueryStatistics> statistics(Principal who) {
        requireOversight(who);
        return sql.query("SELECT q.authority_id, a.name, a.kind, a.member_state, q.query_month, COUNT(*) AS n, SUM(q.results) AS r "
                + "FROM fin_reg_query q JOIN fin_reg_authority a ON a.id = q.authority_id "
                + "GROUP BY q.authority_id, a.name, a.kind, a.member_state, q.query_month ORDER BY q.query_month DESC, q.authority_id",
                rs -> new QueryStatistics(rs.getString(1), rs.getString(2), AuthorityKind.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getLong(7)));
    }

    /** Statistics totals per authority (all months). */
    public Map<String, Long> totals(Principal who) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (QueryStatistics s : statistics(who)) {
            out.merge(s.authorityId(), s.queries(), Long::sum);
        }
        return out;
    }

    private static DesignatedAuthority authority(ResultSet rs) throws SQLException {
        return new DesignatedAuthority(rs.getString("id"), rs.getString("name"), AuthorityKind.valueOf(rs.getString("kind")),
                rs.getString("member_state"), rs.getBoolean("active"), Sql.instant(rs, "created_at"), rs.getString("created_by"));
    }

    private static LoggedQuery logged(ResultSet rs) throws SQLException {
        return new LoggedQuery(rs.getString("id"), Sql.instant(rs, "at"), rs.getString("username"), rs.getString("agency"),
                rs.getString("authority_id"), LegalBasis.valueOf(rs.getString("legal_basis")), rs.getString("basis_text"),
                rs.getString("case_ref"), rs.getString("criteria"), rs.getInt("results"));
    }
}
