package org.issa.cyber.report.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ConflictException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.error.Require;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;
import org.issa.cyber.report.Report;
import org.issa.cyber.report.ReportStatus;
import org.issa.cyber.report.ReportStore;
import org.issa.cyber.report.ReportSummary;
import org.issa.cyber.report.Roles;

/**
 * Report → incident → investigation. A triaged or forwarded report is merged into a new or an
 * existing incident; an incident moves OPEN → CONTAINED → RESOLVED → CLOSED under an owner; an
 * investigation links incidents and is OPEN until CLOSED. Every change is validated, audited and,
 * for incidents, written to the incident's timeline in the same transaction.
 */
public final class Incidents {

    private final IncidentStore store;
    private final ReportStore reports;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public Incidents(IncidentStore store, ReportStore reports, AuditLog audit, Transactions tx, Clock clock) {
        this.store = store;
        this.reports = reports;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public Incident incident(Principal reader, String id) {
        Roles.require(reader, "see incidents", Role.ANALYST, Role.SUPERVISOR, Role.DPO);
        return store.incident(reader, id).orElseThrow(() -> new NotFoundException("incident", id));
    }

    public List<Incident> incidents(Principal reader, Optional<IncidentStatus> status, int limit) {
        Roles.require(reader, "see incidents", Role.ANALYST, Role.SUPERVISOR, Role.DPO);
        return store.incidents(reader, status, limit);
    }

    public List<IncidentEvent> timeline(Principal reader, String incidentId) {
        return store.timeline(incident(reader, incidentId).id());
    }

    public List<ReportSummary> reports(Principal reader, String incidentId) {
        return reports.ofIncident(reader, incident(reader, incidentId).id());
    }

    public List<Investigation> investigations(Principal reader, String incidentId) {
        return store.investigationsOf(reader, incident(reader, incidentId).id());
    }

    /** Opens an incident from a report, which is merged into it; the incident takes the report's classification and marking. */
    public Incident openFromReport(Principal who, String reportId, String title) {
        Roles.triage(who, "open incidents");
        String t = Require.text("title", title, 300);
        return tx.inTransaction(() -> {
            Report r = mergeable(who, reportId);
            Instant now = clock.instant();
            Incident i = new Incident(UUID.randomUUID().toString(), t, IncidentStatus.OPEN, who.username(), r.confirmed(), now, now,
                    Optional.empty(), r.marking());
            store.insert(i);
            event(who, i.id(), now, "opened", "opened from report " + r.reference() + " as " + r.confirmed().machineTag());
            merge(who, r, i, now);
            audit.record(AuditEvent.write(who.username(), "cyber.incident.open", "cyber_incident", i.id(), t + " from " + r.reference()));
            return i;
        });
    }

    /** Merges a report into an existing incident that is not closed. */
    public Incident mergeInto(Principal who, String reportId, String incidentId) {
        Roles.triage(who, "merge reports into incidents");
        return tx.inTransaction(() -> {
            Report r = mergeable(who, reportId);
            Incident i = incident(who, incidentId);
            if (i.status() == IncidentStatus.CLOSED) {
                throw new ConflictException("incident " + i.id() + " is closed; open a new one");
            }
            Instant now = clock.instant();
            merge(who, r, i, now);
            store.touch(i.id(), now);
            return incident(who, incidentId);
        });
    }

    private Report mergeable(Principal who, String reportId) {
        Report r = reports.report(who, reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        r.status().requireMove(ReportStatus.MERGED);
        return r;
    }

    private void merge(Principal who, Report r, Incident i, Instant now) {
        reports.merge(r.id(), i.id(), now, i.closedAt(), "merged into incident " + i.title());
        event(who, i.id(), now, "report-merged", "report " + r.reference() + " (" + r.classification() + ") merged");
        audit.record(AuditEvent.write(who.username(), "cyber.report.merge", "cyber_report", r.id(), r.reference() + " into incident "
                + i.id()));
    }

    /** Moves an incident through its lifecycle; closing it starts the retention period of its reports. */
    public Incident transition(Principal who, String incidentId, IncidentStatus target, String note) {
        Roles.triage(who, "change incidents");
        String why = Require.text("note", note, 2000);
        return tx.inTransaction(() -> {
            Incident i = incident(who, incidentId);
            i.status().requireMove(target);
            Instant now = clock.instant();
            Optional<Instant> closed = target == IncidentStatus.CLOSED ? Optional.of(now) : Optional.empty();
            store.update(i.id(), target, i.owner(), now, closed);
            reports.closeWithIncident(i.id(), closed);
            event(who, i.id(), now, "status", i.status() + " → " + target + ": " + why);
            audit.record(AuditEvent.write(who.username(), "cyber.incident.transition", "cyber_incident", i.id(),
                    i.status() + " → " + target + ": " + why));
            return incident(who, incidentId);
        });
    }

    public Incident assign(Principal who, String incidentId, String owner) {
        Roles.triage(who, "assign incidents");
        String o = Require.text("owner", owner, 64);
        if (!o.matches("[A-Za-z0-9.@-]{1,64}")) {
            throw new InvalidInputException("owner", "owner must be a username");
        }
        return tx.inTransaction(() -> {
            Incident i = incident(who, incidentId);
            if (i.status() == IncidentStatus.CLOSED) {
                throw new ConflictException("incident " + i.id() + " is closed");
            }
            Instant now = clock.instant();
            store.update(i.id(), i.status(), o, now, i.closedAt());
            event(who, i.id(), now, "owner", i.owner() + " → " + o);
            audit.record(AuditEvent.write(who.username(), "cyber.incident.assign", "cyber_incident", i.id(), i.owner() + " → " + o));
            return incident(who, incidentId);
        });
    }

    public IncidentEvent note(Principal who, String incidentId, String text) {
        Roles.triage(who, "add notes to incidents");
        String t = Require.text("note", text, 2000);
        return tx.inTransaction(() -> {
            Incident i = incident(who, incidentId);
            Instant now = clock.instant();
            IncidentEvent e = event(who, i.id(), now, "note", t);
            store.touch(i.id(), now);
            audit.record(AuditEvent.write(who.username(), "cyber.incident.note", "cyber_incident", i.id(), "note added"));
            return e;
        });
    }

    public Investigation openInvestigation(Principal who, String incidentId, String title) {
        Roles.triage(who, "open investigations");
        String t = Require.text("title", title, 300);
        return tx.inTransaction(() -> {
            Incident i = incident(who, incidentId);
            Instant now = clock.instant();
            Investigation v = new Investigation(UUID.randomUUID().toString(), t, InvestigationStatus.OPEN, who.username(), now,
                    Optional.empty(), i.marking());
            store.insert(v);
            store.link(v.id(), i.id());
            event(who, i.id(), now, "investigation", "investigation opened: " + t);
            audit.record(AuditEvent.write(who.username(), "cyber.investigation.open", "cyber_investigation", v.id(), t + " for incident "
                    + i.id()));
            return v;
        });
    }

    public Investigation investigation(Principal reader, String id) {
        Roles.require(reader, "see investigations", Role.ANALYST, Role.SUPERVISOR, Role.DPO);
        return store.investigation(reader, id).orElseThrow(() -> new NotFoundException("investigation", id));
    }

    public List<Incident> incidentsOf(Principal reader, String investigationId) {
        return store.incidentsOf(reader, investigation(reader, investigationId).id());
    }

    public void link(Principal who, String investigationId, String incidentId) {
        Roles.triage(who, "link investigations");
        tx.run(() -> {
            Investigation v = investigation(who, investigationId);
            Incident i = incident(who, incidentId);
            if (v.status() == InvestigationStatus.CLOSED) {
                throw new ConflictException("investigation " + v.id() + " is closed");
            }
            if (store.linked(v.id(), i.id())) {
                throw new ConflictException("incident " + i.id() + " is already linked to this investigation");
            }
            store.link(v.id(), i.id());
            event(who, i.id(), clock.instant(), "investigation", "linked to investigation " + v.title());
            audit.record(AuditEvent.write(who.username(), "cyber.investigation.link", "cyber_investigation", v.id(), "incident " + i.id()));
        });
    }

    public Investigation closeInvestigation(Principal who, String investigationId, String note) {
        Roles.triage(who, "close investigations");
        String why = Require.text("note", note, 2000);
        return tx.inTransaction(() -> {
            Investigation v = investigation(who, investigationId);
            if (v.status() == InvestigationStatus.CLOSED) {
                throw new ConflictException("investigation " + v.id() + " is already closed");
            }
            Instant now = clock.instant();
            store.close(v.id(), now);
            for (Incident i : store.incidentsOf(who, v.id())) {
                event(who, i.id(), now, "investigation", "investigation closed: " + v.title() + ": " + why);
            }
            audit.record(AuditEvent.write(who.username(), "cyber.investigation.close", "cyber_investigation", v.id(), why));
            return investigation(who, investigationId);
        });
    }

    private IncidentEvent event(Principal who, String incidentId, Instant at, String kind, String detail) {
        IncidentEvent e = new IncidentEvent(UUID.randomUUID().toString(), incidentId, at, who.username(), kind,
                detail.length() > 2000 ? detail.substring(0, 1999) + "…" : detail);
        store.insert(e);
        return e;
    }
}
