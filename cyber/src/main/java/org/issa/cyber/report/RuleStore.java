package org.issa.cyber.report;

import java.util.List;
import java.util.Optional;
import org.issa.core.sql.Sql;
import org.issa.cyber.report.observable.ObservableKind;
import org.issa.cyber.report.routing.RoutingRule;
import org.issa.cyber.report.rsit.RsitRule;

/** The classification rules and the routing rules (configuration, not personal data: no markings). */
public final class RuleStore {

    private final Sql sql;

    public RuleStore(Sql sql) {
        this.sql = sql;
    }

    public List<RsitRule> rsitRules() {
        return sql.query("SELECT id, position, name, keywords, observable_kind, rsit_class, rsit_type, active FROM cyber_rsit_rule "
                + "ORDER BY position, id", rs -> new RsitRule(rs.getString(1), rs.getInt(2), rs.getString(3),
                List.of(rs.getString(4).split(",")), rs.getString(5).isEmpty() ? Optional.empty()
                : Optional.of(ObservableKind.valueOf(rs.getString(5))), rs.getString(6), rs.getString(7), rs.getBoolean(8)));
    }

    public Optional<RsitRule> rsitRule(String id) {
        return rsitRules().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public void save(RsitRule r) {
        String kind = r.observableKind().map(Enum::name).orElse("");
        int n = sql.update("UPDATE cyber_rsit_rule SET position = ?, name = ?, keywords = ?, observable_kind = ?, rsit_class = ?, "
                + "rsit_type = ?, active = ? WHERE id = ?", r.position(), r.name(), r.keywordColumn(), kind, r.rsitClass(), r.rsitType(),
                r.active(), r.id());
        if (n == 0) {
            sql.update("INSERT INTO cyber_rsit_rule (id, position, name, keywords, observable_kind, rsit_class, rsit_type, active) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.position(), r.name(), r.keywordColumn(), kind, r.rsitClass(),
                    r.rsitType(), r.active());
        }
    }

    public int deleteRsitRule(String id) {
        return sql.update("DELETE FROM cyber_rsit_rule WHERE id = ?", id);
    }

    public List<RoutingRule> routingRules() {
        return sql.query("SELECT id, position, rsit_class, rsit_type, country, sector, authority_code, authority_name, is_default, active "
                + "FROM cyber_routing_rule ORDER BY is_default, position, id", rs -> new RoutingRule(rs.getString(1), rs.getInt(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getBoolean(9), rs.getBoolean(10)));
    }

    public Optional<RoutingRule> routingRule(String id) {
        return routingRules().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public void save(RoutingRule r) {
        int n = sql.update("UPDATE cyber_routing_rule SET position = ?, rsit_class = ?, rsit_type = ?, country = ?, sector = ?, "
                + "authority_code = ?, authority_name = ?, active = ? WHERE id = ?", r.position(), r.rsitClass(), r.rsitType(),
                r.country(), r.sector(), r.authorityCode(), r.authorityName(), r.active(), r.id());
        if (n == 0) {
            sql.update("INSERT INTO cyber_routing_rule (id, position, rsit_class, rsit_type, country, sector, authority_code, "
                    + "authority_name, is_default, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.position(), r.rsitClass(),
                    r.rsitType(), r.country(), r.sector(), r.authorityCode(), r.authorityName(), r.isDefault(), r.active());
        }
    }

    public int deleteRoutingRule(String id) {
        return sql.update("DELETE FROM cyber_routing_rule WHERE id = ? AND is_default = FALSE", id);
    }
}
