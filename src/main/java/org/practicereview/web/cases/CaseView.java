package org.practicereview.web.cases;

import java.util.List;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.Stage;

/**
 * Everything the case page shows, already in words: the summary (no personal data), progress, open
 * tasks, the case file's sections the viewer may see (composed from every module), and the trail.
 */
public record CaseView(String reference, Stage stage, String referredOn, String purpose, String regime, String referrerAgency,
                int children, int familyMembers, List<String> agenciesInvolved, List<String> criteriaBelieved,
                List<String> parallelProcesses, String mergedInto, List<StageTracker.Step> steps,
                List<CaseTasks.OpenTask> tasks, List<CaseFileSection> sections, List<TrailRow> trail, Actions actions) {

    public record TrailRow(String time, String actor, String role, String action, String details) {}

    /** What the viewer may do here: link to the audit timeline, the coordinator's actions on the case's waits. */
    public record Actions(boolean auditTimeline, boolean closeAgencyRound, boolean proceedingsConcluded,
                          boolean withdrawQuestion, boolean closeAgencyReportRound, boolean replaceLeadReviewer) {

        public boolean any() {
            return closeAgencyRound || proceedingsConcluded || withdrawQuestion || closeAgencyReportRound || replaceLeadReviewer;
        }
    }

    /** True when the coordinator may withdraw or reassign at least one open task (the table gets its action column). */
    public boolean anyTaskAction() {
        return tasks.stream().anyMatch(t -> t.withdrawId() != null || t.reassignId() != null);
    }

    public String childrenText() {
        return children == 1 ? "1 child" : children + " children";
    }
}
