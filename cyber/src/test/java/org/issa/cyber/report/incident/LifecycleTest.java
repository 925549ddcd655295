package org.issa.cyber.report.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.issa.core.error.ConflictException;
import org.issa.cyber.report.ReportStatus;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    @Test
    void reportLifecycle() {
        assertThat(ReportStatus.NEW.next()).containsExactlyInAnyOrder(ReportStatus.TRIAGED, ReportStatus.REJECTED);
        assertThat(ReportStatus.TRIAGED.mayBecome(ReportStatus.FORWARDED)).isTrue();
        assertThat(ReportStatus.FORWARDED.mayBecome(ReportStatus.FORWARDED)).isTrue();
        assertThat(ReportStatus.FORWARDED.mayBecome(ReportStatus.MERGED)).isTrue();
        assertThat(ReportStatus.NEW.mayBecome(ReportStatus.FORWARDED)).isFalse();
        assertThat(ReportStatus.NEW.mayBecome(ReportStatus.MERGED)).isFalse();
        assertThat(ReportStatus.REJECTED.next()).isEmpty();
        assertThat(ReportStatus.MERGED.next()).isEmpty();
        assertThatThrownBy(() -> ReportStatus.REJECTED.requireMove(ReportStatus.TRIAGED)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("it is final");
        assertThat(ReportStatus.FORWARDED.closes()).isTrue();
        assertThat(ReportStatus.MERGED.closes()).isFalse();
    }

    @Test
    void incidentLifecycle() {
        assertThat(IncidentStatus.OPEN.next()).containsExactlyInAnyOrder(IncidentStatus.CONTAINED, IncidentStatus.RESOLVED);
        assertThat(IncidentStatus.CONTAINED.next()).contains(IncidentStatus.OPEN);
        assertThat(IncidentStatus.RESOLVED.next()).containsExactlyInAnyOrder(IncidentStatus.OPEN, IncidentStatus.CLOSED);
        assertThatThrownBy(() -> IncidentStatus.OPEN.requireMove(IncidentStatus.CLOSED)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("allowed");
        assertThatThrownBy(() -> IncidentStatus.CLOSED.requireMove(IncidentStatus.OPEN)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("closed");
    }
}
