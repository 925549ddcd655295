package org.issa.finance.recovery;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.finance.freezing.Money;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Assets, their persons, valuations, orders, transitions and sales over JDBC; reads for a user filter by marking in SQL. */
public final class AssetStore {

    private static final String COLUMNS = "a.id, a.reference, a.kind, a.description, a.identifier, a.offence, a.stage, a.case_id,"
            + " a.identified_on, a.created_at, a.created_by, a.m_class, a.m_tlp, a.m_rel, a.m_orig, a.m_flags";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    private final Sql sql;

    public AssetStore(Sql sql) {
        this.sql = sql;
    }

    public Sql sql() {
        return sql;
    }

    public long countReferences(String prefix) {
        return sql.count("SELECT COUNT(*) FROM fin_aro_asset WHERE reference LIKE ?", prefix + "%");
    }

    public void insert(Asset a) {
        List<Object> p = new ArrayList<>(Arrays.asList(a.id(), a.reference(), a.kind().name(), a.description(), a.identifier(),
                a.offence().name(), a.stage().name(), a.caseId().orElse(null), Date.valueOf(a.identifiedOn()), a.createdAt(), a.createdBy()));
        p.addAll(MarkingFilter.bind(a.marking()));
        sql.update("INSERT INTO fin_aro_asset (id, reference, kind, description, identifier, offence, stage, case_id, identified_on,"
                + " created_at, created_by, " + MarkingFilter.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.toArray());
        for (Asset.LinkedPerson person : a.persons()) {
            sql.update("INSERT INTO fin_aro_person (asset_id, entity_id, role) VALUES (?, ?, ?)", a.id(), person.entityId(), person.role());
        }
    }

    public boolean moveStage(String id, AssetStage expected, AssetStage to) {
        return sql.update("UPDATE fin_aro_asset SET stage = ? WHERE id = ? AND stage = ?", to.name(), id, expected.name()) == 1;
    }

    public void insert(String assetId, Transition t) {
        sql.update("INSERT INTO fin_aro_transition (asset_id, seq, from_stage, to_stage, occurred_on, actor, reason, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", assetId, t.seq(), t.from().name(), t.to().name(), Date.valueOf(t.on()), t.actor(),
                t.reason(), t.recordedAt());
    }

    public void insert(String assetId, Valuation v) {
        sql.update("INSERT INTO fin_aro_valuation (asset_id, seq, valued_on, currency, amount, method, note, recorded_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", assetId, v.seq(), Date.valueOf(v.valuedOn()), v.value().currency(), v.value().amount(),
                v.method().name(), v.note(), v.recordedBy());
    }

    public void insert(AssetOrder o) {
        sql.update("INSERT INTO fin_aro_order (id, asset_id, order_type, court_ref, authority, offence, issued_on, currency, amount,"
                + " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", o.id(), o.assetId(), o.type().name(),
                o.courtReference(), o.authority(), o.offence().name(), Date.valueOf(o.issuedOn()), o.value().currency(), o.value().amount(),
                o.recordedAt(), o.recordedBy());
    }

    public void insert(Sale s) {
        sql.update("INSERT INTO fin_aro_sale (id, asset_id, buyer_name, buyer_birth, buyer_id_number, buyer_company, currency, price,"
                + " check_result, check_findings, checked_at, network_size, status, requested_by, requested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.id(), s.assetId(), s.buyer().name(),
                s.buyer().birthDate().map(Date::valueOf).orElse(null), s.buyer().idNumber(), s.buyer().company(), s.price().currency(),
                s.price().amount(), s.check().result().name(), JSON.writeValueAsString(s.check().findings()), s.check().checkedAt(),
                s.check().networkSize(), s.status().name(), s.requestedBy(), s.requestedAt());
    }

    /** Replaces a pending sale's reacquisition check with a fresh one; false when the sale was decided meanwhile. */
    public boolean recheck(String saleId, SaleCheck check) {
        return sql.update("UPDATE fin_aro_sale SET check_result = ?, check_findings = ?, checked_at = ?, network_size = ?"
                + " WHERE id = ? AND status = 'PENDING'", check.result().name(), JSON.writeValueAsString(check.findings()), check.checkedAt(),
                check.networkSize(), saleId) == 1;
    }

    /** Records the decision; false when the sale was decided meanwhile. */
    public boolean decide(Sale s) {
        return sql.update("UPDATE fin_aro_sale SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ?, override_reason = ?"
                + " WHERE id = ? AND status = 'PENDING'", s.status().name(), s.decidedBy().orElse(null), s.decidedAt().orElse(null),
                s.decisionReason().orElse(null), s.overrideReason().orElse(null), s.id()) == 1;
    }

    public Optional<Asset> find(Principal reader, String id) {
        SqlFragment where = MarkingFilter.readableBy(reader, "a").and(SqlFragment.of("a.id = ?", id));
        return sql.queryOne("SELECT " + COLUMNS + " FROM fin_aro_asset a WHERE " + where.sql(), this::asset, where.paramArray());
    }

