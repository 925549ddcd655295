package org.issa.core.marking;

import java.util.List;
import org.issa.core.security.Principal;
import org.issa.core.sql.SqlFragment;

/**
 * Builds the SQL predicate that keeps rows a principal may not read out of every query: the
 * same rule as {@link Principal#mayRead(Marking)}, enforced by the database where rows are fetched,
 * so that lists, counts, searches and exports all see the same subset.
 *
 * <p>Marked tables carry the columns {@code m_class} (level), {@code m_tlp}, {@code m_rel}
 * (",TOKEN,TOKEN," or empty), {@code m_orig} (originator agency) and {@code m_flags}.
 */
public final class MarkingFilter {

    private MarkingFilter() {
    }

    /** Columns of a marked table, in the order {@link #bind(Marking)} gives their values. */
    public static final String COLUMNS = "m_class, m_tlp, m_rel, m_orig, m_flags";

    public static List<Object> bind(Marking m) {
        return List.of(m.classification().level(), m.tlp().code(), m.releasabilityColumn(), m.originator(),
                m.handlingColumn());
    }

    /**
     * The predicate for table alias {@code a} (give "" for an unqualified table). Codes are
     * validated to letters, digits, '.', '@' and '-', so they carry no LIKE wildcard.
     */
    public static SqlFragment readableBy(Principal p, String a) {
        String t = a == null || a.isEmpty() ? "" : a + ".";
        String state = "%,STATE:" + p.memberState() + ",%";
        String agency = "%,AGENCY:" + p.agency() + ",%";
        String user = "%," + p.userToken() + ",%";
        String sql = "(" + t + "m_class <= ?"
                + " AND (" + t + "m_orig = ? OR " + t + "m_rel = '' OR " + t + "m_rel LIKE ? OR " + t + "m_rel LIKE ? OR "
                + t + "m_rel LIKE ?)"
                + " AND (" + t + "m_tlp NOT IN ('AMBER_STRICT', 'RED') OR " + t + "m_orig = ?"
                + " OR (" + t + "m_tlp = 'RED' AND " + t + "m_rel LIKE ?)))";
        return new SqlFragment(sql, List.of(p.clearance().level(), p.agency(), state, agency, user, p.agency(), user));
    }

    /** Marking read back from the standard columns of a result row. */
    public static Marking read(java.sql.ResultSet rs) throws java.sql.SQLException {
        return Marking.fromColumns(rs.getInt("m_class"), rs.getString("m_tlp"), rs.getString("m_rel"),
                rs.getString("m_orig"), rs.getString("m_flags"));
    }
}
