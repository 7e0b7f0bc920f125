package org.practicereview.web.tasks;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practicereview.identity.CaseAccess;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.web.cases.CaseFile;
import org.practicereview.workflow.TaskInbox.InboxTask;
import org.springframework.stereotype.Component;

/**
 * What each user task's decision needs from the case file, in one place, and the brief beside the
 * form built from it. Only a person who may open the case page gets case file sections; agency users
 * get their own brief ({@link AgencyBriefs}). The caller holds the read-only transaction.
 */
@Component
class TaskBriefs {

    /** Task definition key to the case file sections its brief shows; a task not listed shows none. */
    static final Map<String, Set<String>> NEEDS = Map.ofEntries(
            Map.entry("Task_TriageReferral", Set.of("referral", "triage")),
            Map.entry("Task_RequestAgencyInformation", Set.of("referral", "triage", "agency-information")),
            Map.entry("Task_ScreenAgainstCriteria", Set.of("referral", "agency-information")),
            Map.entry("Task_RecommendToChair", Set.of("referral", "agency-information", "screening")),
            Map.entry("Task_RecordScrDecision", Set.of("agency-information", "screening", "recommendation")),
            Map.entry("Task_AgreeTermsOfReference", Set.of("referral", "agency-information", "screening",
                    "recommendation", "decision")),
            Map.entry("Task_AppointLeadReviewer", Set.of("decision", "review")),
            Map.entry("Task_RecordFamilyInvolvement", Set.of("referral", "review")),
            Map.entry("Task_DraftReport", Set.of("referral", "agency-information", "review")),
            Map.entry("Task_QualityAssureReport", Set.of("review")),
            Map.entry("Task_BoardSignOff", Set.of("review", "publication", "documents")),
            Map.entry("Task_AgreeActionPlan", Set.of("review")),
            Map.entry("Task_PreparePublicationPack", Set.of("review", "publication", "documents")),
            Map.entry("Task_ResolveAnonymisationFindings", Set.of("publication")),
            Map.entry("Task_ApprovePublication", Set.of("publication", "documents")));

    private final CaseFile caseFile;
    private final CaseAccess access;

    TaskBriefs(CaseFile caseFile, CaseAccess access) {
        this.caseFile = caseFile;
        this.access = access;
    }

    /** The sections the task's decision needs that this person may see, in process order. */
    List<CaseFileSection> briefOf(Actor actor, InboxTask task) {
        Set<String> keys = NEEDS.getOrDefault(task.taskDefinitionKey(), Set.of());
        if (keys.isEmpty() || !access.mayOpen(actor, task.caseReference())) {
            return List.of();
        }
        return caseFile.sections(actor, task.caseReference(), keys);
    }
}
