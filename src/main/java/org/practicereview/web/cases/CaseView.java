package org.practicereview.web.cases;

import java.util.List;
import org.practicereview.publication.Finding;
import org.practicereview.referral.CaseRecords;
import org.practicereview.review.ReviewSummary;
import org.practicereview.shared.Stage;

/** Everything the case page shows, already in words; sections the viewer may not see are null or empty. */
public record CaseView(String reference, Stage stage, String referredOn, String purpose, String referrerAgency,
                int children, int familyMembers, List<String> agenciesInvolved, List<String> criteriaBelieved,
                List<String> parallelProcesses, String mergedInto, CaseRecords.Content content,
                List<StageTracker.Step> steps, List<CaseTasks.OpenTask> tasks, Criteria criteria,
                List<Recommendation> recommendations, List<DecisionRow> decisions, ReviewSummary review,
                String publicationStatus, List<Finding> findings, List<CaseDocumentLinks.DocumentLink> documents,
                List<TrailRow> trail, Actions actions) {

    public record Criteria(String result, String reason, String rule, String criteriaSet, String evaluatedOn) {}

    public record Recommendation(String recommendation, String rationale, String by, String on) {}

    public record DecisionRow(String option, String rationale, String criteriaResult, String criteriaSet, boolean departs,
                       String departureReason, String by, String on, String due, boolean withinDeadline) {}

    public record TrailRow(String time, String actor, String role, String action, String details) {}

    /** What the viewer may do here: link to the audit timeline, the coordinator's two actions. */
    public record Actions(boolean auditTimeline, boolean closeAgencyRound, boolean proceedingsConcluded) {}

    public String childrenText() {
        return children == 1 ? "1 child" : children + " children";
    }
}
