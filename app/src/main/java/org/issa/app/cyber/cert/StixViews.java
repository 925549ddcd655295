package org.issa.app.cyber.cert;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.issa.app.web.MarkingView;
import org.issa.cyber.stix.Issue;
import org.issa.cyber.stix.ValidationReport;
import org.issa.cyber.stix.store.ImportReport;
import org.issa.cyber.stix.store.StoredObject;
import tools.jackson.databind.JsonNode;

/** What the STIX API and pages show. */
public final class StixViews {

    private StixViews() {
    }

    public record IssueView(String severity, String objectId, String path, String rule, String message) {
        static IssueView of(Issue i) {
            return new IssueView(i.severity().name(), i.objectId(), i.path(), i.rule(), i.message());
        }
    }

    public record OutcomeView(int index, String id, String type, String version, String status, List<IssueView> issues) {
        static OutcomeView of(ImportReport.Outcome o) {
            return new OutcomeView(o.index(), o.id(), o.type(), o.version(), o.status().name(),
                    o.issues().stream().map(IssueView::of).toList());
        }
    }

    /** An import's report: counts, then each object's outcome with its errors and warnings. */
    public record ImportView(String bundleId, boolean committed, int received, long stored, long alreadyStored, long duplicates,
                             long refused, List<OutcomeView> outcomes, List<IssueView> bundleIssues) {
        public static ImportView of(ImportReport r) {
            return new ImportView(r.bundleId().orElse(null), r.committed(), r.received(), r.count(ImportReport.Status.STORED),
                    r.count(ImportReport.Status.ALREADY_STORED), r.count(ImportReport.Status.DUPLICATE),
                    r.count(ImportReport.Status.REFUSED), r.outcomes().stream().map(OutcomeView::of).toList(),
                    r.bundleIssues().stream().map(IssueView::of).toList());
        }

        public List<OutcomeView> withIssues() {
            return outcomes.stream().filter(o -> !o.issues().isEmpty()).toList();
        }
    }

    /** A validation without storing: {@code objects}, {@code by_type}, {@code errors} as the CLI prints them. */
    public record ValidationView(boolean valid, int objects, Map<String, Integer> byType, long errors, long warnings,
                                 List<IssueView> issues) {
        static ValidationView of(ValidationReport r) {
            List<Issue> all = r.issues();
            return new ValidationView(r.valid(), r.entries().size(), r.byType(), r.errorCount(),
                    all.size() - r.errorCount(), all.stream().map(IssueView::of).toList());
        }
    }

    public record ObjectSummary(String id, String type, String specVersion, String version, Instant dateAdded, String title,
                                boolean revoked, MarkingView marking, String distribution, String sharingGroup, String source,
                                String addedBy) {
        public static ObjectSummary of(StoredObject o) {
            return new ObjectSummary(o.id(), o.type(), o.specVersion(), o.version(), o.dateAdded(), o.title(), o.revoked(),
                    MarkingView.of(o.marking()), o.distribution().name(), o.sharingGroup().orElse(null),
                    o.source().kind().name() + (o.source().ref().isEmpty() ? "" : " " + o.source().ref()), o.addedBy());
        }
    }

    /** One object: its latest version in full, every version, and the relationships and sightings that refer to it. */
    public record ObjectDetail(ObjectSummary summary, JsonNode object, List<ObjectSummary> versions,
                               List<ObjectSummary> relationships) {
    }
}
