package org.issa.cyber.report;

import java.util.List;
import java.util.UUID;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ConflictException;
import org.issa.core.error.NotFoundException;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;
import org.issa.cyber.report.routing.RoutingRule;
import org.issa.cyber.report.rsit.RsitRule;
import org.issa.cyber.report.rsit.RsitTaxonomy;

/** The classification and routing rules: read by analysts, changed by supervisors, every change audited with the rule's new wording. */
public final class RuleBook {

    private final RuleStore store;
    private final RsitTaxonomy taxonomy;
    private final AuditLog audit;
    private final Transactions tx;

    public RuleBook(RuleStore store, RsitTaxonomy taxonomy, AuditLog audit, Transactions tx) {
        this.store = store;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.tx = tx;
    }

    public RsitTaxonomy taxonomy() {
        return taxonomy;
    }

    public List<RsitRule> rsitRules(Principal reader) {
        Roles.require(reader, "see the classification rules", Role.ANALYST, Role.SUPERVISOR, Role.DPO, Role.AUDITOR);
        return store.rsitRules();
    }

    public List<RoutingRule> routingRules(Principal reader) {
        Roles.require(reader, "see the routing rules", Role.ANALYST, Role.SUPERVISOR, Role.DPO, Role.AUDITOR);
        return store.routingRules();
    }

    /** Adds a rule (blank id) or changes one. */
    public RsitRule save(Principal who, RsitRule rule) {
        Roles.require(who, "change classification rules", Role.SUPERVISOR);
        boolean create = rule.id() == null || rule.id().isBlank();
        RsitRule r = new RsitRule(create ? UUID.randomUUID().toString() : rule.id(), rule.position(), rule.name(), rule.keywords(),
                rule.observableKind(), rule.rsitClass(), rule.rsitType(), rule.active()).validated(taxonomy);
        if (!create && store.rsitRule(r.id()).isEmpty()) {
            throw new NotFoundException("classification rule", r.id());
        }
        return tx.inTransaction(() -> {
            store.save(r);
            audit.record(AuditEvent.write(who.username(), create ? "cyber.rule.rsit.create" : "cyber.rule.rsit.update", "cyber_rsit_rule",
                    r.id(), r.name() + " @" + r.position() + ": [" + r.keywordColumn() + "] " + r.observableKind().map(Enum::name).orElse("")
                            + " → " + r.rsitClass() + "/" + r.rsitType() + (r.active() ? "" : " (inactive)")));
            return r;
        });
    }

    public void deleteRsitRule(Principal who, String id) {
        Roles.require(who, "change classification rules", Role.SUPERVISOR);
        RsitRule r = store.rsitRule(id).orElseThrow(() -> new NotFoundException("classification rule", id));
        tx.run(() -> {
            store.deleteRsitRule(id);
            audit.record(AuditEvent.write(who.username(), "cyber.rule.rsit.delete", "cyber_rsit_rule", id, r.name()));
        });
    }

    public RoutingRule save(Principal who, RoutingRule rule) {
        Roles.require(who, "change routing rules", Role.SUPERVISOR);
        boolean create = rule.id() == null || rule.id().isBlank();
        boolean isDefault = !create && store.routingRule(rule.id()).map(RoutingRule::isDefault)
                .orElseThrow(() -> new NotFoundException("routing rule", rule.id()));
        if (isDefault && (!rule.rsitClass().isEmpty() || !rule.country().isEmpty() || !rule.sector().isEmpty())) {
            throw new ConflictException("the default rule has no conditions; change only its authority");
        }
        RoutingRule r = new RoutingRule(create ? UUID.randomUUID().toString() : rule.id(), rule.position(), rule.rsitClass(),
                rule.rsitType(), rule.country(), rule.sector(), rule.authorityCode(), rule.authorityName(), isDefault, rule.active())
                .validated(taxonomy);
        return tx.inTransaction(() -> {
            store.save(r);
            audit.record(AuditEvent.write(who.username(), create ? "cyber.rule.routing.create" : "cyber.rule.routing.update",
                    "cyber_routing_rule", r.id(), r.describe() + (r.active() ? "" : " (inactive)")));
            return r;
        });
    }

    public void deleteRoutingRule(Principal who, String id) {
        Roles.require(who, "change routing rules", Role.SUPERVISOR);
        RoutingRule r = store.routingRule(id).orElseThrow(() -> new NotFoundException("routing rule", id));
        if (r.isDefault()) {
            throw new ConflictException("the default routing rule cannot be deleted; change its authority instead");
        }
        tx.run(() -> {
            store.deleteRoutingRule(id);
            audit.record(AuditEvent.write(who.username(), "cyber.rule.routing.delete", "cyber_routing_rule", id, r.describe()));
        });
    }
}
