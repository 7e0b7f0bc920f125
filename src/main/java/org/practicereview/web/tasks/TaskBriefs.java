package org.practicereview.web.tasks;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practicereview.identity.CaseAccess;
import org.practicereview.referral.AgencyBriefFacts;
import org.practicereview.referral.ReferrerQuestions;
import org.practicereview.review.AgencyReportBrief;
import org.practicereview.screening.AgencyRequestBrief;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.web.cases.CaseFile;
import org.practicereview.workflow.TaskInbox.InboxTask;
import org.springframework.stereotype.Component;

/**
 * What each user task's decision needs from the case file, in one place, and the brief beside the
 * form built from it. Only a person who may open the case page gets case file sections; an agency user
 * answering for their agency gets what finds their records and what is asked, never the case file.
 * The caller holds the read-only transaction.
 */
@Component
class TaskBriefs {

    /**
     * Task definition key to the case file sections its brief shows, in the order the decision reads them: mostly
     * the process's, but a step that decides on something already written (the partners' approval of the rapid
     * review) or records what follows it (the panel's response) leads with that thing. A task not listed shows none.
     */
    static final Map<String, List<String>> NEEDS = Map.ofEntries(
            Map.entry("Task_TriageReferral", List.of("referral", "triage")),
            Map.entry("Task_RecordAwareness", List.of("referral", "triage")),
            Map.entry("Task_NotifyPanel", List.of("serious-incident", "referral")),
            Map.entry("Task_RequestAgencyInformation", List.of("referral", "triage", "agency-information")),
            Map.entry("Task_ScreenAgainstCriteria", List.of("referral", "agency-information")),
            Map.entry("Task_RecommendToChair", List.of("referral", "agency-information", "screening")),
            Map.entry("Task_RecordScrDecision", List.of("agency-information", "screening", "recommendation", "meetings")),
            Map.entry("Task_CompleteFollowUpAction", List.of("decision")),
            Map.entry("Task_AgreeTermsOfReference", List.of("referral", "agency-information", "screening",
                    "recommendation", "decision")),
            Map.entry("Task_AppointLeadReviewer", List.of("decision", "review")),
            Map.entry("Task_RecordFamilyInvolvement", List.of("referral", "review")),
            Map.entry("Task_DraftReport", List.of("referral", "agency-information", "review")),
            Map.entry("Task_QualityAssureReport", List.of("review")),
            Map.entry("Task_BoardSignOff", List.of("review", "publication", "documents")),
            Map.entry("Task_AgreeActionPlan", List.of("review")),
            Map.entry("Task_PreparePublicationPack", List.of("review", "action-plan", "publication", "documents")),
            Map.entry("Task_ResolveAnonymisationFindings", List.of("publication")),
            Map.entry("Task_ApprovePublication", List.of("publication", "documents")),
            Map.entry("Task_RecordRapidReview", List.of("rapid-review", "serious-incident", "agency-information", "referral")),
            Map.entry("Task_ApproveRapidReview", List.of("rapid-review", "serious-incident", "agency-information", "referral")),
            Map.entry("Task_RecordPanelResponse", List.of("rapid-review", "serious-incident", "notices")));

    /** The tasks an agency answers for itself. */
    static final Set<String> AGENCY_TASKS = Set.of("Task_ProvideAgencySummary", "Task_SubmitAgencyReport",
            ReferrerQuestions.TASK);

    private final CaseFile caseFile;
    private final CaseAccess access;
    private final AgencyBriefFacts facts;
    private final AgencyRequestBrief requests;
    private final AgencyReportBrief terms;
    private final ReferrerQuestions questions;

    TaskBriefs(CaseFile caseFile, CaseAccess access, AgencyBriefFacts facts, AgencyRequestBrief requests,
               AgencyReportBrief terms, ReferrerQuestions questions) {
        this.questions = questions;
        this.caseFile = caseFile;
        this.access = access;
        this.facts = facts;
        this.requests = requests;
        this.terms = terms;
    }

    /** The sections the task's decision needs that this person may see, in the order {@link #NEEDS} lists them. */
    List<CaseFileSection> briefOf(Actor actor, InboxTask task) {
        if (AGENCY_TASKS.contains(task.taskDefinitionKey()) && actor.has(Role.AGENCY) && actor.agencyCode() != null) {
            return agencyBrief(actor.agencyCode(), task);
        }
        List<String> keys = NEEDS.getOrDefault(task.taskDefinitionKey(), List.of());
        if (keys.isEmpty() || !access.mayOpen(actor, task.caseReference())) {
            return List.of();
        }
        return caseFile.sections(actor, task.caseReference(), keys);
    }

    /** Who to look for, then what is asked: the request's note for a summary, the terms for a report. */
    private List<CaseFileSection> agencyBrief(String agencyCode, InboxTask task) {
        CaseReference ref = task.caseReference();
        CaseFileSection asked = switch (task.taskDefinitionKey()) {
            case "Task_SubmitAgencyReport" -> terms.termsOfReference(ref);
            case ReferrerQuestions.TASK -> questions.whatIsAsked(ref);
            default -> requests.whatIsAsked(ref, agencyCode);
        };
        return List.of(facts.whoToLookFor(ref), asked);
    }
}
