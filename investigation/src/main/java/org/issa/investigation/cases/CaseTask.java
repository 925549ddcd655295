package org.issa.investigation.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A task in a case: what to do, who does it (a member), by when, and where it stands. */
public record CaseTask(String id, String caseId, String title, String assignee, Optional<LocalDate> dueDate, TaskStatus status,
                       Instant createdAt, String createdBy, Instant updatedAt) {

    /** Not finished and past its due date (the due day itself still counts as in time). */
    public boolean overdue(LocalDate today) {
        return !status.finished() && dueDate.map(today::isAfter).orElse(false);
    }
}
