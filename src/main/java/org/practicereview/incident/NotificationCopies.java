package org.practicereview.incident;

import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DocumentKind;
import org.practicereview.documents.PdfUploadCheck;
import org.practicereview.documents.StoredDocument;
import org.practicereview.shared.Actor;
import org.practicereview.shared.BusinessRuleException;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The copy of the notification to the national panel, uploaded as a PDF while the notification is to be recorded,
 * by the business unit or a local authority partner. The same checks as every upload: a file that is not a
 * readable, unencrypted PDF within the size limit is refused and nothing is stored. Uploading again replaces it.
 */
@Service
public class NotificationCopies {

    static final String TASK = "Task_NotifyPanel";

    private final CaseDocuments documents;
    private final TaskService tasks;
    private final Trail trail;
    private final long maxBytes;

    NotificationCopies(CaseDocuments documents, TaskService tasks, Trail trail,
                       @Value("${practice-review.uploads.max-bytes:20971520}") long maxBytes) {
        this.documents = documents;
        this.tasks = tasks;
        this.trail = trail;
        this.maxBytes = maxBytes;
    }

    /** Who records the notification: the business unit for the local authority, or a local authority partner. */
    public static boolean mayRecord(Actor actor) {
        return actor.has(Role.PRG_COORDINATOR) || actor.has(Role.PARTNER_LOCAL_AUTHORITY);
    }

    /** Whether the notification of the case is waiting to be recorded, so its copy may be uploaded. */
    public boolean open(CaseReference ref) {
        return tasks.createTaskQuery().processInstanceBusinessKey(ref.value()).taskDefinitionKey(TASK).count() > 0;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * @throws InvalidSubmissionException on field {@code file} when the file is refused
     * @throws NotPermittedException unless the actor may record the notification
     */
    @Transactional
    public StoredDocument upload(Actor actor, CaseReference ref, String fileName, byte[] bytes) {
        if (!mayRecord(actor)) {
            throw new NotPermittedException("Only the business unit or the local authority uploads the notification");
        }
        if (!open(ref)) {
            throw new BusinessRuleException("The copy is uploaded while the notification to the national panel is recorded");
        }
        Optional<String> problem = PdfUploadCheck.problem(bytes, maxBytes);
        if (problem.isPresent()) {
            throw InvalidSubmissionException.of("file", problem.get());
        }
        StoredDocument stored = documents.store(ref.value(), DocumentKind.PANEL_NOTIFICATION_COPY, safeName(fileName), bytes,
                actor.userId());
        trail.append(ref, actor, TrailAction.INCIDENT_NOTIFICATION_COPY_UPLOADED,
                stored.sizeBytes() + " bytes sha256 " + stored.sha256());
        return stored;
    }

    /** The newest copy uploaded for the case, if any. */
    @Transactional(readOnly = true)
    public Optional<CaseDocuments.Listed> latest(CaseReference ref) {
        return documents.listOf(ref.value()).stream().filter(d -> d.kind() == DocumentKind.PANEL_NOTIFICATION_COPY)
                .max(java.util.Comparator.comparingLong(CaseDocuments.Listed::id));
    }

    /** The stored name: the uploaded name's letters, digits, dots and hyphens, never a path. */
    private static String safeName(String fileName) {
        String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[^A-Za-z0-9._-]", "-");
        if (base.isBlank() || base.length() > 120) {
            base = "notification-to-the-national-panel.pdf";
        }
        return base.toLowerCase().endsWith(".pdf") ? base : base + ".pdf";
    }
}
