package org.practicereview.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.practicereview.workflow.FormAnswers;
import org.practicereview.workflow.FormSubmission;
import org.practicereview.workflow.FormSubmissions;
import org.springframework.stereotype.Component;

/**
 * The review in the case file, in the order it happened: terms of reference, the lead reviewer, each
 * agency report, family involvement, every draft version with the quality assurance round that
 * followed it and its comments, board sign-off and the action plan, each as it was submitted.
 */
@Component
class ReviewCaseFile implements CaseFileSections {

    /** The review's forms and how each submission is headed. */
    static final Map<String, String> FORMS = Map.of(
            "agree-terms-of-reference", "Terms of reference",
            "appoint-lead-reviewer", "Lead reviewer",
            "submit-agency-report", "Agency report",
            "record-family-involvement", "Family involvement",
            "draft-report", "Draft report, version ",
            "quality-assure-report", "Quality assurance of version ",
            "board-sign-off", "Board sign-off",
            "agree-action-plan", "Action plan");

    private final CaseReviews reviews;
    private final FormSubmissions submissions;
    private final FormAnswers answers;
    private final Agencies agencies;
    private final Users users;
    private final ReviewMonitorings monitorings;

    ReviewCaseFile(CaseReviews reviews, FormSubmissions submissions, FormAnswers answers, Agencies agencies, Users users,
                   ReviewMonitorings monitorings) {
        this.monitorings = monitorings;
        this.users = users;
        this.reviews = reviews;
        this.submissions = submissions;
        this.answers = answers;
        this.agencies = agencies;
    }

    @Override
    public Set<String> keys() {
        return Set.of("review");
    }

    @Override
    public List<CaseFileSection> sectionsFor(Actor viewer, CaseReference caseReference) {
        List<Part> parts = new ArrayList<>();
        reviews.find(caseReference).ifPresent(review -> {
            parts.add(overview(review));
            List<FormSubmission> kept = submissions.forCase(caseReference, FORMS.keySet());
            Map<String, String> owners = agencies.namesOf(Stream.concat(
                    review.actionPlan().stream().map(ReviewSummary.Action::ownerAgency),
                    review.reportsWithdrawn().stream().map(ReviewSummary.Withdrawn::agencyCode)).distinct().toList());
            int drafts = 0;
            for (FormSubmission s : kept) {
                String heading = FORMS.get(s.formId());
                if (s.formId().equals("draft-report")) {
                    heading += ++drafts;
                } else if (s.formId().equals("quality-assure-report")) {
                    heading += drafts;
                }
                // The appointment names the reviewer by account: shown by name.
                UnaryOperator<String> codes = s.formId().equals("appoint-lead-reviewer") ? users::nameOf
                        : c -> owners.getOrDefault(c, c);
                parts.add(new Part(heading, answers.byline("Submitted", s), answers.rows(s, codes)));
            }
            reportRound(review, owners).ifPresent(parts::add);
        });
        parts.addAll(monitoring(viewer, caseReference));
        return List.of(CaseFileSection.of("review", "Review", 70, parts, "No review has begun."));
    }

    /** A local review's monitoring: each record of its progress, and for the business unit the way to record one. */
    private List<Part> monitoring(Actor viewer, CaseReference caseReference) {
        List<Part> parts = new ArrayList<>();
        for (MonitoringRecord r : monitorings.of(caseReference)) {
            parts.add(new Part("Progress recorded (monitoring)", "Recorded by " + users.nameOf(r.recordedBy()) + " on "
                    + GovDates.time(r.recordedAt()), List.of(Row.of("Progress", r.progress()),
                    Row.of("Written request to the reviewers", r.writtenRequest()
                            .map(t -> "On " + GovDates.day(r.writtenRequestOn().orElseThrow()) + ": " + t).orElse("None")))));
        }
        if (viewer.has(Role.PRG_COORDINATOR) && monitorings.monitored(caseReference)) {
            parts.add(new Part("Monitoring", null, List.of(new Row("Local review's progress", "Record the review's progress",
                    "/cases/" + caseReference.value() + "/review-monitoring"))));
        }
        return parts;
    }

    /** Agency reports the review goes on without: each withdrawn one and the round's closing, with the reasons. */
    private Optional<Part> reportRound(ReviewSummary review, Map<String, String> names) {
        List<Row> rows = new ArrayList<>();
        for (ReviewSummary.Withdrawn w : review.reportsWithdrawn()) {
            rows.add(Row.of("Withdrawn: " + names.getOrDefault(w.agencyCode(), w.agencyCode()),
                    "On " + GovDates.time(w.at()) + " by " + users.nameOf(w.by()) + ": " + w.reason()));
        }
        if (review.reportRoundClosed() != null) {
            ReviewSummary.RoundClosed c = review.reportRoundClosed();
            rows.add(Row.of("Round closed", "On " + GovDates.time(c.at()) + " by " + users.nameOf(c.by()) + ": " + c.reason()));
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Part("Agency reports not received", null, rows));
    }

    private Part overview(ReviewSummary review) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("Type of review", review.reviewType().title()));
        rows.add(Row.of("Lead reviewer", review.leadReviewer() == null ? "Not appointed yet" : users.nameOf(review.leadReviewer())));
        if (!review.furtherReviewers().isEmpty()) {
            rows.add(Row.of("Further reviewers", String.join(", ", review.furtherReviewers().stream().map(users::nameOf).toList())));
        }
        rows.add(Row.of("Started", GovDates.time(review.startedAt())));
        if (review.decisionToInitiate() != null) {
            rows.add(Row.of("Safeguarding partners decided to initiate it", GovDates.day(review.decisionToInitiate())));
        }
        if (review.targetDue() != null) {
            rows.add(Row.of("Six-month target", GovDates.day(review.targetDue()) + (review.decisionToInitiate() != null
                    ? ": six months from the partners' decision to initiate it" : ": six months from its start")));
        }
        if (review.completedAt() != null) {
            rows.add(Row.of("Completed", GovDates.time(review.completedAt())));
        }
        rows.add(Row.of("Draft versions", String.valueOf(review.draftVersions())));
        rows.add(Row.of("Board sign-off", review.signedOff() ? "Signed off" : "Not yet"));
        return new Part(null, null, rows);
    }
}
