package org.issa.finance.register;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.screening.ScreenableRecord;
import org.issa.core.screening.ScreenedRecords;
import org.issa.core.sql.Sql;

/**
 * Offers the holders and beneficial owners of the banks' current submissions for re-screening whenever a watch list
 * changes (record type {@value #RECORD_TYPE}), with their birth dates, nationalities and identification numbers and
 * the submission's marking. Read lazily, a page at a time, so that a register of millions is not held in memory.
 * The record id, {@code <account>/<role>/<party>}, stays the same across a bank's submissions while the data does.
 */
public final class RegisterScreening implements ScreenedRecords {

    public static final String RECORD_TYPE = "bank_account_holder";
    private static final int PAGE = 5000;

    private final Sql sql;

    public RegisterScreening(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public Stream<ScreenableRecord> records() {
        return records(Optional.empty());
    }

    /** The holders and beneficial owners of one submission (while it is the bank's current one): what a new load adds. */
    public Stream<ScreenableRecord> recordsOf(String submissionId) {
        return records(Optional.of(submissionId));
    }

    private Stream<ScreenableRecord> records(Optional<String> only) {
        String scope = only.isPresent() ? "p.submission_id = ? AND " : "";
        Iterator<ScreenableRecord> pages = new Iterator<>() {
            private List<ScreenableRecord> page = List.of();
            private int i;
            private String afterSubmission = "";
            private int afterAcct = -1;
            private int afterParty = -1;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (i < page.size()) {
                    return true;
                }
                if (done) {
                    return false;
                }
                fetch();
                return i < page.size();
            }

            @Override
            public ScreenableRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(i++);
            }

            private void fetch() {
                List<Object> params = new ArrayList<>();
                only.ifPresent(params::add);
                params.addAll(List.of(Submission.CURRENT, PartyRole.HOLDER.name(), PartyRole.BENEFICIAL_OWNER.name(), afterSubmission,
                        afterSubmission, afterAcct, afterAcct, afterParty));
                List<Object[]> rows = sql.query("SELECT p.submission_id, p.acct_no, p.party_no, p.role, p.party_type, p.name, p.birth_date, "
                        + "p.national_id, p.nationality, a.identifier, s.loaded_by, s.m_class, s.m_tlp, s.m_rel, s.m_orig, s.m_flags "
                        + "FROM fin_reg_party p JOIN fin_reg_account a ON a.submission_id = p.submission_id AND a.acct_no = p.acct_no "
                        + "JOIN fin_reg_submission s ON s.id = p.submission_id "
                        + "WHERE " + scope + "s.status = ? AND p.role IN (?, ?) AND (p.submission_id > ? OR (p.submission_id = ? AND (p.acct_no > ? "
                        + "OR (p.acct_no = ? AND p.party_no > ?)))) ORDER BY p.submission_id, p.acct_no, p.party_no FETCH FIRST " + PAGE
                        + " ROWS ONLY", rs -> {
                            Party p = RegisterRows.party(rs);
                            String id = rs.getString("identifier") + "/" + p.role().name().toLowerCase(java.util.Locale.ROOT) + "/"
                                    + RegisterEntities.partyId(p).substring("bar-party:".length());
                            ScreenableRecord r = new ScreenableRecord(RECORD_TYPE, id, p.company() ? "Company" : "Person", List.of(p.name()),
                                    p.birthDate().map(d -> List.of(d.toString())).orElse(List.of()),
                                    p.nationality().isEmpty() ? List.of() : List.of(p.nationality()), "",
                                    p.nationalId().isEmpty() ? List.of() : List.of(p.nationalId()), MarkingFilter.read(rs),
                                    rs.getString("loaded_by"));
                            return new Object[] {rs.getString("submission_id"), rs.getInt("acct_no"), rs.getInt("party_no"), r};
                        }, params.toArray());
                List<ScreenableRecord> out = new ArrayList<>(rows.size());
                for (Object[] r : rows) {
                    out.add((ScreenableRecord) r[3]);
                }
                if (!rows.isEmpty()) {
                    Object[] last = rows.getLast();
                    afterSubmission = (String) last[0];
                    afterAcct = (Integer) last[1];
                    afterParty = (Integer) last[2];
                }
                done = rows.size() < PAGE;
                page = out;
                i = 0;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
