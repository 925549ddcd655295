package org.issa.finance.register;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/** Maps the register's rows to values. */
final class RegisterRows {

    private RegisterRows() {
    }

    static StoredAccount account(ResultSet rs) throws SQLException {
        return new StoredAccount(rs.getString("submission_id"), rs.getInt("acct_no"), rs.getString("identifier"),
                AccountKind.valueOf(rs.getString("kind")), rs.getString("bic"), rs.getString("currency"), rs.getString("underlying"),
                date(rs, "opened_on"), date(rs, "closed_on"), rs.getLong("line_no"));
    }

    static Party party(ResultSet rs) throws SQLException {
        return new Party(PartyRole.valueOf(rs.getString("role")), "COMPANY".equals(rs.getString("party_type")), rs.getString("name"),
                date(rs, "birth_date"), rs.getString("national_id"), rs.getString("nationality"));
    }

    static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
    }
}
