package org.issa.app.investigation.store;

import java.time.Instant;
import java.util.List;
import org.issa.app.web.MarkingView;
import org.issa.investigation.entity.EntityRecord;
import org.issa.investigation.entity.Statement;
import org.issa.investigation.entity.StoredEntity;

/** The entity store's records as the API returns them. */
public final class EntityViews {

    private EntityViews() {
    }

    public record EntitySummary(String id, String schema, String caption, String dataset, String canonicalId, MarkingView marking) {
        public static EntitySummary of(StoredEntity e) {
            return new EntitySummary(e.id(), e.schema(), e.caption(), e.dataset(), e.canonicalId(), MarkingView.of(e.marking()));
        }
    }

    public record StatementView(String id, String entityId, String property, String value, String dataset, String source,
                                Instant firstSeen, MarkingView marking) {
        public static StatementView of(Statement s) {
            return new StatementView(s.id(), s.entityId(), s.property(), s.value(), s.dataset(), s.source(), s.firstSeen(),
                    MarkingView.of(s.marking()));
        }
    }

    public record EntityView(EntitySummary entity, String source, Instant recordedAt, List<EntitySummary> mergedInto,
                             List<StatementView> statements) {
        public static EntityView of(EntityRecord r) {
            return new EntityView(EntitySummary.of(r.entity()), r.entity().source(), r.entity().recordedAt(),
                    r.members().stream().map(EntitySummary::of).toList(), r.statements().stream().map(StatementView::of).toList());
        }
    }
}
