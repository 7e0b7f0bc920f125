package org.practicereview.publication;

import org.practicereview.shared.BusinessRuleException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DocumentKind;
import org.practicereview.documents.PdfUploadCheck;
import org.practicereview.documents.StoredDocument;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final report and the optional executive summary, uploaded as PDFs by the business unit while
 * the pack is being prepared or its findings resolved, so that the anonymisation check reads them
 * too. A file that is not a readable, unencrypted PDF within the size limit is refused and nothing
 * is stored.
 */
@Service
public class ReportUploads {

    /** The tasks during which the pack, uploads included, may change. */
    static final List<String> OPEN_TASKS = List.of("Task_PreparePublicationPack", "Task_ResolveAnonymisationFindings");
    public static final List<DocumentKind> KINDS = List.of(DocumentKind.FINAL_REPORT, DocumentKind.EXECUTIVE_SUMMARY);

    private final CaseDocuments documents;
    private final TaskService tasks;
    private final Trail trail;
    private final long maxBytes;

    ReportUploads(CaseDocuments documents, TaskService tasks, Trail trail,
                  @Value("${practice-review.uploads.max-bytes:20971520}") long maxBytes) {
        this.documents = documents;
        this.tasks = tasks;
        this.trail = trail;
        this.maxBytes = maxBytes;
    }

    /** Whether the pack of the case is at a stage where reports may be uploaded. */
    public boolean open(CaseReference ref) {
        return tasks.createTaskQuery().processInstanceBusinessKey(ref.value())
                .taskDefinitionKeyIn(OPEN_TASKS.toArray(String[]::new)).count() > 0;
    }

    /**
     * @throws InvalidSubmissionException on field {@code file} when the file is refused
     * @throws NotPermittedException unless the actor is the business unit
     */
    @Transactional
    public StoredDocument upload(Actor actor, CaseReference ref, DocumentKind kind, String fileName, byte[] bytes) {
        if (!actor.has(Role.PRG_COORDINATOR) || !KINDS.contains(kind)) {
            throw new NotPermittedException("Only the business unit uploads the report");
        }
        if (!open(ref)) {
            throw new BusinessRuleException("Reports are uploaded while the publication pack is prepared");
        }
        Optional<String> problem = PdfUploadCheck.problem(bytes, maxBytes);
        if (problem.isPresent()) {
            throw InvalidSubmissionException.of("file", problem.get());
        }
        StoredDocument stored = documents.store(ref.value(), kind, safeName(kind, fileName), bytes, actor.userId());
        trail.append(ref, actor, TrailAction.REPORT_UPLOADED, kind + " " + stored.sizeBytes() + " bytes sha256 " + stored.sha256());
        return stored;
    }

    /** The file name of the newest upload of each kind, read without the files' content. */
    public java.util.Map<DocumentKind, String> uploadedFileNames(CaseReference ref) {
        java.util.Map<DocumentKind, String> names = new java.util.EnumMap<>(DocumentKind.class);
        documents.listOf(ref.value()).stream().filter(d -> KINDS.contains(d.kind()))
                .sorted(java.util.Comparator.comparing(CaseDocuments.Listed::createdAt))
                .forEach(d -> names.put(d.kind(), d.fileName()));
        return names;
    }

    public Optional<StoredDocument> latest(CaseReference ref, DocumentKind kind) {
        return documents.latest(ref.value(), kind);
    }

    /** A plain name, never the uploader's (which may name the family). */
    static String safeName(DocumentKind kind, String ignored) {
        return BriefingFiles.slug(kind.title()) + ".pdf";
    }

    public long maxBytes() {
        return maxBytes;
    }
}