    public List<Asset> list(Principal reader, Optional<AssetStage> stage, Optional<String> afterReference, int limit) {
        SqlFragment where = MarkingFilter.readableBy(reader, "a");
        if (stage.isPresent()) {
            where = where.and(SqlFragment.of("a.stage = ?", stage.get().name()));
        }
        if (afterReference.isPresent()) {
            where = where.and(SqlFragment.of("a.reference < ?", afterReference.get()));
        }
        return sql.query("SELECT " + COLUMNS + " FROM fin_aro_asset a WHERE " + where.sql() + " ORDER BY a.reference DESC FETCH FIRST "
                + limit + " ROWS ONLY", this::asset, where.paramArray());
    }

    /** How many assets the reader may see in each stage. */
    public Map<AssetStage, Long> countByStage(Principal reader) {
        SqlFragment where = MarkingFilter.readableBy(reader, "a");
        Map<AssetStage, Long> out = new TreeMap<>();
        for (AssetStage s : AssetStage.values()) {
            out.put(s, 0L);
        }
        sql.query("SELECT a.stage, COUNT(*) FROM fin_aro_asset a WHERE " + where.sql() + " GROUP BY a.stage",
                rs -> out.put(AssetStage.valueOf(rs.getString(1)), rs.getLong(2)), where.paramArray());
        return out;
    }

    public List<Valuation> valuations(String assetId) {
        return sql.query("SELECT seq, valued_on, currency, amount, method, note, recorded_by FROM fin_aro_valuation WHERE asset_id = ?"
                + " ORDER BY valued_on, seq", rs -> new Valuation(rs.getInt(1), rs.getDate(2).toLocalDate(), new Money(rs.getBigDecimal(4),
                rs.getString(3)), Valuation.Method.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7)), assetId);
    }

    public int nextValuationSeq(String assetId) {
        return (int) sql.count("SELECT COALESCE(MAX(seq), 0) FROM fin_aro_valuation WHERE asset_id = ?", assetId) + 1;
    }

    public List<Transition> transitions(String assetId) {
        return sql.query("SELECT seq, from_stage, to_stage, occurred_on, actor, reason, recorded_at FROM fin_aro_transition"
                + " WHERE asset_id = ? ORDER BY seq", rs -> new Transition(rs.getInt(1), AssetStage.valueOf(rs.getString(2)),
                AssetStage.valueOf(rs.getString(3)), rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6),
                Sql.instant(rs, "recorded_at")), assetId);
    }

    public List<AssetOrder> orders(String assetId) {
        return sql.query("SELECT id, asset_id, order_type, court_ref, authority, offence, issued_on, currency, amount, recorded_at, recorded_by"
                + " FROM fin_aro_order WHERE asset_id = ? ORDER BY issued_on, id", rs -> new AssetOrder(rs.getString(1), rs.getString(2),
                AssetOrder.Type.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), OffenceType.valueOf(rs.getString(6)),
                rs.getDate(7).toLocalDate(), new Money(rs.getBigDecimal(9), rs.getString(8)), Sql.instant(rs, "recorded_at"),
                rs.getString(11)), assetId);
    }

    public List<Sale> sales(String assetId) {
        return sql.query(SALE + " WHERE asset_id = ? ORDER BY requested_at DESC, id", this::sale, assetId);
    }

    public Optional<Sale> sale(String saleId) {
        return sql.queryOne(SALE + " WHERE id = ?", this::sale, saleId);
    }

    private static final String SALE = "SELECT id, asset_id, buyer_name, buyer_birth, buyer_id_number, buyer_company, currency, price,"
            + " check_result, check_findings, checked_at, network_size, status, requested_by, requested_at, decided_by, decided_at,"
            + " decision_reason, override_reason FROM fin_aro_sale";

    private Sale sale(ResultSet rs) throws SQLException {
        Date birth = rs.getDate("buyer_birth");
        List<Finding> findings = JSON.readValue(rs.getString("check_findings"), FINDINGS);
        return new Sale(rs.getString("id"), rs.getString("asset_id"), new Buyer(rs.getString("buyer_name"),
                Optional.ofNullable(birth).map(Date::toLocalDate), rs.getString("buyer_id_number"), rs.getString("buyer_company")),
                new Money(rs.getBigDecimal("price"), rs.getString("currency")), new SaleCheck(SaleCheck.Result.valueOf(rs.getString("check_result")),
                findings, rs.getInt("network_size"), Sql.instant(rs, "checked_at")), Sale.Status.valueOf(rs.getString("status")),
                rs.getString("requested_by"), Sql.instant(rs, "requested_at"), Optional.ofNullable(rs.getString("decided_by")),
                Optional.ofNullable(Sql.instant(rs, "decided_at")), Optional.ofNullable(rs.getString("decision_reason")),
                Optional.ofNullable(rs.getString("override_reason")));
    }

    private List<Asset.LinkedPerson> persons(String assetId) {
        return sql.query("SELECT entity_id, role FROM fin_aro_person WHERE asset_id = ? ORDER BY entity_id",
                rs -> new Asset.LinkedPerson(rs.getString(1), rs.getString(2)), assetId);
    }

    private Asset asset(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        LocalDate identified = rs.getDate("identified_on").toLocalDate();
        return new Asset(id, rs.getString("reference"), AssetKind.valueOf(rs.getString("kind")), rs.getString("description"),
                rs.getString("identifier"), OffenceType.valueOf(rs.getString("offence")), AssetStage.valueOf(rs.getString("stage")),
                Optional.ofNullable(rs.getString("case_id")), persons(id), identified, Sql.instant(rs, "created_at"),
                rs.getString("created_by"), MarkingFilter.read(rs));
    }
}
