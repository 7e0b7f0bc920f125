package org.practicereview.web.tasks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practicereview.publication.Finding;
import org.practicereview.publication.Publications;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.incident.NotificationCopies;
import org.practicereview.publication.ReportUploads;
import org.practicereview.rapidreview.RapidReviews;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.FormAnswers;
import org.practicereview.workflow.FormDefinition;
import org.practicereview.workflow.FormField;
import org.practicereview.workflow.FormSubmission;
import org.practicereview.workflow.FormSubmissions;
import org.practicereview.workflow.Forms;
import org.springframework.stereotype.Component;

/**
 * Nobody retypes: a task done before on this case opens with the last answers given, and what sent it
 * back is shown above the form. A returned draft shows the QA comments; resolving anonymisation
 * findings starts from the current pack and lists each finding; a pack the chair sent back starts from
 * the pack as it was. Both pack tasks link the uploads of the reports. A rapid review sent back by a partner or the
 * national panel starts from its last version, with their reasons above it. The caller holds the read-only
 * transaction, so the kept submissions are read once with the brief's.
 */
@Component
class TaskPrefills {

    /** The form's answers and what is said above it; no earlier answers, an empty form. */
    record Prefill(Map<String, Object> values, List<CaseFileSection> aboveForm) {

        static final Prefill NONE = new Prefill(Map.of(), List.of());
    }

    static final String DRAFT_FORM = "draft-report";
    static final String QA_FORM = "quality-assure-report";
    static final String RAPID_REVIEW_FORM = "record-rapid-review";
    static final List<String> PACK_FORMS = List.of("prepare-publication-pack", "resolve-anonymisation-findings");

    /** Answers that describe one version only, so a new version starts without them. */
    private static final Set<String> PER_VERSION = Set.of("changesSinceLastVersion");

    private final FormSubmissions submissions;
    private final FormAnswers answers;
    private final Forms forms;
    private final Publications publications;
    private final ReportUploads uploads;
    private final NotificationCopies notificationCopies;
    private final RapidReviews rapidReviews;

    TaskPrefills(FormSubmissions submissions, FormAnswers answers, Forms forms, Publications publications,
                 ReportUploads uploads, NotificationCopies notificationCopies, RapidReviews rapidReviews) {
        this.notificationCopies = notificationCopies;
        this.rapidReviews = rapidReviews;
        this.uploads = uploads;
        this.submissions = submissions;
        this.answers = answers;
        this.forms = forms;
        this.publications = publications;
    }

    Prefill of(String taskKey, CaseReference ref, FormDefinition form) {
        return switch (taskKey) {
            case "Task_DraftReport" -> returnedDraft(ref, form);
            case "Task_ResolveAnonymisationFindings" -> findingsToResolve(ref, form);
            case "Task_PreparePublicationPack" -> pack(ref, form);
            case "Task_NotifyPanel" -> new Prefill(Map.of(), List.of(notificationCopy(ref)));
            case "Task_RecordRapidReview" -> returnedRapidReview(ref, form);
            default -> Prefill.NONE;
        };
    }

    private Prefill returnedDraft(CaseReference ref, FormDefinition form) {
        List<FormSubmission> kept = submissions.forCase(ref, List.of(DRAFT_FORM, QA_FORM));
        FormSubmission draft = last(kept, DRAFT_FORM);
        FormSubmission qa = last(kept, QA_FORM);
        if (draft == null) {
            return Prefill.NONE;
        }
        return new Prefill(valuesFor(form, draft), qa == null ? List.of() : List.of(returnedBy(qa)));
    }

    /** The quality assurance round that sent the draft back: its outcome and comments, who and when. */
    private CaseFileSection returnedBy(FormSubmission qa) {
        Part comments = answers.part(null, answers.byline("Returned", qa), qa);
        return CaseFileSection.of("qa-comments", "Returned by quality assurance", 0, List.of(comments), "");
    }

