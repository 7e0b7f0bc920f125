package org.practicereview.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A case's serious incident notification as far as it has gone: the awareness and its facts; then the criteria's
 * answer and the day the notification is due; then the notification to the panel and the notice to Ofsted and
 * the Secretary of State. Absent parts are empty.
 */
public record IncidentNotification(String caseReference, LocalDate becameAwareOn, IncidentFacts facts, String recordedBy,
                                   Instant recordedAt, Optional<NotificationAnswer> answer, Optional<LocalDate> panelDueOn,
                                   Optional<PanelNotification> panel, Optional<Instant> ofstedAndSecretaryOfStateToldAt) {

    /** The notification to the national panel as recorded: its day, the panel's reference and the stored copy. */
    public record PanelNotification(LocalDate notifiedOn, String reference, Long copyDocumentId, String recordedBy,
                                    Instant recordedAt) {}

    /** True when the panel was notified on or before the day it was due. */
    public Optional<Boolean> onTime() {
        return panel.flatMap(p -> panelDueOn.map(due -> !p.notifiedOn().isAfter(due)));
    }
}
