package org.practicereview.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DocumentKind;
import org.practicereview.publication.PublicationRecords.Findings;
import org.practicereview.publication.PublicationRecords.PublicationPacks;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.ReviewType;
import org.practicereview.shared.Role;
import org.practicereview.workflow.FormAnswers;
import org.practicereview.workflow.FormDefinition;
import org.practicereview.workflow.FormField;
import org.practicereview.workflow.FormSubmission;
import org.practicereview.workflow.FormSubmissions;
import org.practicereview.workflow.Forms;
import org.springframework.stereotype.Component;

/**
 * Publication in the case file: where the pack stands and its clocks (publication possible from,
 * published on), the open anonymisation findings with the field and the kind of identifier (never the
 * words found: a finding's context is already masked), the chair's override, and every version of the
 * pack, the resolved versions and the chair's approval as submitted; whether the full report or only a
 * summary is published, and why only a summary; for those who may download the
 * case's documents, links to the briefing preview, the report and the executive summary the chair approves.
 */
@Component
class PublicationCaseFile implements CaseFileSections {

    static final String PACK_FORM = "prepare-publication-pack";
    static final List<String> FORMS = List.of(PACK_FORM, "resolve-anonymisation-findings", "approve-publication");

    private final PublicationPacks packs;
    private final Findings findings;
    private final FormSubmissions submissions;
    private final FormAnswers answers;
    private final Forms forms;
    private final CaseDocuments documents;
    private final ReportUploads uploads;
    private final PartnerPublicationApprovals partners;

    PublicationCaseFile(PublicationPacks packs, Findings findings, FormSubmissions submissions, FormAnswers answers,
                        Forms forms, CaseDocuments documents, ReportUploads uploads, PartnerPublicationApprovals partners) {
        this.partners = partners;
        this.documents = documents;
        this.uploads = uploads;
        this.packs = packs;
        this.findings = findings;
        this.submissions = submissions;
        this.answers = answers;
        this.forms = forms;
    }

    @Override
    public Set<String> keys() {
        return Set.of("publication");
    }

    @Override
    public List<CaseFileSection> sectionsFor(Actor viewer, CaseReference caseReference) {
        List<Part> parts = new ArrayList<>();
        packs.findByCaseReference(caseReference.value()).ifPresent(pack -> {
            parts.add(overview(pack, uploads.uploadedFileNames(caseReference).containsKey(DocumentKind.FINAL_REPORT)));
            if (CaseDocuments.mayDownload(viewer)) {
                links(caseReference).ifPresent(parts::add);
            }
            if (viewer.has(Role.PRG_COORDINATOR) && uploads.open(caseReference)) {
                parts.add(new Part(null, null, List.of(new Row("Final report and executive summary",
                        "Upload the reports", "/cases/" + caseReference.value() + "/publication/uploads"))));
            }
            if (pack.status() == PackStatus.FINDINGS_OPEN) {
                List<Finding> open = findings.findByCaseReferenceAndCheckRoundOrderById(caseReference.value(),
                        pack.checkRounds()).stream().map(RecordedFinding::finding).toList();
                List<Row> rows = new ArrayList<>(rows(open));
                if (CaseDocuments.mayDownload(viewer)) {
                    rows.add(new Row("The chair's override", "See the findings and the chair's override",
                            "/cases/" + caseReference.value() + "/publication/findings"));
                }
                parts.add(new Part("Open anonymisation findings", null, rows));
            }
            if (partnersApprove(pack)) {
                partnersAnswers(caseReference).ifPresent(parts::add);
            }
            for (FormSubmission s : submissions.forCase(caseReference, FORMS)) {
                parts.add(answers.part(heading(s.formId(), partnersApprove(pack)), answers.byline("Submitted", s), s));
            }
        });
        return List.of(CaseFileSection.of("publication", "Publication", 80, parts, "No publication pack yet."));
    }

    /** The roles the document download and the briefing preview let in. */

    /** The newest briefing (as its preview page), report and executive summary, each a link; none yet, no part. */
    private Optional<Part> links(CaseReference ref) {
        List<Row> rows = new ArrayList<>();
        List<CaseDocuments.Listed> newestFirst = documents.listOf(ref.value()).stream()
                .sorted(Comparator.comparing(CaseDocuments.Listed::createdAt).reversed()).toList();
        for (DocumentKind kind : List.of(DocumentKind.BRIEFING, DocumentKind.FINAL_REPORT, DocumentKind.EXECUTIVE_SUMMARY)) {
            newestFirst.stream().filter(d -> d.kind() == kind).findFirst().ifPresent(d -> rows.add(
                    kind == DocumentKind.BRIEFING
                    ? new Row("7 minute briefing", "Preview the briefing", "/cases/" + ref.value() + "/publication/briefing")
                    : new Row(kind.title(), d.fileName(), "/cases/" + ref.value() + "/documents/" + d.id())));
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Part("Documents to read", null, rows));
    }