    /**
     * A rapid review the partners did not approve, or the national panel asked more of: the last version as recorded,
     * and above it each partner's reason or the panel's question.
     */
    private Prefill returnedRapidReview(CaseReference ref, FormDefinition form) {
        FormSubmission last = last(submissions.forCase(ref, List.of(RAPID_REVIEW_FORM)), RAPID_REVIEW_FORM);
        if (last == null) {
            return Prefill.NONE;
        }
        return new Prefill(valuesFor(form, last), rapidReviews.sentBack(ref).stream().toList());
    }

    private Prefill findingsToResolve(CaseReference ref, FormDefinition form) {
        FormSubmission pack = last(submissions.forCase(ref, PACK_FORMS), null);
        List<Finding> open = publications.openFindings(ref);
        List<Row> rows = open.stream().map(f -> Row.of(where(f.field()), words(f))).toList();
        List<Part> parts = List.of(new Part(null, null, rows), new Part(null, null, List.of(new Row(
                "The chair's override", "The chair may publish despite these findings, with a reason",
                "/cases/" + ref.value() + "/publication/findings"))));
        List<CaseFileSection> above = List.of(CaseFileSection.of("findings", "Anonymisation findings to resolve", 0,
                open.isEmpty() ? List.of() : parts, "No open findings."), reports(ref));
        return new Prefill(pack == null ? Map.of() : valuesFor(form, pack), above);
    }

    /** The pack as last prepared or revised, when the chair sent it back; the reports to upload above the form. */
    private Prefill pack(CaseReference ref, FormDefinition form) {
        FormSubmission pack = last(submissions.forCase(ref, PACK_FORMS), null);
        return new Prefill(pack == null ? Map.of() : valuesFor(form, pack), List.of(reports(ref)));
    }

    /** The final report and executive summary uploaded so far, and the link to upload them. */
    private CaseFileSection reports(CaseReference ref) {
        List<Row> rows = new java.util.ArrayList<>();
        var uploaded = uploads.uploadedFileNames(ref);
        for (var kind : ReportUploads.KINDS) {
            rows.add(Row.of(kind.title(), uploaded.getOrDefault(kind, "Not uploaded yet")));
        }
        rows.add(new Row("Upload", "Upload the final report and the executive summary (PDF)",
                "/cases/" + ref.value() + "/publication/uploads"));
        return CaseFileSection.of("reports", "Reports to publish", 1, List.of(new Part(null, null, rows)), "");
    }

    /** The copy of the notification to the national panel uploaded so far, and the link to upload it. */
    private CaseFileSection notificationCopy(CaseReference ref) {
        List<Row> rows = List.of(Row.of("Copy of the notification", notificationCopies.latest(ref)
                        .map(CaseDocuments.Listed::fileName).orElse("Not uploaded yet")),
                new Row("Upload", "Upload the copy of the notification (PDF)",
                        "/cases/" + ref.value() + "/serious-incident/notification-copy"));
        return CaseFileSection.of("notification-copy", "Copy of the notification", 1, List.of(new Part(null, null, rows)), "");
    }

    /** "Name found: Background of [name]"; the words around it, the identifier already masked. */
    private static String words(Finding f) {
        String kind = f.kind().placeholder().replaceAll("[\\[\\]]", "");
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " found: " + f.context();
    }

    /** A field of the pack by its label; a document page ("Final report, page 3") as it is. */
    private String where(String field) {
        return forms.get(PACK_FORMS.get(0)).field(field).map(FormField::label).orElse(field);
    }

    private Map<String, Object> valuesFor(FormDefinition form, FormSubmission earlier) {
        Map<String, Object> values = new LinkedHashMap<>(answers.values(earlier));
        values.keySet().removeIf(key -> PER_VERSION.contains(key) || !form.hasField(key));
        return values;
    }

    private static FormSubmission last(List<FormSubmission> kept, String formId) {
        FormSubmission last = null;
        for (FormSubmission s : kept) {
            if (formId == null || s.formId().equals(formId)) {
                last = s;
            }
        }
        return last;
    }
}
