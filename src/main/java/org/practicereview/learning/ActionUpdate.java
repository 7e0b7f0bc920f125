package org.practicereview.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of an action's history: a progress update with its evidence, a request for more, or the acceptance. */
@Entity
@Table(name = "learning_action_update")
class ActionUpdate {

    enum Kind {
        PROGRESS("Progress update"),
        MORE_ASKED("The PRG asked for more"),
        ACCEPTED("The PRG accepted the action as done");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "action_id", nullable = false)
    private Long actionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;
    private String note;
    @Column(name = "document_id")
    private Long documentId;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ActionUpdate() {}

    ActionUpdate(Long actionId, Kind kind, ActionStatus status, String note, Long documentId, String fileName,
                 String recordedBy, Instant recordedAt) {
        this.actionId = actionId;
        this.kind = kind;
        this.status = status;
        this.note = note;
        this.documentId = documentId;
        this.fileName = fileName;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    Long actionId() { return actionId; }
    Kind kind() { return kind; }
    ActionStatus status() { return status; }
    String note() { return note; }
    Long documentId() { return documentId; }
    String fileName() { return fileName; }
    String recordedBy() { return recordedBy; }
    Instant recordedAt() { return recordedAt; }
}