    private static boolean partnersApprove(PublicationPack pack) {
        return PublicationApprovers.partnersApprove(pack.reviewType() == null ? null : pack.reviewType().name());
    }

    /** Each partner's answer, this round and the rounds before it; none yet, no part. */
    private Optional<Part> partnersAnswers(CaseReference ref) {
        List<Row> rows = partners.answers(ref).stream().map(a -> Row.of(PartnerPublicationApprovals.capitalised(a.partner().label()),
                (a.approved() ? "Approved" : "Not approved") + " on " + GovDates.time(a.answeredAt())
                        + (a.comments() == null ? "" : ": " + a.comments())
                        + (a.returnedAt() == null ? "" : " (the pack went back to be prepared again)"))).toList();
        return rows.isEmpty() ? Optional.empty()
                : Optional.of(new Part("The safeguarding partners' answers on publication", null, rows));
    }

    private static Part overview(PublicationPack pack, boolean reportUploaded) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("Where the pack stands", status(pack.status(), partnersApprove(pack))));
        rows.add(Row.of("What is published", whatIsPublished(pack, reportUploaded)));
        pack.summaryOnlyReason().ifPresent(r -> rows.add(Row.of("Why only a summary is published", r)));
        pack.reportSentOn().ifPresent(d -> rows.add(Row.of("Final report sent to the national panel and the Secretary of State",
                GovDates.day(d) + ": publication no sooner than " + PublicationSteps.LOCAL_REVIEW_REPORT_WORKING_DAYS
                        + " working days after")));
        rows.add(Row.of("Anonymisation checks run", String.valueOf(pack.checkRounds())));
        pack.overrideReason().ifPresent(r -> rows.add(Row.of("Chair's override of findings", r)));
        rows.add(Row.of("Held for parallel proceedings", pack.proceedingsOpen() ? "Yes" : "No"));
        pack.publishNotBefore().ifPresent(t -> rows.add(Row.of("Publication possible from", GovDates.time(t))));
        pack.publishedAt().ifPresent(t -> rows.add(Row.of("Published", GovDates.time(t))));
        pack.decisionComments().ifPresent(c -> rows.add(Row.of(partnersApprove(pack) ? "Safeguarding partners' comments"
                : "Chair's comments on approval", c)));
        return new Part(null, null, rows);
    }

    /** The report, or the recorded decision to publish a summary only: the chair approves only with one of them. */
    static String whatIsPublished(PublicationPack pack, boolean reportUploaded) {
        if (pack.summaryOnlyReason().isPresent()) {
            return pack.reviewType() == ReviewType.LCSPR
                    ? "The information about the improvements to be made only: the full report is not published"
                    : "A summary only: the full report is not published";
        }
        return reportUploaded ? "The full report, uploaded"
                : "The full report, not uploaded yet: " + (pack.reviewType() == ReviewType.LCSPR ? "the safeguarding partners"
                        : "the chair") + " cannot approve publication until it is, or until the"
                        + " business unit records that only a summary is published and why";
    }

    private List<Row> rows(List<Finding> open) {
        FormDefinition pack = forms.get(PACK_FORM);
        return open.stream().map(f -> Row.of(pack.field(f.field()).map(FormField::label).orElse(f.field()),
                f.kind().placeholder().replaceAll("[\\[\\]]", "") + " found: " + f.context())).toList();
    }

    private static String heading(String formId, boolean partnersApprove) {
        return switch (formId) {
            case PACK_FORM -> "Publication pack as prepared";
            case "resolve-anonymisation-findings" -> "Publication pack as revised after findings";
            default -> partnersApprove ? "A safeguarding partner's answer on publication" : "Chair's approval";
        };
    }

    /** Where the pack stands, in words; {@code partnersApprove}: a local review, which the three partners approve. */
    static String status(PackStatus status, boolean partnersApprove) {
        if (partnersApprove) {
            switch (status) {
                case NOTICE_SENT -> {
                    return "Pre-publication notice queued for the national panel and Ofsted (see Notices), waiting for each of"
                            + " the three safeguarding partners to approve";
                }
                case RETURNED -> {
                    return "Returned by the safeguarding partners to be prepared again";
                }
                case APPROVED -> {
                    return "Approved by the three safeguarding partners";
                }
                default -> { }
            }
        }
        return switch (status) {
            case DRAFT -> "Prepared, not yet checked";
            case FINDINGS_OPEN -> "The anonymisation check found identifiers to resolve";
            case CLEARED -> "Passed the anonymisation check";
            case BRIEFING_READY -> "Briefing ready";
            case NOTICE_SENT -> "Pre-publication notice queued for the national panel and Ofsted (see Notices), waiting for the chair's approval";
            case RETURNED -> "Returned by the chair to be prepared again";
            case APPROVED -> "Approved by the chair";
            case PUBLISHED -> "Published";
        };
    }
}
